// Time as data: a rule whose period does not cover the decision date is not applied. 28号's rules apply
// from its 印发 date, 2020-06-29; the deferral rules end 2021-09-30. Checked for every rule with a
// period, through every decision that reports it, on the day before its period and the day after.
import { describe, expect, it } from 'vitest';
import {
  auditLendingDecision,
  checkEligibility,
  checkHouseholdUse,
  checkInterestSubsidy,
  checkPolicyContinuity,
  classifyUsage,
  computeDeferralDeadline,
  computeMaxTopUp,
  monitorPortfolio,
  riskCompensationTrigger,
  rules,
  type Finding,
} from 'fupin-xindai';
import { addDays } from '../properties/arbitraries.js';

const h = { id: 'h1', povertyStatus: 'monitored_edge', onPovertyOfficeList: true, hasIndustrialDevelopmentConditions: true, hasLaborCapacity: true, region: 'r1' } as const;
const l = { id: 'l1', householdId: 'h1', kind: 'new', principal: '30000', outstanding: '30000', contractDate: '2020-01-01', maturityDate: '2020-09-30', covidRepaymentDifficulty: true, deferredTo: '2021-03-31', overdueDays: 120, collectionAttempted: true, purpose: '养牛', usedBy: 'household', repaidBy: 'household' } as const;
const policy = { fundEstablished: true, minOverdueDays: 90, fundShare: '0.8' };

function everyFinding(asOf: string): Finding[] {
  const o = { asOf };
  return [
    ...checkEligibility(h, { amount: '1000', purpose: '养牛' }, { ...o, existingLoans: [l] }).findings,
    ...computeMaxTopUp(h, [l], o).findings,
    ...computeDeferralDeadline(l, h, o).findings,
    ...classifyUsage('养牛', o).findings,
    ...riskCompensationTrigger(l, policy, o).findings,
    ...checkPolicyContinuity(l, asOf, o).findings,
    ...checkInterestSubsidy(l, h, asOf, o).findings,
    ...checkHouseholdUse(l, o).findings,
    ...monitorPortfolio([h], [l], { ...o, thresholds: { overdueShare: '0.1' } }).findings,
    ...auditLendingDecision({ household: h, request: { amount: '1000', purpose: '养牛' }, existingLoans: [l], kind: 'top_up', bankDecision: 'refused', refusalReason: 'other' }, o).findings,
  ];
}

const dayBefore = (d: string) => {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  if (day > 1) return `${y}-${String(m).padStart(2, '0')}-${String(day - 1).padStart(2, '0')}`;
  throw new Error(`no test date before ${d}`);
};
const dayAfter = (d: string) => addDays(d, 1);

// Not applicable for a reason that comes first: the deferral deadline and lower rate when the conditions
// before them were out of their period (so no deferral is allowed); compensation's collection when the region
// does not require it, and its shares when the trigger's conditions were out of their period; the guarantee's
// term when the signing rule was.
const FIRST_SAY_SOMETHING_ELSE = {
  before: ['deferral.deadline', 'deferral.lower_rate', 'compensation.collection_attempted', 'compensation.shares', 'continuity.within_term'],
  after: ['deferral.deadline', 'deferral.lower_rate'],
};

describe('rule periods', () => {
  const withPeriod = rules.filter((r) => r.period);
  it('has periods to check', () => expect(withPeriod.length).toBeGreaterThan(15));

  for (const when of ['before', 'after'] as const) {
    it(`does not apply a rule on the day ${when} its period, in any decision that reports it`, () => {
      const checked: string[] = [];
      const sayPeriod: string[] = [];
      for (const rule of withPeriod) {
        const edge = when === 'before' ? rule.period!.from : rule.period!.to;
        if (!edge) continue;
        const asOf = when === 'before' ? dayBefore(edge) : dayAfter(edge);
        const found = everyFinding(asOf).filter((f) => f.ruleId === rule.id);
        if (found.length === 0) continue;
        checked.push(rule.id);
        for (const f of found) expect(f.outcome, `${rule.id} on ${asOf}`).toBe('not_applicable');
        // Most say it is the period; a few are not applicable for a reason that comes first (the
        // deadline, when the conditions before it were already out of their period).
        if (found.some((f) => f.facts?.asOf === asOf && f.facts?.periodFrom === (rule.period!.from ?? null))) sayPeriod.push(rule.id);
      }
      expect(checked.length, checked.join(', ')).toBeGreaterThan(when === 'before' ? 15 : 2);
      expect(checked.filter((id) => !sayPeriod.includes(id))).toEqual(FIRST_SAY_SOMETHING_ELSE[when]);
    });
  }
});
