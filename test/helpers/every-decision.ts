/**
 * One edge household and one loan that every decision has something to say about (deferred within the
 * limit, overdue and collected on, used and repaid by the household for production), and the findings of
 * every decision on them: for tests that look at every rule at once. The loan's deferral ran to 2020-07-31,
 * so from 2020-12-01 its 120 overdue days (since 2020-08-03) are a real default, which compensation makes good.
 */
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
  type Finding,
  type Jurisdiction,
  type RiskCompensationPolicy,
} from 'fupin-xindai';

export const household = {
  id: 'h1',
  povertyStatus: 'monitored_edge',
  onPovertyOfficeList: true,
  hasIndustrialDevelopmentConditions: true,
  hasLaborCapacity: true,
  region: 'r1',
} as const;
export const qualifyingLoan = {
  id: 'l1',
  householdId: 'h1',
  kind: 'new',
  principal: '30000',
  outstanding: '30000',
  contractDate: '2020-01-01',
  maturityDate: '2020-06-30',
  covidRepaymentDifficulty: true,
  deferredTo: '2020-07-31',
  overdueDays: 120,
  collectionAttempted: true,
  purpose: '养牛',
  borrowedBy: 'household',
  usedBy: 'household',
  repaidBy: 'household',
} as const;

/** Every finding of every decision on `household` and `qualifyingLoan`, decided on `asOf` under `policy`. */
export function everyFinding(asOf: string, policy: RiskCompensationPolicy, jurisdiction?: Jurisdiction): Finding[] {
  const h = household;
  const l = qualifyingLoan;
  const o = jurisdiction ? { asOf, jurisdiction } : { asOf };
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
    // Decided the day 28号 was issued: a lending decision is an act, judged on its own date whatever asOf is.
    ...auditLendingDecision(
      {
        household: h,
        request: { amount: '1000', purpose: '养牛' },
        existingLoans: [l],
        kind: 'top_up',
        bankDecision: 'refused',
        refusalReason: 'other',
        decisionDate: '2020-06-29',
      },
      o,
    ).findings,
  ];
}
