/**
 * Parse once, decide many times. A batch that runs several decisions over the same household, loans
 * or region policy reads each record once here; the decisions then recognise the frozen object that
 * comes back and skip reading it again. The check is the same one every decision makes: these
 * functions run the zod schemas (which hold the checks across fields too), and throw the same
 * `PolicyInputError`.
 *
 * Why this is safe: only this module registers objects, and only the ones it has just built and
 * frozen, so nobody can change one after it was checked. A look-alike object (a copy, a JSON round
 * trip, an object from the other module format's build) is simply read in full again.
 */
import { formatMoney } from './money.js';
import type { EligibilityRequest, Household, Loan, RiskCompensationPolicy } from './schemas.js';
import { Issues } from './issues.js';
import { parsed, readHousehold, readLoan, readPolicy, readRequest } from './read-records.js';
import type { HouseholdRecord, LoanRecord, PolicyRecord, RequestRecord } from './records.js';

function parseWith<R, P extends object>(
  value: unknown,
  path: string,
  read: (value: unknown, path: string, issues: Issues) => R | undefined,
  registry: WeakMap<object, R>,
  publicForm: (record: R) => P,
): Readonly<P> {
  const issues = new Issues();
  const record = read(value, path, issues);
  issues.throwIfAny();
  const out = Object.freeze(publicForm(record!));
  registry.set(out, record!);
  return out;
}

/**
 * Checks a household once, for passing to many decisions. The result is frozen and written as the
 * library reads it (absent optional fields are `null`); every decision given it skips checking it
 * again.
 *
 * @param household - a `Household` record
 * @returns the same household, checked and frozen
 * @throws {PolicyInputError} when the household is bad; every bad field is listed in `issues`
 * @example
 * const h = parseHousehold({ id: 'h1', povertyStatus: 'registered_poor', onPovertyOfficeList: true });
 * h.region // => null
 * Object.isFrozen(h) // => true
 * checkEligibility(h).eligible // => true
 */
export function parseHousehold(household: unknown): Readonly<Household> {
  return parseWith(household, 'household', readHousehold, parsed.households, (h: HouseholdRecord): Household => ({
    id: h.id,
    povertyStatus: h.povertyStatus,
    onPovertyOfficeList: h.onPovertyOfficeList,
    hasIndustrialDevelopmentConditions: h.hasIndustrialDevelopmentConditions,
    hasLaborCapacity: h.hasLaborCapacity,
    region: h.region,
  }));
}

/**
 * Checks a loan once, for passing to many decisions (in `existingLoans`, `computeMaxTopUp`'s list,
 * `riskCompensationTrigger` and the rest). The result is frozen and written as the library reads
 * it: money as yuan strings with two decimals, defaults filled in (`status: 'active'`,
 * `overdueDays: 0`, `classification: 'normal'`, unset flags `false`), other absent fields `null`.
 *
 * @param loan - a `Loan` record
 * @returns the same loan, checked and frozen
 * @throws {PolicyInputError} when the loan is bad; every bad field is listed in `issues`
 * @example
 * const l = parseLoan({ id: 'l1', householdId: 'h1', kind: 'new', principal: 30000, outstanding: '12000.5',
 *   contractDate: '2020-03-01', maturityDate: '2023-03-01' });
 * l.outstanding // => '12000.50'
 * l.status // => 'active'
 * computeMaxTopUp({ id: 'h1', povertyStatus: 'registered_poor', onPovertyOfficeList: true }, [l]).maxTopUp // => '37999.50'
 */
export function parseLoan(loan: unknown): Readonly<Loan> {
  return parseWith(loan, 'loan', readLoan, parsed.loans, (l: LoanRecord): Loan => ({
    id: l.id,
    householdId: l.householdId,
    kind: l.kind,
    principal: formatMoney(l.principal),
    outstanding: formatMoney(l.outstanding),
    contractDate: l.contractDate,
    maturityDate: l.maturityDate,
    deferredTo: l.deferredTo,
    status: l.active ? 'active' : 'closed',
    purpose: l.purpose,
    borrowedBy: l.borrowedBy,
    usedBy: l.usedBy,
    repaidBy: l.repaidBy,
    covidRepaymentDifficulty: l.covidRepaymentDifficulty,
    overdueDays: l.overdueDays,
    classification: l.classification,
    collectionAttempted: l.collectionAttempted,
    region: l.region,
    lender: l.lender,
  }));
}

/**
 * Checks an eligibility request once, as `checkEligibility` would. The result is frozen, with the
 * amount as a yuan string with two decimals and absent fields `null`.
 *
 * @param request - an `EligibilityRequest`
 * @returns the same request, checked and frozen
 * @throws {PolicyInputError} when the request is bad; every bad field is listed in `issues`
 * @example
 * const r = parseEligibilityRequest({ amount: 20000, purpose: '养殖肉牛' });
 * r.amount // => '20000.00'
 * r.kind // => null
 */
export function parseEligibilityRequest(request: unknown): Readonly<EligibilityRequest> {
  return parseWith(request, 'request', readRequest, parsed.requests, (r: RequestRecord): EligibilityRequest => ({
    amount: formatMoney(r.amount),
    purpose: r.purpose,
    kind: r.kind,
    replacesLoanId: r.replacesLoanId,
  }));
}

/**
 * Checks a region's risk-compensation policy once: the natural thing in a portfolio run, where one
 * policy meets every loan. The result is frozen, with shares as decimal strings (absent shares
 * `'0'`) and `requireCollectionAttempted` filled in.
 *
 * @param policy - a `RiskCompensationPolicy`
 * @returns the same policy, checked and frozen
 * @throws {PolicyInputError} when the policy is bad (including shares above 1 in total); every bad
 *   field is listed in `issues`
 * @example
 * const p = parseRiskCompensationPolicy({ fundEstablished: true, minOverdueDays: 90, fundShare: 0.7 });
 * p.fundShare // => '0.7'
 * p.insurerShare // => '0'
 * p.requireCollectionAttempted // => false
 */
export function parseRiskCompensationPolicy(policy: unknown): Readonly<RiskCompensationPolicy> {
  return parseWith(policy, 'policy', readPolicy, parsed.policies, (p: PolicyRecord): RiskCompensationPolicy => ({
    fundEstablished: p.fundEstablished,
    minOverdueDays: p.minOverdueDays,
    fundShare: p.fundShare.toFixed(),
    insurerShare: p.insurerShare.toFixed(),
    guarantorShare: p.guarantorShare.toFixed(),
    requireCollectionAttempted: p.requireCollectionAttempted,
  }));
}
