/**
 * The argument types of the public functions. Records are typed from the zod schemas; at run time
 * every argument is checked anyway, so JavaScript callers get the same `PolicyInputError`.
 */
import type { IsoDate } from '../model/dates.js';
import type { EligibilityRequest, Household, Interpretations, Jurisdiction, Loan, RiskCompensationPolicy } from '../model/schemas.js';

export type HouseholdInput = Household;
export type LoanInput = Loan;
export type EligibilityRequestInput = EligibilityRequest;
export type RiskCompensationPolicyInput = RiskCompensationPolicy;

/** Options every decision takes as its last argument. */
export interface CommonOptions {
  /** The date the decision is made for; a rule whose period does not cover it is `not_applicable`. */
  asOf?: IsoDate | null;
  /** `'HLJ'` (default) applies both notices; `'national'` applies 28号 alone. */
  jurisdiction?: Jurisdiction | null;
  /** Pins documented readings of ambiguous text (docs/interpretations.md). */
  interpretations?: Interpretations | null;
}
