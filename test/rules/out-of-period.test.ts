// Each rule on its own, the day before 28号 was issued (2020-06-28) and inside its period. A rule governed
// by the decision date says, outside, that it did not apply and does not hold — so no decision composed of
// rules can rest on a rule that did not apply yet — and inside, the same input holds. A rule about an act
// judges the act by its own dates, whatever the decision date (API.md, Revisions: "Two dates").
// (test/rules/periods.test.ts checks the same through the public decisions.)
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/money.js';
import { Issues } from '../../src/model/issues.js';
import { DEFAULT_OPTIONS } from '../../src/model/read-options.js';
import { readHousehold, readLoan, readPolicy, readRequest } from '../../src/model/read-records.js';
import { classifyPurpose } from '../../src/rules/classify.js';
import { compensationActiveRule } from '../../src/rules/compensation-active.js';
import { compensationCollectionRule } from '../../src/rules/compensation-collection.js';
import { compensationDeferralRule } from '../../src/rules/compensation-deferral.js';
import { compensationFundRule } from '../../src/rules/compensation-fund.js';
import { compensationOverdueRule } from '../../src/rules/compensation-overdue.js';
import { compensationSharesRule } from '../../src/rules/compensation-shares.js';
import { continuitySignedRule } from '../../src/rules/continuity-signed.js';
import { continuityTermRule } from '../../src/rules/continuity-term.js';
import { rules } from '../../src/rules/index.js';
import { deferralDeadlineRule } from '../../src/rules/deferral-deadline.js';
import { deferralDifficultyRule } from '../../src/rules/deferral-difficulty.js';
import { deferralGrantedRule } from '../../src/rules/deferral-granted.js';
import { deferralHouseholdRule } from '../../src/rules/deferral-household.js';
import { deferralMaturityRule } from '../../src/rules/deferral-maturity.js';
import { edgeConditionsRule } from '../../src/rules/edge-conditions.js';
import { borrowedByRule } from '../../src/rules/household-use-borrower.js';
import { repaidByRule } from '../../src/rules/household-use-repayer.js';
import { usePurposeRule } from '../../src/rules/household-use-purpose.js';
import { usedByRule } from '../../src/rules/household-use-user.js';
import { povertyOfficeListRule } from '../../src/rules/poverty-office-list.js';
import { povertyStatusRule } from '../../src/rules/poverty-status.js';
import { requestCapRule } from '../../src/rules/request-cap.js';
import { requestContractedTotalRule } from '../../src/rules/request-contracted-total.js';
import { requestPurposeRule } from '../../src/rules/request-purpose.js';
import { requestReplacedLoanRule } from '../../src/rules/request-replaced-loan.js';
import type { Context, Evaluation } from '../../src/rules/rule.js';
import { subsidyContinuityRule } from '../../src/rules/subsidy-continuity.js';
import { subsidyHouseholdRule } from '../../src/rules/subsidy-household.js';
import { topUpCapRule } from '../../src/rules/top-up-cap.js';
import { totalCapRule } from '../../src/rules/total-cap.js';

function read<T>(f: (v: unknown, p: string, i: Issues) => T | undefined, value: unknown): T {
  const issues = new Issues();
  const record = f(value, 'x', issues);
  expect(issues.list).toEqual([]);
  return record!;
}

const h = read(readHousehold, {
  id: 'h1',
  povertyStatus: 'monitored_edge',
  onPovertyOfficeList: true,
  hasIndustrialDevelopmentConditions: true,
  hasLaborCapacity: true,
});
// Qualifies for everything: signed in the campaign, matures in the window with a COVID difficulty and a
// deferral within the limit, overdue and collected on, used and repaid by the household.
const l = read(readLoan, {
  id: 'l1',
  householdId: 'h1',
  kind: 'new',
  principal: '30000',
  outstanding: '30000',
  contractDate: '2020-01-01',
  maturityDate: '2020-09-30',
  covidRepaymentDifficulty: true,
  deferredTo: '2021-03-31',
  overdueDays: 120,
  collectionAttempted: true,
});
const p = read(readPolicy, { fundEstablished: true, minOverdueDays: 90, fundShare: '0.8', requireCollectionAttempted: true });
const request = read(readRequest, { amount: '1000', purpose: 'production' });
const renewal = read(readRequest, { amount: '1000', purpose: 'production', kind: 'renewal', replacesLoanId: 'l1' });
const production = classifyPurpose('production');
const o = DEFAULT_OPTIONS;

const BEFORE = '2020-06-28';
const isAct = (id: string) => rules.find((r) => r.id === id)!.governedBy === 'act';
const INSIDE = '2020-12-01';

