/** The shell of a lending application (auditLendingDecision); its household, request and loans are read by their own readers. */
import { checks } from './checks.js';
import type { IsoDate } from './dates.js';
import type { Issues } from './issues.js';
import { checkDecisionDate } from './read-options.js';
import { given } from './read-records.js';
import type { ApplicationRecord } from './records.js';
import { LendingApplicationSchema, type LoanKind } from './schemas.js';
import { check } from './schema-check.js';

/**
 * Reads the shell of a lending application; its household, request and loans are read separately. A
 * `decisionDate` before 28号 was issued is bad input, as `asOf` is.
 */
export function readApplication(value: unknown, path: string, issues: Issues): ApplicationRecord | undefined {
  const checked = check(LendingApplicationSchema, value, path, issues);
  if (!checked) return undefined;
  const { raw } = checked;
  const decisionDate = given<IsoDate>(raw.decisionDate);
  if (decisionDate !== null && checks.date(decisionDate) === null) checkDecisionDate(decisionDate, `${path}.decisionDate`, issues);
  return {
    kind: raw.kind as LoanKind,
    bankDecision: raw.bankDecision as 'approved' | 'refused',
    refusalReason: given(raw.refusalReason),
    household: raw.household,
    request: raw.request,
    existingLoans: raw.existingLoans,
    decisionDate,
  };
}
