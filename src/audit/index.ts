/**
 * The portfolio audit's surface, for the CLI and the offline page, through src/app (neither computes anything the audit does not):
 * the engine, the readers of its inputs, and rows to records.
 */
export {
  PortfolioAudit,
  type AuditFinding,
  type AuditSettings,
  type AuditSummary,
  type Emit,
  type InvalidRow,
  type Lang,
  type LoanPart,
  type PolicySet,
} from './engine.js';
export { hash64, RangeIds } from './id-hashes.js';
export { HouseholdMap, type HouseholdStore } from './households.js';
export type { HouseholdRecord } from '../decisions/records.js';
export { interpretationsOf, readAuditLeadBanks, readAuditOptions, readAuditThresholds } from './options.js';
export { readPolicySet } from './policy-set.js';
export {
  type CellType,
  closest,
  type ColumnMap,
  type ColumnMaps,
  type Columns,
  columnsOf,
  convertCell,
  describeRowFault,
  HeaderError,
  headerKey,
  type HeaderMatch,
  HOUSEHOLD_COLUMNS,
  LOAN_COLUMNS,
  matchHeader,
  readColumnMap,
  readHeader,
  readRow,
  recordOf,
  type RowFault,
} from './rows.js';
export { CHINESE_HEADERS, CHINESE_VALUES } from './bank-exports.js';
