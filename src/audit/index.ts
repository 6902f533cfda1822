/**
 * The portfolio audit's surface, for the CLI and a web page (neither computes anything the audit does not):
 * the engine, the readers of its inputs, and rows to records.
 */
export { PortfolioAudit, type AuditFinding, type AuditSettings, type AuditSummary, type Emit, type InvalidRow, type Lang, type PolicySet } from './engine.js';
export { interpretationsOf, readAuditLeadBanks, readAuditOptions, readAuditThresholds } from './options.js';
export { readPolicySet } from './policy-set.js';
export { type CellType, type Columns, columnsOf, convertCell, HeaderError, HOUSEHOLD_COLUMNS, LOAN_COLUMNS, readHeader, recordOf } from './rows.js';
