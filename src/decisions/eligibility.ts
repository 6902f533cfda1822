/**
 * The eligibility rules in their fixed order (checkEligibility's 1–4), shared by
 * checkEligibility and auditLendingDecision so the two can never disagree; then two advisories on the
 * request (a contracted total above the cap under `capBasis: 'outstanding'`, a renewal or extension that
 * names no replaced loan), which always hold: they never change the decision.
 */
import type { Issues } from '../model/issues.js';
import type { HouseholdRecord, LoanRecord, Options, RequestRecord } from '../model/records.js';
import { classifyPurpose } from '../rules/classify.js';
import { edgeConditionsRule } from '../rules/edge-conditions.js';
import { povertyOfficeListRule } from '../rules/poverty-office-list.js';
import { povertyStatusRule } from '../rules/poverty-status.js';
import { requestCapRule } from '../rules/request-cap.js';
import { requestContractedTotalRule } from '../rules/request-contracted-total.js';
import { requestPurposeRule } from '../rules/request-purpose.js';
import { requestReplacedLoanRule } from '../rules/request-replaced-loan.js';
import type { Context, Evaluation } from '../rules/rule.js';
import type { CompiledLexicon } from '../rules/usage-matcher.js';

export function evaluateEligibility(
  h: HouseholdRecord,
  request: RequestRecord | undefined,
  loans: readonly LoanRecord[],
  options: Options,
  ctx: Context,
  lexicon?: CompiledLexicon,
): Evaluation[] {
  return [
    ...evaluateHousehold(h, ctx),
    requestPurposeRule.evaluate(request ? classifyPurpose(request.purpose, lexicon) : undefined, ctx),
    requestCapRule.evaluate(h.id, request, loans, options, ctx),
    requestContractedTotalRule.evaluate(h.id, request, loans, options, ctx),
    requestReplacedLoanRule.evaluate(h.id, request, loans, ctx),
  ];
}

/** What eligibility requires of the household itself (1–3): its status, an edge household's two conditions, the list per jurisdiction. */
export function evaluateHousehold(h: HouseholdRecord, ctx: Context): Evaluation[] {
  return [povertyStatusRule.evaluate(h, ctx), edgeConditionsRule.evaluate(h, ctx), povertyOfficeListRule.evaluate(h, ctx)];
}

/** The loan a renewal or extension replaces must be one of the household's active loans given. */
export function checkReplacedLoan(
  h: HouseholdRecord | undefined,
  request: RequestRecord | undefined,
  loans: readonly LoanRecord[],
  path: string,
  loansPath: string,
  issues: Issues,
): void {
  if (h && request?.replacesLoanId != null && !loans.some((l) => l.id === request.replacesLoanId && l.householdId === h.id && l.active)) {
    issues.add(path, 'range', `must name one of the household's active loans in ${loansPath}`);
  }
}
