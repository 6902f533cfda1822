import type { IsoDate } from '../model/dates.js';
import { Issues } from '../model/issues.js';
import { readDecisionDate, readOptions } from '../model/read-options.js';
import { readLoan } from '../model/read-records.js';
import type { HouseholdRecord, LoanRecord, Options } from '../model/records.js';
import { continuitySignedRule } from '../rules/continuity-signed.js';
import { continuityTermRule } from '../rules/continuity-term.js';
import type { Context, Finding } from '../rules/rule.js';
import { lawfulDue } from './compute-deferral-deadline.js';
import { contextOf } from './context.js';
import type { CommonOptions, LoanInput } from './types.js';

export interface ContinuityResult {
  /** `until` is set and `asOf` is on or before it. */
  guaranteed: boolean;
  /** For a contract signed by 2020-12-31, the later of `maturityDate` and the lawful part of `deferredTo`; else `null`. */
  until: IsoDate | null;
  findings: Finding[];
}

/**
 * Whether a contract keeps every policy unchanged on a date: 28号 一 (and 47号 二) keep them for
 * the term of contracts — new, renewal or extension — signed by 2020-12-31, and 28号 三 through an
 * epidemic deferral (`deferredTo`) as far as 三 allows it: with `covidRepaymentDifficulty`, maturity from
 * 2020-01-01 through 2021-03-31, up to `computeDeferralDeadline`'s deadline (the household, not given here,
 * is taken to have qualified, since the loan was made to it). A recorded deferral beyond that extends
 * nothing, and its deferral.granted_within_limit finding fails.
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
  const at = { ...opts, asOf };
  return decideContinuity(l!, null, at, contextOf(at));
}

/**
 * checkPolicyContinuity on a loan already read (also what the interest subsidy rests on, with its household):
 * judged on `options.asOf`.
 */
export function decideContinuity(l: LoanRecord, h: HouseholdRecord | null, options: Options & { asOf: IsoDate }, ctx: Context): ContinuityResult {
  const signed = continuitySignedRule.evaluate(l, ctx);
  const lawful = lawfulDue(l, h, options, ctx);
  const term = continuityTermRule.evaluate(l, signed.holds, lawful, options.asOf, ctx);
  const findings = [signed.finding, term.finding];
  if (lawful.granted) findings.push(lawful.granted);
  return { guaranteed: term.holds, until: term.until, findings };
}
