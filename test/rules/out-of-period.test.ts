// Each rule on its own, the day before 28号 was issued (2020-06-28) and inside its period: outside,
// it says so and its condition does not hold — so no decision composed of rules can rest on a rule
// that did not apply yet — and inside, the same input holds. (test/rules/periods.test.ts checks the
// same dates through the public decisions, where every rule of a decision shares one period.)
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/money.js';
import { Issues } from '../../src/model/issues.js';
import { DEFAULT_OPTIONS } from '../../src/model/read-options.js';
import { readHousehold, readLoan, readPolicy, readRequest } from '../../src/model/read-records.js';
import { classifyPurpose } from '../../src/rules/classify.js';
import { evaluateCompensationCollection } from '../../src/rules/compensation-collection.js';
import { evaluateCompensationFund } from '../../src/rules/compensation-fund.js';
import { evaluateCompensationOverdue } from '../../src/rules/compensation-overdue.js';
import { evaluateCompensationShares } from '../../src/rules/compensation-shares.js';
import { evaluateContinuitySigned } from '../../src/rules/continuity-signed.js';
import { evaluateContinuityTerm } from '../../src/rules/continuity-term.js';
import { evaluateDeferralDeadline } from '../../src/rules/deferral-deadline.js';
import { evaluateDeferralDifficulty } from '../../src/rules/deferral-difficulty.js';
import { evaluateDeferralGranted } from '../../src/rules/deferral-granted.js';
import { evaluateDeferralHousehold } from '../../src/rules/deferral-household.js';
import { evaluateDeferralMaturity } from '../../src/rules/deferral-maturity.js';
import { evaluateEdgeConditions } from '../../src/rules/edge-conditions.js';
import { evaluateRepaidBy } from '../../src/rules/household-use-repayer.js';
import { evaluateUsePurpose } from '../../src/rules/household-use-purpose.js';
import { evaluateUsedBy } from '../../src/rules/household-use-user.js';
import { evaluatePovertyOfficeList } from '../../src/rules/poverty-office-list.js';
import { evaluatePovertyStatus } from '../../src/rules/poverty-status.js';
import { evaluateRequestCap } from '../../src/rules/request-cap.js';
import { evaluateRequestPurpose } from '../../src/rules/request-purpose.js';
import type { Context, Evaluation } from '../../src/rules/rule.js';
import { evaluateSubsidyContinuity } from '../../src/rules/subsidy-continuity.js';
import { evaluateSubsidyHousehold } from '../../src/rules/subsidy-household.js';
import { evaluateTopUpCap } from '../../src/rules/top-up-cap.js';
import { evaluateTotalCap } from '../../src/rules/total-cap.js';

function read<T>(f: (v: unknown, p: string, i: Issues) => T | undefined, value: unknown): T {
  const issues = new Issues();
  const record = f(value, 'x', issues);
  expect(issues.list).toEqual([]);
  return record!;
}

const h = read(readHousehold, { id: 'h1', povertyStatus: 'monitored_edge', onPovertyOfficeList: true, hasIndustrialDevelopmentConditions: true, hasLaborCapacity: true });
// Qualifies for everything: signed in the campaign, matures in the window with a COVID difficulty and a
// deferral within the limit, overdue and collected on, used and repaid by the household.
const l = read(readLoan, { id: 'l1', householdId: 'h1', kind: 'new', principal: '30000', outstanding: '30000', contractDate: '2020-01-01', maturityDate: '2020-09-30', covidRepaymentDifficulty: true, deferredTo: '2021-03-31', overdueDays: 120, collectionAttempted: true });
const p = read(readPolicy, { fundEstablished: true, minOverdueDays: 90, fundShare: '0.8', requireCollectionAttempted: true });
const request = read(readRequest, { amount: '1000', purpose: 'production' });
const production = classifyPurpose('production');
const o = DEFAULT_OPTIONS;

const BEFORE = '2020-06-28';
const INSIDE = '2020-12-01';

