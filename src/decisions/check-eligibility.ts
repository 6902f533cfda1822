import { Issues } from '../model/issues.js';
import { optionKeys, readOptions } from '../model/read-options.js';
import { readHousehold, readLoans, readRequest } from '../model/read-records.js';
import type { Finding } from '../rules/rule.js';
import type { Lexicon } from '../rules/usage-lexicon.js';
import { contextOf } from './context.js';
import { checkReplacedLoan, evaluateEligibility } from './eligibility.js';
import { readLexicon } from './lexicon.js';
import type { CommonOptions, EligibilityRequestInput, HouseholdInput, LoanInput } from './types.js';

export interface EligibilityResult {
  eligible: boolean;
  findings: Finding[];
}

export interface EligibilityOptions extends CommonOptions {
  /** The household's loans (others' are ignored): what counts toward the 50,000 yuan cap. */
  existingLoans?: readonly LoanInput[] | null;
  /** The terms used to classify the request's purpose (default `defaultLexicon`); see `createLexicon`. */
  lexicon?: Lexicon | null;
}

/**
 * Whether a household may borrow poverty-alleviation microcredit, and, given a request, whether
 * that loan may be made. Eligible only if every rule holds: the household is registered poor or
 * an edge household (28号 二), an edge household has both production conditions and labour
 * capacity (28号 二), the household is on the poverty office's list (28号 二; 47号 三), the purpose
 * is production (28号 五) and the household's total stays within 50,000 yuan (28号 四). Two advisories,
 * which never change `eligible`, point at a bank's reading that carries risk: under `capBasis: 'outstanding'`,
 * the contracted amounts of the household's active loans with the request above 50,000 yuan
 * (`request.contracted_total`); and a renewal or extension that names no `replacesLoanId` while the household
 * has an active loan, which may then be counted twice (`request.replaced_loan`).
 *
 * @param household - the household applying
 * @param request - optional: the amount and purpose asked for; `replacesLoanId` names the loan a
 *   renewal or extension replaces, which then leaves the total
 * @param options - `existingLoans`, `lexicon`, and the common `asOf`, `jurisdiction`, `interpretations`
 * @returns `eligible` and one finding per rule, in a fixed order, each citing its sentence
 * @throws {PolicyInputError} when any argument is bad; every bad field is listed in `issues`
 * @example
 * const r = checkEligibility(
 *   { id: 'h1', povertyStatus: 'registered_poor', onPovertyOfficeList: true },
 *   { amount: '20000', purpose: '养殖肉牛' },
 *   { existingLoans: [{ id: 'l1', householdId: 'h1', kind: 'new', principal: '30000', outstanding: '30000',
 *     contractDate: '2020-03-01', maturityDate: '2023-03-01' }] },
 * );
 * // 30,000 outstanding + 20,000 asked = 50,000: not above the cap
 * r.eligible // => true
 * r.findings.map((f) => f.outcome) // => ['pass', 'not_applicable', 'pass', 'pass', 'pass', 'pass', 'not_applicable']
 */
export function checkEligibility(household: HouseholdInput, request?: EligibilityRequestInput | null, options?: EligibilityOptions | null): EligibilityResult {
  const issues = new Issues();
  const h = readHousehold(household, 'household', issues);
  const req = request === undefined || request === null ? undefined : readRequest(request, 'request', issues);
  const { options: opts, extra } = readOptions(options, issues, ELIGIBILITY_OPTIONS);
  const lexicon = readLexicon(extra.lexicon, issues);
  const loans = extra.existingLoans === undefined || extra.existingLoans === null ? [] : readLoans(extra.existingLoans, 'options.existingLoans', issues);
  checkReplacedLoan(h, req, loans, 'request.replacesLoanId', 'options.existingLoans', issues);
  issues.throwIfAny();
  const evaluations = evaluateEligibility(h!, req, loans, opts, contextOf(opts), lexicon);
  return { eligible: evaluations.every((e) => e.holds), findings: evaluations.map((e) => e.finding) };
}

const ELIGIBILITY_OPTIONS = optionKeys('existingLoans', 'lexicon');