const evaluations: Record<string, (ctx: Context) => Evaluation> = {
  'household.poverty_status': (ctx) => povertyStatusRule.evaluate(h, ctx),
  'household.edge_conditions': (ctx) => edgeConditionsRule.evaluate(h, ctx),
  'household.poverty_office_list': (ctx) => povertyOfficeListRule.evaluate(h, ctx),
  'request.purpose': (ctx) => requestPurposeRule.evaluate(production, ctx),
  'request.household_cap': (ctx) => requestCapRule.evaluate('h1', request, [l], o, ctx),
  'request.contracted_total': (ctx) => requestContractedTotalRule.evaluate('h1', request, [l], o, ctx),
  'request.replaced_loan': (ctx) => requestReplacedLoanRule.evaluate('h1', renewal, [l], ctx),
  'top_up.household_cap': (ctx) => topUpCapRule.evaluate(new Decimal(30000), new Decimal(20000), o, ctx),
  'household.total_within_cap': (ctx) => totalCapRule.evaluate(new Decimal(30000), o, ctx),
  'deferral.household': (ctx) => deferralHouseholdRule.evaluate(h, o, ctx),
  'deferral.covid_difficulty': (ctx) => deferralDifficultyRule.evaluate(l, ctx),
  'deferral.maturity_window': (ctx) => deferralMaturityRule.evaluate(l, ctx),
  'deferral.deadline': (ctx) => deferralDeadlineRule.evaluate(l, true, o, ctx),
  'compensation.loan_active': (ctx) => compensationActiveRule.evaluate(l, ctx),
  // A deferral that ended before the decision dates tried here: the loan is due, its overdue days decide.
  'compensation.outside_deferral': (ctx) => compensationDeferralRule.evaluate(l, { due: '2020-06-28', deferred: true }, ctx),
  'compensation.fund_established': (ctx) => compensationFundRule.evaluate(p, ctx),
  'compensation.overdue_days': (ctx) => compensationOverdueRule.evaluate(l, p, ctx),
  'compensation.collection_attempted': (ctx) => compensationCollectionRule.evaluate(l, p, ctx),
  'compensation.shares': (ctx) => compensationSharesRule.evaluate(true, l.outstanding, p, ctx),
  'continuity.signed_in_campaign': (ctx) => continuitySignedRule.evaluate(l, ctx),
  'continuity.within_term': (ctx) => continuityTermRule.evaluate(l, true, { due: '2021-03-31', deferred: true }, ctx.asOf!, ctx),
  'subsidy.household': (ctx) => subsidyHouseholdRule.evaluate(h, true, ctx),
  'subsidy.policy_continuity': (ctx) => subsidyContinuityRule.evaluate(true, '2021-03-31', ctx.asOf!, ctx),
  'household_use.borrowed_by': (ctx) => borrowedByRule.evaluate('household', ctx),
  'household_use.used_by': (ctx) => usedByRule.evaluate('household', ctx),
  'household_use.repaid_by': (ctx) => repaidByRule.evaluate('household', ctx),
  'household_use.purpose': (ctx) => usePurposeRule.evaluate(production, ctx),
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
        if (isAct(id)) {
          expect(before, id).toEqual(inside);
          continue;
        }
        expect(before.finding.outcome, id).toBe('not_applicable');
        expect(before.finding.facts, id).toEqual({ asOf: BEFORE, periodFrom: '2020-06-29', periodTo: null });
        expect(before.holds, id).toBe(false);
      }
    });
  }

  it('says which date fell outside which period, open-ended or not', () => {
    const ctx = { asOf: BEFORE, jurisdiction: 'HLJ' } as const;
    expect(povertyStatusRule.evaluate(h, ctx).finding.message).toEqual({
      zh: '决策日期 2020-06-28 不在本规则适用期间（2020-06-29 – …）内，未适用本规则。',
      en: "The decision date 2020-06-28 is outside this rule's period (2020-06-29 – …), so the rule was not applied.",
    });
  });

  it('CBIRC-2020-28/5.3 CBIRC-2020-28/1.1 gives no shares and no guarantee term when the rule did not apply yet', () => {
    const ctx = { asOf: BEFORE, jurisdiction: 'HLJ' } as const;
    expect(compensationSharesRule.evaluate(true, l.outstanding, p, ctx).shares).toEqual({ fund: '0.00', insurer: '0.00', guarantor: '0.00', bank: '0.00' });
    expect(continuityTermRule.evaluate(l, true, { due: '2021-03-31', deferred: true }, BEFORE, ctx).until).toBeNull();
  });

  it('CBIRC-2020-28/3.1 judges a deferral by its own dates, the same on any decision date: years later as at the time', () => {
    for (const asOf of ['2020-12-01', '2021-09-30', '2021-10-01', '2026-12-01']) {
      const ctx = { asOf, jurisdiction: 'HLJ' } as const;
      expect(deferralDeadlineRule.evaluate(l, true, o, ctx).deadline, asOf).toBe('2021-03-31');
      expect(deferralMaturityRule.evaluate(l, ctx).finding.outcome, asOf).toBe('pass');
      const beyond = deferralGrantedRule.evaluate({ ...l, deferredTo: '2021-04-01' }, '2021-03-31', ctx);
      expect(beyond.finding.outcome, asOf).toBe('fail');
    }
  });

  it('the rules about acts are the deferral rules and the contract date: none of them has a period end', () => {
    const acts = rules.filter((r) => r.governedBy === 'act').map((r) => r.id);
    expect(acts).toEqual(expect.arrayContaining(['continuity.signed_in_campaign', ...rules.filter((r) => r.id.startsWith('deferral.')).map((r) => r.id)]));
    for (const r of rules) expect(r.period?.to, r.id).toBeUndefined();
  });

  it('applies on the first day of the period', () => {
    for (const [id, evaluate] of Object.entries(evaluations)) {
      expect(evaluate({ asOf: '2020-06-29', jurisdiction: 'HLJ' }).finding.outcome, id).toBe('pass');
    }
  });
});