const evaluations: Record<string, (ctx: Context) => Evaluation> = {
  'household.poverty_status': (ctx) => evaluatePovertyStatus(h, ctx),
  'household.edge_conditions': (ctx) => evaluateEdgeConditions(h, ctx),
  'household.poverty_office_list': (ctx) => evaluatePovertyOfficeList(h, ctx),
  'request.purpose': (ctx) => evaluateRequestPurpose(production, ctx),
  'request.household_cap': (ctx) => evaluateRequestCap('h1', request, [l], o, ctx),
  'top_up.household_cap': (ctx) => evaluateTopUpCap(new Decimal(30000), new Decimal(20000), o, ctx),
  'household.total_within_cap': (ctx) => evaluateTotalCap(new Decimal(30000), o, ctx),
  'deferral.household': (ctx) => evaluateDeferralHousehold(h, o, ctx),
  'deferral.covid_difficulty': (ctx) => evaluateDeferralDifficulty(l, ctx),
  'deferral.maturity_window': (ctx) => evaluateDeferralMaturity(l, ctx),
  'deferral.deadline': (ctx) => evaluateDeferralDeadline(l, true, o, ctx),
  'compensation.fund_established': (ctx) => evaluateCompensationFund(p, ctx),
  'compensation.overdue_days': (ctx) => evaluateCompensationOverdue(l, p, ctx),
  'compensation.collection_attempted': (ctx) => evaluateCompensationCollection(l, p, ctx),
  'compensation.shares': (ctx) => evaluateCompensationShares(true, l.outstanding, p, ctx),
  'continuity.signed_in_campaign': (ctx) => evaluateContinuitySigned(l, ctx),
  'continuity.within_term': (ctx) => evaluateContinuityTerm(l, true, ctx.asOf!, ctx),
  'subsidy.household': (ctx) => evaluateSubsidyHousehold(h, ctx),
  'subsidy.policy_continuity': (ctx) => evaluateSubsidyContinuity(true, '2021-03-31', ctx.asOf!, ctx),
  'household_use.used_by': (ctx) => evaluateUsedBy('household', ctx),
  'household_use.repaid_by': (ctx) => evaluateRepaidBy('household', ctx),
  'household_use.purpose': (ctx) => evaluateUsePurpose(production, ctx),
};

describe('a rule outside its period', () => {
  for (const jurisdiction of ['HLJ', 'national'] as const) {
    it(`does not hold before 28号 was issued, and the same input holds inside (${jurisdiction})`, () => {
      for (const [id, evaluate] of Object.entries(evaluations)) {
        const inside = evaluate({ asOf: INSIDE, jurisdiction });
        expect(inside.finding.ruleId, id).toBe(id);
        expect(inside.finding.outcome, id).toBe('pass');
        expect(inside.holds, id).toBe(true);
        const before = evaluate({ asOf: BEFORE, jurisdiction });
        expect(before.finding.outcome, id).toBe('not_applicable');
        expect(before.finding.facts, id).toEqual({ asOf: BEFORE, periodFrom: '2020-06-29', periodTo: id.startsWith('deferral.') ? '2021-09-30' : null });
        expect(before.holds, id).toBe(false);
      }
    });
  }

  it('says which date fell outside which period, open-ended or not', () => {
    const ctx = { asOf: BEFORE, jurisdiction: 'HLJ' } as const;
    expect(evaluatePovertyStatus(h, ctx).finding.message).toEqual({
      zh: '决策日期 2020-06-28 不在本规则适用期间（2020-06-29 – …）内，未适用本规则。',
      en: "The decision date 2020-06-28 is outside this rule's period (2020-06-29 – …), so the rule was not applied.",
    });
    expect(evaluateDeferralMaturity(l, ctx).finding.message.en).toContain('(2020-06-29 – 2021-09-30)');
    expect(evaluateDeferralMaturity(l, { ...ctx, asOf: '2021-10-01' }).finding.message.zh).toContain('决策日期 2021-10-01 不在本规则适用期间（2020-06-29 – 2021-09-30）内');
  });

  it('CBIRC-2020-28/3.1 CBIRC-2020-28/5.3 gives no deferred deadline and no shares when the rule did not apply yet', () => {
    const ctx = { asOf: BEFORE, jurisdiction: 'HLJ' } as const;
    expect(evaluateDeferralDeadline(l, true, o, ctx).deadline).toBeNull();
    expect(evaluateCompensationShares(true, l.outstanding, p, ctx).shares).toEqual({ fund: '0.00', insurer: '0.00', guarantor: '0.00', bank: '0.00' });
    expect(evaluateContinuityTerm(l, true, BEFORE, ctx).until).toBe('2021-03-31');
  });

  it('CBIRC-2020-28/3.1 does not hold a recorded deferral against the loan when the limit did not apply yet', () => {
    // The deferral granted is judged against the limit; with no limit in force there is nothing to break.
    const before = evaluateDeferralGranted(l, null, { asOf: BEFORE, jurisdiction: 'HLJ' });
    expect(before.finding.outcome).toBe('not_applicable');
    expect(before.holds).toBe(true);
    const inside = evaluateDeferralGranted(l, '2021-03-31', { asOf: INSIDE, jurisdiction: 'HLJ' });
    expect(inside.finding.outcome).toBe('pass');
  });

  it('applies on the first day of the period and, for the deferral rules, on the last', () => {
    for (const [id, evaluate] of Object.entries(evaluations)) {
      expect(evaluate({ asOf: '2020-06-29', jurisdiction: 'HLJ' }).finding.outcome, id).toBe('pass');
      if (id.startsWith('deferral.')) expect(evaluate({ asOf: '2021-09-30', jurisdiction: 'HLJ' }).finding.outcome, id).toBe('pass');
    }
  });
});
