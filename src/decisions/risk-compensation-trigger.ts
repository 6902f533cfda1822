import { formatMoney, ZERO } from '../model/money.js';
import { Issues } from '../model/issues.js';
import { readOptions } from '../model/read-options.js';
import { readLoan, readPolicy } from '../model/read-records.js';
import type { LoanRecord, PolicyRecord } from '../model/records.js';
import { compensationCollectionRule } from '../rules/compensation-collection.js';
import { compensationFundRule } from '../rules/compensation-fund.js';
import { compensationOverdueRule, overdueEnough } from '../rules/compensation-overdue.js';
import { compensationSharesRule } from '../rules/compensation-shares.js';
import type { Context, Finding } from '../rules/rule.js';
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
 * outstanding balance is shared among the fund, insurer, guarantor and bank, in whole fen.
 *
 * @param loan - the defaulted loan
 * @param policy - the region's `RiskCompensationPolicy`; shares above 1 in total are bad input
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
  return decideCompensation(l!, p!, contextOf(opts));
}

/** riskCompensationTrigger on records already read (the audit reads each row once). */
export function decideCompensation(l: LoanRecord, p: PolicyRecord, ctx: Context): RiskCompensationResult {
  const conditions = [compensationFundRule.evaluate(p, ctx), compensationOverdueRule.evaluate(l, p, ctx), compensationCollectionRule.evaluate(l, p, ctx)];
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
 * Whether `decideCompensation` can trigger for this loan at all: not when it is short of the region's
 * overdue days (compensation.overdue_days fails, and every trigger condition must hold). The audit skips
 * the decision for the rest; test/decisions/shortcuts.test.ts holds this against the decision.
 */
export function compensationCanTrigger(l: LoanRecord, p: PolicyRecord): boolean {
  return overdueEnough(l, p);
}
