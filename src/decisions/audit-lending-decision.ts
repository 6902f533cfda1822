import type { IsoDate } from '../model/dates.js';
import type { LoanKind } from '../model/schemas.js';
import { Issues } from '../model/issues.js';
import { readApplication } from '../model/read-application.js';
import { optionKeys, readOptions } from '../model/read-options.js';
import { readHousehold, readLoans, readRequest } from '../model/read-records.js';
import { lendingDecisionRule } from '../rules/lending-decision.js';
import type { Finding } from '../rules/rule.js';
import { contextOfAct } from './context.js';
import { readLexicon } from './lexicon.js';
import type { Lexicon } from '../rules/usage-lexicon.js';
import { checkReplacedLoan, evaluateEligibility } from './eligibility.js';
import type { CommonOptions, EligibilityRequestInput, HouseholdInput, LoanInput } from './types.js';

export interface LendingApplication {
  household: HouseholdInput;
  request?: EligibilityRequestInput | null;
  existingLoans?: readonly LoanInput[] | null;
  kind: LoanKind;
  bankDecision: 'approved' | 'refused';
  refusalReason?: string | null;
  /** The day the bank decided (default the options' `asOf`); on or after 2020-06-29. */
  decisionDate?: IsoDate | null;
}

export interface LendingAuditResult {
  /** `false` for a breach, `true` when the decision follows the notices, `null` when it needs review. */
  compliant: boolean | null;
  /** What `checkEligibility` says of the application. */
  eligible: boolean;
  /** The eligibility findings, then the finding on the bank's decision. */
  findings: Finding[];
}

/**
 * Audits a bank's approve or refuse decision against 28号 四's 应贷尽贷、应续尽续、应展尽展 (and 47号 二,
 * 三), in both directions: approving an application `checkEligibility` finds ineligible is a breach;
 * refusing an eligible one without a reason is a breach; refusing an eligible one for the bank's own
 * stated reason needs review (`null`). When the application fails only because `classifyUsage` could not read its
 * purpose (`unknown`), approving or refusing it needs review too (`null`): a person must read the purpose first.
 * A top-up is one the bank may grant (28号 四, 可予以), but 47号 三 requires banks to meet (给予满足) the needs of
 * qualifying households: `interpretations.topUpRefusal` defaults to `'same_as_new'` (refusing a qualifying top-up
 * needs a reason) under `'HLJ'` and to `'discretionary'` under `'national'`; either may be pinned.
 *
 * The decision is an act: it is judged on `application.decisionDate` (default `asOf`), whatever `asOf` is,
 * and the records in the application describe the household as it was that day.
 *
 * @param application - the household, the request, its existing loans, the kind, the bank's decision and
 *   the day it was made (`decisionDate`, on or after 2020-06-29)
 * @param options - `lexicon`, and the common `asOf`, `jurisdiction`, `interpretations`
 * @returns `compliant`, `eligible` and the findings
 * @throws {PolicyInputError} when any field is bad (a `decisionDate` or `asOf` before 2020-06-29 among them);
 *   every bad field is listed in `issues`
 * @example
 * const r = auditLendingDecision({
 *   household: { id: 'h1', povertyStatus: 'registered_poor', onPovertyOfficeList: true },
 *   request: { amount: '30000', purpose: '养殖肉牛' },
 *   kind: 'new', bankDecision: 'refused',
 * });
 * r.compliant // => false
 */
export function auditLendingDecision(application: LendingApplication, options?: (CommonOptions & { lexicon?: Lexicon | null }) | null): LendingAuditResult {
  const issues = new Issues();
  const app = readApplication(application, 'application', issues);
  const h = app ? readHousehold(app.household, 'application.household', issues) : undefined;
  const req = app?.request === undefined || app?.request === null ? undefined : readRequest(app.request, 'application.request', issues);
  const loans = app?.existingLoans === undefined || app?.existingLoans === null ? [] : readLoans(app.existingLoans, 'application.existingLoans', issues);
  const kindOk = !issues.list.some((i) => i.path === 'application.kind');
  if (app && kindOk && req?.kind != null && req.kind !== app.kind)
    issues.add('application.request.kind', 'range', `must match application.kind ('${app.kind}')`);
  checkReplacedLoan(h, req, loans, 'application.request.replacesLoanId', 'application.existingLoans', issues);
  const { options: opts, extra } = readOptions(options, issues, LENDING_AUDIT_OPTIONS);
  const lexicon = readLexicon(extra.lexicon, issues);
  issues.throwIfAny();
  // A lending decision is an act: every rule is judged on the day it was made, whatever asOf is.
  const ctx = contextOfAct(opts, app!.decisionDate);
  // A request without a kind of its own is the application's kind (a renewal or extension replaces a loan).
  const request = req?.kind === null ? { ...req, kind: app!.kind } : req;
  const eligibility = evaluateEligibility(h!, request, loans, opts, ctx, lexicon);
  const eligible = eligibility.every((e) => e.holds);
  // Not eligible only because the purpose needs a person's reading: no verdict on the bank yet.
  const needsReview = !eligible && eligibility.every((e) => e.holds || e.needsReview === true);
  const decision = lendingDecisionRule.evaluate(app!, eligible, opts, needsReview, ctx);
  return { compliant: decision.compliant, eligible, findings: [...eligibility.map((e) => e.finding), decision.finding] };
}

const LENDING_AUDIT_OPTIONS = optionKeys('lexicon');
