import type { IsoDate } from '../model/dates.js';
import { Issues } from '../model/issues.js';
import { readDecisionDate, readOptions } from '../model/read-options.js';
import { readLoan } from '../model/read-records.js';
import type { LoanRecord } from '../model/records.js';
import { continuitySignedRule } from '../rules/continuity-signed.js';
import { continuityTermRule } from '../rules/continuity-term.js';
import type { Context, Finding } from '../rules/rule.js';
import type { CommonOptions } from './types.js';
import type { LoanInput } from './types.js';

export interface ContinuityResult {
  /** `until` is set and `asOf` is on or before it. */
  guaranteed: boolean;
  /** The later of `maturityDate` and `deferredTo` for a contract signed by 2020-12-31, else `null`. */
  until: IsoDate | null;
  findings: Finding[];
}

/**
 * Whether a contract keeps every policy unchanged on a date: 28号 一 (and 47号 二) keep them for
 * the term of contracts — new, renewal or extension — signed by 2020-12-31, and 28号 三 through an
 * epidemic deferral (`deferredTo`).
 *
 * @param loan - the contract
 * @param asOf - the date asked about (`'YYYY-MM-DD'`)
 * @param options - `jurisdiction` and `interpretations`; an `asOf` here is ignored in favour of the argument
 * @returns `guaranteed`, `until` and one finding per rule
 * @throws {PolicyInputError} when any argument is bad; every bad field is listed in `issues`
 * @example
 * const r = checkPolicyContinuity(
 *   { id: 'l1', householdId: 'h1', kind: 'renewal', principal: '30000', outstanding: '30000',
 *     contractDate: '2020-12-31', maturityDate: '2023-12-31' },
 *   '2022-06-01',
 * );
 * [r.guaranteed, r.until] // => [true, '2023-12-31']
 */
export function checkPolicyContinuity(loan: LoanInput, asOf: IsoDate, options?: CommonOptions | null): ContinuityResult {
  const issues = new Issues();
  const l = readLoan(loan, 'loan', issues);
  readDecisionDate(asOf, 'asOf', issues);
  const { options: opts } = readOptions(options, issues);
  issues.throwIfAny();
  return decideContinuity(l!, asOf, { asOf, jurisdiction: opts.jurisdiction });
}

/** checkPolicyContinuity on a loan already read (also what the interest subsidy rests on). */
export function decideContinuity(l: LoanRecord, asOf: IsoDate, ctx: Context): ContinuityResult {
  const signed = continuitySignedRule.evaluate(l, ctx);
  const term = continuityTermRule.evaluate(l, signed.holds, asOf, ctx);
  return { guaranteed: term.holds, until: term.until, findings: [signed.finding, term.finding] };
}
