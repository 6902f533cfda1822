import { Issues } from '../model/issues.js';
import { optionKeys, readOptions } from '../model/read-options.js';
import { readLoan } from '../model/read-records.js';
import type { LoanRecord } from '../model/records.js';
import { classifyPurpose } from '../rules/classify.js';
import { borrowedByRule } from '../rules/household-use-borrower.js';
import { usePurposeRule, isHandedOver } from '../rules/household-use-purpose.js';
import { repaidByRule } from '../rules/household-use-repayer.js';
import { usedByRule } from '../rules/household-use-user.js';
import type { Context, Finding } from '../rules/rule.js';
import type { CompiledLexicon, UsageMatch } from '../rules/usage-matcher.js';
import type { Lexicon } from '../rules/usage-lexicon.js';
import { contextOf } from './context.js';
import { readLexicon } from './lexicon.js';
import type { CommonOptions, LoanInput } from './types.js';

export interface HouseholdUseResult {
  /** `null` when neither `borrowedBy`, `usedBy`, `repaidBy` nor a recognisable purpose says anything. */
  compliant: boolean | null;
  findings: Finding[];
}

/**
 * Whether a loan keeps 户借、户用、户还 (28号 五; 47号 二): the household itself borrows (`borrowedBy`: no
 * loan in its name for someone else, 冒名、顶名), uses (`usedBy`) and repays (`repaidBy`) it, and its purpose
 * does not hand the funds to an enterprise, cooperative or government financing platform.
 *
 * @param loan - the loan, with `borrowedBy`, `usedBy`, `repaidBy` and `purpose` where known
 * @param options - `lexicon`, and the common `asOf`, `jurisdiction`, `interpretations`
 * @returns `compliant` (`null` when nothing could be judged) and one finding per rule
 * @throws {PolicyInputError} when any argument is bad; every bad field is listed in `issues`
 * @example
 * const r = checkHouseholdUse({ id: 'l1', householdId: 'h1', kind: 'new', principal: '30000', outstanding: '30000',
 *   contractDate: '2020-03-01', maturityDate: '2023-03-01', usedBy: 'household', purpose: '入股合作社分红' });
 * r.compliant // => false
 */
export function checkHouseholdUse(loan: LoanInput, options?: (CommonOptions & { lexicon?: Lexicon | null }) | null): HouseholdUseResult {
  const issues = new Issues();
  const l = readLoan(loan, 'loan', issues);
  const { options: opts, extra } = readOptions(options, issues, HOUSEHOLD_USE_OPTIONS);
  const lexicon = readLexicon(extra.lexicon, issues);
  issues.throwIfAny();
  return decideHouseholdUse(l!, lexicon, contextOf(opts));
}

/**
 * checkHouseholdUse on a loan already read (the audit reads each row once); `usage` is the purpose's
 * classification when the caller already has it.
 */
export function decideHouseholdUse(l: LoanRecord, lexicon: CompiledLexicon, ctx: Context, usage?: UsageMatch | null): HouseholdUseResult {
  const match = usage !== undefined ? usage : l.purpose === null ? null : classifyPurpose(l.purpose, lexicon);
  const findings = [
    borrowedByRule.evaluate(l.borrowedBy, ctx).finding,
    usedByRule.evaluate(l.usedBy, ctx).finding,
    repaidByRule.evaluate(l.repaidBy, ctx).finding,
    usePurposeRule.evaluate(match, ctx).finding,
  ];
  const judged = findings.filter((f) => f.outcome === 'pass' || f.outcome === 'fail');
  return { compliant: judged.length === 0 ? null : judged.every((f) => f.outcome === 'pass'), findings };
}

const HOUSEHOLD_USE_OPTIONS = optionKeys('lexicon');

/**
 * Whether `decideHouseholdUse` can find a breach for this loan: only when it records who borrowed, used or
 * repaid the funds (otherwise those three rules do not apply) or its purpose hands them over (otherwise the purpose
 * rule passes or does not apply). The audit skips the decision for the rest; test/decisions/shortcuts.test.ts
 * holds this against the decision.
 */
export function householdUseCanFail(l: LoanRecord, usage: UsageMatch | null): boolean {
  return l.borrowedBy !== null || l.usedBy !== null || l.repaidBy !== null || (usage !== null && isHandedOver(usage.category));
}
