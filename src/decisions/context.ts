/**
 * What every decision does first: read the common options, collect the issues of every argument,
 * and stop with one `PolicyInputError` before any rule runs.
 */
import type { IsoDate } from '../model/dates.js';
import type { Issues } from '../model/issues.js';
import { DEFAULT_OPTIONS } from '../model/read-options.js';
import type { HouseholdRecord, LoanRecord, Options } from '../model/records.js';
import type { Context } from '../rules/rule.js';

const DEFAULT_CONTEXT: Context = Object.freeze({ asOf: DEFAULT_OPTIONS.asOf, jurisdiction: DEFAULT_OPTIONS.jurisdiction });

export function contextOf(options: Options): Context {
  return options === DEFAULT_OPTIONS ? DEFAULT_CONTEXT : { asOf: options.asOf, jurisdiction: options.jurisdiction };
}

/**
 * The context of a rule about an act (`governedBy: 'act'`): the act's own date in place of `asOf`, so the
 * rule is judged by the day the act was done whatever the position's date (docs/interpretations.md, "When the rules apply").
 */
export function contextOfAct(options: Options, actDate: IsoDate | null): Context {
  return actDate === null || actDate === options.asOf ? contextOf(options) : { asOf: actDate, jurisdiction: options.jurisdiction };
}

/** A loan must belong to the household it is decided with; a mismatch is a caller's mix-up, not a decision. */
export function checkBelongs(loan: LoanRecord | undefined, household: HouseholdRecord | undefined, path: string, issues: Issues): void {
  if (loan && household && loan.householdId !== household.id) {
    issues.add(`${path}.householdId`, 'range', `must be the household's id ('${household.id.slice(0, 40)}')`);
  }
}
