import type { IsoDate } from '../model/dates.js';
import { Issues } from '../model/issues.js';
import { readOptions } from '../model/read-options.js';
import { readHousehold, readLoan } from '../model/read-records.js';
import type { HouseholdRecord, LoanRecord, Options } from '../model/records.js';
import { deferralDeadlineRule, type LawfulTerm } from '../rules/deferral-deadline.js';
import { deferralDifficultyRule } from '../rules/deferral-difficulty.js';
import { deferralGrantedRule } from '../rules/deferral-granted.js';
import { deferralHouseholdRule } from '../rules/deferral-household.js';
import { deferralMaturityRule } from '../rules/deferral-maturity.js';
import { deferralOwedRule } from '../rules/deferral-owed.js';
import { deferralRateRule } from '../rules/deferral-rate.js';
import { type Context, type Evaluation, failedIn, type Finding } from '../rules/rule.js';
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
 * against that deadline; with `asOf`, a qualifying loan with no recorded deferral that fell overdue
 * (`asOf` − `overdueDays`) on or before its deadline is one the bank should have extended (28号 四,
 * 应展尽展); and the bank is reminded of the encouragement to lower the rate. Every rule here judges the
 * loan's own dates, so the answer does not change with how late `asOf` is.
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

/**
 * Whether `decideDeferral` can say anything the audit counts or reports: only for a loan with epidemic
 * difficulty on record (without it, deferral.covid_difficulty fails and the loan cannot qualify) or a
 * recorded deferral (which deferral.granted_within_limit judges). The audit skips the decision for the
 * rest; test/decisions/shortcuts.test.ts holds this against the decision.
 */
export function deferralCanFind(l: LoanRecord): boolean {
  return l.covidRepaymentDifficulty || l.deferredTo !== null;
}

/** Whether the loan's recorded deferral goes past what the policy allows (its deferral.granted_within_limit finding failed). */
export function grantedBeyondLimit(result: DeferralResult): boolean {
  return failedIn(result.findings, deferralGrantedRule);
}

/** Whether the loan qualified for the deferral and fell overdue by its deadline with none recorded (应展尽展; deferral.extension_owed failed). */
export function extensionWithheld(result: DeferralResult): boolean {
  return failedIn(result.findings, deferralOwedRule);
}

/** computeDeferralDeadline on records already read (the audit reads each row once). */
export function decideDeferral(l: LoanRecord, h: HouseholdRecord, opts: Options, ctx: Context): DeferralResult {
  const conditions = conditionsOf(l, h, opts, ctx);
  const deadline = deferralDeadlineRule.evaluate(
    l,
    conditions.every((e) => e.holds),
    opts,
    ctx,
  );
  // The deadline rule holds only for a qualifying loan, so it alone says eligible.
  const eligible = deadline.holds;
  return {
    eligible,
    deadline: deadline.deadline,
    findings: [
      ...conditions.map((e) => e.finding),
      deadline.finding,
      deferralGrantedRule.evaluate(l, deadline.deadline, ctx).finding,
      deferralOwedRule.evaluate(l, deadline.deadline, ctx).finding,
      deferralRateRule.evaluate(eligible, ctx).finding,
    ],
  };
}

/** The deferral's conditions on the household (when known), the difficulty and the maturity. */
function conditionsOf(l: LoanRecord, h: HouseholdRecord | null, opts: Options, ctx: Context): Evaluation[] {
  const loanConditions = [deferralDifficultyRule.evaluate(l, ctx), deferralMaturityRule.evaluate(l, ctx)];
  return h === null ? loanConditions : [deferralHouseholdRule.evaluate(h, opts, ctx), ...loanConditions];
}

/** A loan's real due date under the notices, and the finding on its recorded deferral. */
export interface LawfulDue extends LawfulTerm {
  /** deferral.granted_within_limit's finding on the recorded deferral (failed for an excess); `null` when none is recorded. */
  readonly granted: Finding | null;
}

/**
 * The date to which a loan is lawfully due: only a deferral 28号 三 allows extends anything (延长还款期间各项政策
 * 保持不变 covers the extension 三 grants, not one recorded beyond it). A recorded `deferredTo` counts up to
 * `computeDeferralDeadline`'s deadline when the loan qualifies — epidemic difficulty, maturity in the window,
 * and the household, which, when not given (`null`), is taken to have qualified, since the loan was made to it.
 */
export function lawfulDue(l: LoanRecord, h: HouseholdRecord | null, opts: Options, ctx: Context): LawfulDue {
  if (l.deferredTo === null) return { due: l.maturityDate, granted: null, deferred: false };
  const deadline = deferralDeadlineRule.evaluate(
    l,
    conditionsOf(l, h, opts, ctx).every((e) => e.holds),
    opts,
    ctx,
  ).deadline;
  const granted = deferralGrantedRule.evaluate(l, deadline, ctx).finding;
  if (deadline === null) return { due: l.maturityDate, granted, deferred: false };
  // The deadline is never before maturity (maturity is at most 2021-03-31), nor is a recorded deferral.
  const due = l.deferredTo < deadline ? l.deferredTo : deadline;
  return { due, granted, deferred: due > l.maturityDate };
}
