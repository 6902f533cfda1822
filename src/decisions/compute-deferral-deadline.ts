import type { IsoDate } from '../model/dates.js';
import { Issues } from '../model/issues.js';
import { readOptions } from '../model/read-options.js';
import { readHousehold, readLoan } from '../model/read-records.js';
import type { HouseholdRecord, LoanRecord, Options } from '../model/records.js';
import { evaluateDeferralDeadline } from '../rules/deferral-deadline.js';
import { evaluateDeferralDifficulty } from '../rules/deferral-difficulty.js';
import { evaluateDeferralGranted } from '../rules/deferral-granted.js';
import { evaluateDeferralHousehold } from '../rules/deferral-household.js';
import { evaluateDeferralMaturity } from '../rules/deferral-maturity.js';
import { evaluateDeferralRate } from '../rules/deferral-rate.js';
import type { Context, Finding } from '../rules/rule.js';
import { checkBelongs, contextOf } from './context.js';
import type { CommonOptions, HouseholdInput, LoanInput } from './types.js';

export interface DeferralResult {
  eligible: boolean;
  /** The latest repayment date the policy allows, or `null` when the loan does not qualify. */
  deadline: IsoDate | null;
  findings: Finding[];
}

/**
 * The latest repayment date 28号 三 allows a borrower in epidemic-related difficulty. Eligible when
 * the household is registered poor or an edge household, `covidRepaymentDifficulty` is true and
 * the loan matures from 2020-01-01 through 2021-03-31; the deadline is then the later of maturity +
 * 6 months (clamped to month end) and 2021-03-31. Findings also check a recorded `deferredTo`
 * against that deadline, and remind the bank of the encouragement to lower the rate.
 *
 * @param loan - the loan; it must belong to `household`
 * @param household - the borrower
 * @param options - the common `asOf`, `jurisdiction`, `interpretations`
 * @returns `eligible`, `deadline` (`'YYYY-MM-DD'` or `null`) and one finding per rule
 * @throws {PolicyInputError} when any argument is bad; every bad field is listed in `issues`
 * @example
 * const r = computeDeferralDeadline(
 *   { id: 'l1', householdId: 'h1', kind: 'new', principal: '30000', outstanding: '30000',
 *     contractDate: '2019-09-30', maturityDate: '2020-12-31', covidRepaymentDifficulty: true },
 *   { id: 'h1', povertyStatus: 'registered_poor', onPovertyOfficeList: true },
 * );
 * [r.eligible, r.deadline] // => [true, '2021-06-30']
 */
export function computeDeferralDeadline(loan: LoanInput, household: HouseholdInput, options?: CommonOptions | null): DeferralResult {
  const issues = new Issues();
  const l = readLoan(loan, 'loan', issues);
  const h = readHousehold(household, 'household', issues);
  checkBelongs(l, h, 'loan', issues);
  const { options: opts } = readOptions(options, issues);
  issues.throwIfAny();
  return decideDeferral(l!, h!, opts, contextOf(opts));
}

/** computeDeferralDeadline on records already read (the audit reads each row once). */
export function decideDeferral(l: LoanRecord, h: HouseholdRecord, opts: Options, ctx: Context): DeferralResult {
  const conditions = [evaluateDeferralHousehold(h, opts, ctx), evaluateDeferralDifficulty(l, ctx), evaluateDeferralMaturity(l, ctx)];
  const qualifies = conditions.every((e) => e.holds);
  const deadline = evaluateDeferralDeadline(l, qualifies, opts, ctx);
  // The deadline rule holds only for a qualifying loan inside its period, so it alone says eligible.
  const eligible = deadline.holds;
  return {
    eligible,
    deadline: deadline.deadline,
    findings: [
      ...conditions.map((e) => e.finding),
      deadline.finding,
      evaluateDeferralGranted(l, deadline.deadline, ctx).finding,
      evaluateDeferralRate(eligible, ctx),
    ],
  };
}
