/**
 * fupin-xindai — 银保监发〔2020〕28号 and 黑金发〔2020〕47号 as pure rule functions.
 * This file is the public surface only.
 *
 * @packageDocumentation
 */

// The decisions
export { checkEligibility, type EligibilityOptions, type EligibilityResult } from './decisions/check-eligibility.js';
export { computeMaxTopUp, type MaxTopUpResult } from './decisions/compute-max-top-up.js';
export { computeDeferralDeadline, type DeferralResult } from './decisions/compute-deferral-deadline.js';
export { classifyUsage, type UsageOptions, type UsageResult } from './decisions/classify-usage.js';
export { riskCompensationTrigger, type RiskCompensationResult } from './decisions/risk-compensation-trigger.js';
export { checkPolicyContinuity, type ContinuityResult } from './decisions/check-policy-continuity.js';
export { checkInterestSubsidy, type InterestSubsidyResult } from './decisions/check-interest-subsidy.js';
export { checkHouseholdUse, type HouseholdUseResult } from './decisions/check-household-use.js';
export { monitorPortfolio, type MonitorOptions, type PortfolioReport, type RegionReport } from './decisions/monitor-portfolio.js';
export { obligationsOf } from './decisions/obligations-of.js';
export { auditLendingDecision, type LendingApplication, type LendingAuditResult } from './decisions/audit-lending-decision.js';
export type { CommonOptions } from './decisions/types.js';

// Parse once, decide many times
export { parseEligibilityRequest, parseHousehold, parseLoan, parseRiskCompensationPolicy } from './model/parse.js';

// Records and errors
export {
  FUNDS_USERS,
  JURISDICTIONS,
  LOAN_CLASSES,
  LOAN_KINDS,
  LOAN_STATUSES,
  POVERTY_STATUSES,
  EligibilityRequestSchema,
  HouseholdSchema,
  InterpretationsSchema,
  LeadBanksSchema,
  LoanSchema,
  RiskCompensationPolicySchema,
  ThresholdsSchema,
  type EligibilityRequest,
  type FundsUser,
  type Household,
  type Interpretations,
  type Jurisdiction,
  type LeadBanks,
  type Loan,
  type LoanClass,
  type LoanKind,
  type PovertyStatus,
  type RiskCompensationPolicy,
  type Thresholds,
} from './model/schemas.js';
export { isPolicyInputError, PolicyInputError, type PolicyInputIssue, type PolicyInputIssueCode } from './model/errors.js';
export type { IsoDate } from './model/dates.js';

/** Yuan: a plain decimal string or a number, exact to the fen. */
export type Money = string | number;
/** A share between 0 and 1, as a decimal string or a number. */
export type Ratio = string | number;

// Rules, clauses and sources
export { rules, RULESET_VERSION } from './rules/index.js';
export type { Finding, GovernedBy, Message, Outcome, Rule, Severity, Facts, FactValue } from './rules/rule.js';
export { defaultLexicon, USAGE_PURPOSES, type Lexicon, type UsagePurpose } from './rules/usage-lexicon.js';
export { createLexicon } from './decisions/lexicon.js';
export { clauses, getClause } from './sources/clauses.js';
export { canonicalText, CBIRC_2020_28, documents, HLJ_2020_47, type PolicyDocument } from './sources/documents.js';
export { corrections, type Correction } from './sources/corrections.js';
export { parameters, type Parameter } from './sources/parameters.js';
export { parties, PARTY_CODES, type Party } from './sources/parties.js';
export type { ArticleSource, Citation, Clause, ClauseKind, DocumentId, PartyCode, SentenceSource } from './sources/types.js';
