import { formatMoney, ZERO } from '../model/money.js';
import { Issues } from '../model/issues.js';
import { readOptions } from '../model/read-options.js';
import { readLoan, readPolicy } from '../model/read-records.js';
import type { LoanRecord, Options, PolicyRecord } from '../model/records.js';
import { compensationActiveRule } from '../rules/compensation-active.js';
import { compensationCollectionRule } from '../rules/compensation-collection.js';
import { compensationDeferralRule, overdueInsideDeferral } from '../rules/compensation-deferral.js';
import { compensationFundRule } from '../rules/compensation-fund.js';
import { compensationOverdueRule, overdueEnough } from '../rules/compensation-overdue.js';
import { compensationSharesRule } from '../rules/compensation-shares.js';
import type { Context, Finding } from '../rules/rule.js';
import { lawfulDue } from './compute-deferral-deadline.js';
import { contextOf } from './context.js';
import type { CommonOptions, LoanInput, RiskCompensationPolicyInput } from './types.js';

export interface RiskCompensationResult {
  triggered: boolean;
  /** The outstanding balance when triggered, else `'0.00'`. */
  compensableAmount: string;
  /** Whole-fen shares summing exactly to `compensableAmount`. */
  shares: { fund: string; insurer: string; guarantor: string; bank: string };
  findings: Finding[];
}

/**
 * Whether a loan triggers risk compensation under a region's own conditions (28号 二 and 五; 47号
 * 二 and 三 — no national trigger exists, so the policy is always an argument), and how the
 * outstanding balance is shared among the fund, insurer, guarantor and bank, in whole fen. Only a real
 * default triggers: never a `closed` loan, and not a loan inside a lawful deferral on `asOf` (28号 三, as far
 * as `computeDeferralDeadline` allows a recorded `deferredTo`; the household, not given here, is taken to
 * have qualified, since the loan was made to it) — one that carries overdue days there gets a failed
 * finding, its record being inconsistent. Without `asOf` the overdue days decide.
 *
 * @param loan - the defaulted loan
 * @param policy - the region's `RiskCompensationPolicy`; shares above 1 in total, or `minOverdueDays` 0, are bad input
 * @param options - the common `asOf`, `jurisdiction`, `interpretations`
 * @returns `triggered`, `compensableAmount`, `shares` (yuan strings) and one finding per condition
 * @throws {PolicyInputError} when any argument is bad; every bad field is listed in `issues`
 * @example
 * const r = riskCompensationTrigger(
 *   { id: 'l1', householdId: 'h1', kind: 'new', principal: '10000', outstanding: '100.01',
 *     contractDate: '2019-05-01', maturityDate: '2020-05-01', overdueDays: 120 },
 *   { fundEstablished: true, minOverdueDays: 90, fundShare: '0.5', insurerShare: '0.5' },
 * );
 * r.shares // => { fund: '50.01', insurer: '50.00', guarantor: '0.00', bank: '0.00' }
 */
export function riskCompensationTrigger(loan: LoanInput, policy: RiskCompensationPolicyInput, options?: CommonOptions | null): RiskCompensationResult {
  const issues = new Issues();
  const l = readLoan(loan, 'loan', issues);
  const p = readPolicy(policy, 'policy', issues);
  const { options: opts } = readOptions(options, issues);
  issues.throwIfAny();
  return decideCompensation(l!, p!, opts, contextOf(opts));
}

/** riskCompensationTrigger on records already read (the audit reads each row once). */
export function decideCompensation(l: LoanRecord, p: PolicyRecord, opts: Options, ctx: Context): RiskCompensationResult {
  const conditions = [
    compensationActiveRule.evaluate(l, ctx),
    compensationFundRule.evaluate(p, ctx),
    compensationOverdueRule.evaluate(l, p, ctx),
    // The household is not given: lawfulDue takes it to have qualified, since the loan was made to it.
    compensationDeferralRule.evaluate(l, lawfulDue(l, null, opts, ctx), ctx),
    compensationCollectionRule.evaluate(l, p, ctx),
  ];
  const split = compensationSharesRule.evaluate(
    conditions.every((e) => e.holds),
    l.outstanding,
    p,
    ctx,
  );
  const findings = [...conditions.map((e) => e.finding), split.finding];
  // Not triggered, the shares rule gives every party 0.00; a fresh object, so callers may keep it.
  return {
    triggered: split.holds,
    compensableAmount: split.holds ? formatMoney(l.outstanding) : NOTHING,
    shares: {
      fund: split.shares.fund,
      insurer: split.shares.insurer,
      guarantor: split.shares.guarantor,
      bank: split.shares.bank,
    },
    findings,
  };
}

const NOTHING = formatMoney(ZERO);

/**
 * The finding that shares a compensation out (compensation.shares): for a triggered loan it passes and its
 * facts give the compensable amount and the four shares (`fund`, `insurer`, `guarantor`, `bank`), so a report
 * that lists it for every triggered loan lets the fund total be summed by hand.
 */
export function sharesFindingOf(r: RiskCompensationResult): Finding | undefined {
  return r.findings.find((f) => f.ruleId === compensationSharesRule.id);
}

/**
 * Whether `decideCompensation` can trigger for this loan or report anything the audit reports: not for a
 * closed loan (compensation.loan_active fails), nor for one short of the region's overdue days
 * (compensation.overdue_days fails, and every trigger condition must hold) — unless, short of them, it
 * carries overdue days inside a lawful deferral, which compensation.outside_deferral reports. The audit skips
 * the decision for the rest; test/decisions/shortcuts.test.ts holds this against the decision.
 */
export function compensationCanTrigger(l: LoanRecord, p: PolicyRecord, opts: Options, ctx: Context): boolean {
  if (!l.active) return false;
  if (overdueEnough(l, p)) return true;
  // Cheap tests first: the audit runs this for every loan, and most have no deferral.
  return l.deferredTo !== null && l.overdueDays > 0 && ctx.asOf !== null && overdueInsideDeferral(l, lawfulDue(l, null, opts, ctx), ctx.asOf);
}
