/**
 * Read once, decide many times: what a batch caller (the portfolio audit) needs to read each row the way
 * every decision reads its arguments, and then call the `decide…` functions on the records. One reading
 * of records for the public functions and for the audit, so the two cannot accept different rows.
 */
export { Issues } from '../model/issues.js';
export { readLeadBanks, readOptions, readThresholds } from '../model/read-options.js';
export { readHousehold, readLoan, readPolicy } from '../model/read-records.js';
export type { HouseholdRecord, LoanRecord, Options, PolicyRecord } from '../model/records.js';
export {
  HouseholdSchema,
  InterpretationsSchema,
  LoanSchema,
  RiskCompensationPolicySchema,
  ThresholdsSchema,
  type Interpretations,
  type Jurisdiction,
} from '../model/schemas.js';
export { DEFAULT_COMPILED } from '../rules/classify.js';
export type { CompiledLexicon } from '../rules/usage-matcher.js';
