/**
 * Read once, decide many times: what a batch caller (the portfolio audit) needs to read each row the way
 * every decision reads its arguments, and then call the `decide…` functions on the records. One reading
 * of records for the public functions and for the audit, so the two cannot accept different rows.
 */
export { Issues, readHousehold, readLoan, readOptions, readPolicy, readThresholds } from '../model/validate.js';
export type { HouseholdRecord, LoanRecord, Options, PolicyRecord } from '../model/validate.js';
export { HouseholdSchema, InterpretationsSchema, LoanSchema, type Interpretations, type Jurisdiction } from '../model/schemas.js';
export { DEFAULT_COMPILED } from '../rules/classify.js';
export type { CompiledLexicon } from '../rules/usage-matcher.js';
