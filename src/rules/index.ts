/**
 * The rule registry: every rule the decisions apply, in the order decisions report them.
 */
import { compensationActiveRule } from './compensation-active.js';
import { compensationCollectionRule } from './compensation-collection.js';
import { compensationDeferralRule } from './compensation-deferral.js';
import { compensationFundRule } from './compensation-fund.js';
import { compensationOverdueRule } from './compensation-overdue.js';
import { compensationSharesRule } from './compensation-shares.js';
import { continuitySignedRule } from './continuity-signed.js';
import { continuityTermRule } from './continuity-term.js';
import { deferralDeadlineRule } from './deferral-deadline.js';
import { deferralDifficultyRule } from './deferral-difficulty.js';
import { deferralGrantedRule } from './deferral-granted.js';
import { deferralHouseholdRule } from './deferral-household.js';
import { deferralMaturityRule } from './deferral-maturity.js';
import { deferralOwedRule } from './deferral-owed.js';
import { deferralRateRule } from './deferral-rate.js';
import { edgeConditionsRule } from './edge-conditions.js';
import { povertyOfficeListRule } from './poverty-office-list.js';
import { povertyStatusRule } from './poverty-status.js';
import { requestCapRule } from './request-cap.js';
import { requestContractedTotalRule } from './request-contracted-total.js';
import { requestPurposeRule } from './request-purpose.js';
import { requestReplacedLoanRule } from './request-replaced-loan.js';
import type { Rule, RuleDefinition, Severity } from './rule.js';
import { topUpCapRule } from './top-up-cap.js';
import { totalCapRule } from './total-cap.js';
import { usageRule } from './usage.js';
import { borrowedByRule } from './household-use-borrower.js';
import { repaidByRule } from './household-use-repayer.js';
import { usedByRule } from './household-use-user.js';
import { usePurposeRule } from './household-use-purpose.js';
import { leadBankRule } from './lead-bank.js';
import { lendingDecisionRule } from './lending-decision.js';
import { METRICS } from './monitoring.js';
import { subsidyContinuityRule } from './subsidy-continuity.js';
import { subsidyHouseholdRule } from './subsidy-household.js';
import { subsidyInForceRule } from './subsidy-in-force.js';

const definitions: readonly RuleDefinition[] = [
  povertyStatusRule,
  edgeConditionsRule,
  povertyOfficeListRule,
  requestPurposeRule,
  requestCapRule,
  requestContractedTotalRule,
  requestReplacedLoanRule,
  topUpCapRule,
  totalCapRule,
  deferralHouseholdRule,
  deferralDifficultyRule,
  deferralMaturityRule,
  deferralDeadlineRule,
  deferralGrantedRule,
  deferralOwedRule,
  deferralRateRule,
  usageRule,
  compensationActiveRule,
  compensationFundRule,
  compensationOverdueRule,
  compensationDeferralRule,
  compensationCollectionRule,
  compensationSharesRule,
  continuitySignedRule,
  continuityTermRule,
  subsidyHouseholdRule,
  subsidyInForceRule,
  subsidyContinuityRule,
  borrowedByRule,
  usedByRule,
  repaidByRule,
  usePurposeRule,
  ...METRICS.map((m) => m.rule),
  leadBankRule,
  lendingDecisionRule,
];

/** Every rule: id, description (zh, en), the clauses it rests on and the period it applies in. */
export const rules: readonly Rule[] = Object.freeze(
  definitions.map((d) =>
    Object.freeze({
      id: d.id,
      description: d.description,
      clauseIds: d.clauseIds,
      severity: d.severity,
      governedBy: d.governedBy,
      ...(d.period ? { period: d.period } : {}),
    }),
  ),
);

const SEVERITY = new Map(definitions.map((d) => [d.id, d.severity]));

/** What a failure of the rule `ruleId` means in a portfolio audit (`'information'` for an unknown id). */
export function severityOf(ruleId: string): Severity {
  return SEVERITY.get(ruleId) ?? 'information';
}

/**
 * Names the rule set; it changes whenever any decision could change for the same input.
 * Format: the two notices, then this library's rule-set revision.
 */
export const RULESET_VERSION = 'CBIRC-2020-28+HLJ-2020-47/r203';
