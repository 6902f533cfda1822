/**
 * The records of API.md as zod schemas; their types are inferred from them. Schemas check each
 * field; `validate.ts` adds the checks across fields and turns failures into `PolicyInputError`.
 */
import * as z from 'zod';
import { checks, type CheckName } from './checks.js';

function field<T>(check: CheckName) {
  return z.custom<T>((v) => checks[check](v) === null, { params: { check } });
}

const id = field<string>('id');
const money = field<string | number>('money');
const date = field<string>('date');
const ratio = field<string | number>('ratio');
const dayCount = field<number>('dayCount');

export const POVERTY_STATUSES = ['registered_poor', 'monitored_edge', 'none'] as const;
export const LOAN_KINDS = ['new', 'renewal', 'extension', 'top_up'] as const;
export const LOAN_CLASSES = ['normal', 'special_mention', 'substandard', 'doubtful', 'loss'] as const;
export const FUNDS_USERS = ['household', 'enterprise', 'cooperative', 'government_platform', 'other'] as const;
export const LOAN_STATUSES = ['active', 'closed'] as const;
export const JURISDICTIONS = ['HLJ', 'national'] as const;

/** A household applying for or holding poverty-alleviation microcredit. */
export const HouseholdSchema = z.object({
  id,
  povertyStatus: z.enum(POVERTY_STATUSES),
  onPovertyOfficeList: z.boolean(),
  hasIndustrialDevelopmentConditions: z.boolean().nullish(),
  hasLaborCapacity: z.boolean().nullish(),
  region: id.nullish(),
});

/** A microloan contract (new, renewal, extension or top-up) and its current state. */
export const LoanSchema = z.object({
  id,
  householdId: id,
  kind: z.enum(LOAN_KINDS),
  principal: money,
  outstanding: money,
  contractDate: date,
  maturityDate: date,
  deferredTo: date.nullish(),
  status: z.enum(LOAN_STATUSES).nullish(),
  purpose: field<string>('purpose').nullish(),
  usedBy: z.enum(FUNDS_USERS).nullish(),
  repaidBy: z.enum(FUNDS_USERS).nullish(),
  covidRepaymentDifficulty: z.boolean().nullish(),
  overdueDays: dayCount.nullish(),
  classification: z.enum(LOAN_CLASSES).nullish(),
  collectionAttempted: z.boolean().nullish(),
  region: id.nullish(),
});

/** What a household asks for: an amount and its purpose (a code or the application's text). */
export const EligibilityRequestSchema = z.object({
  amount: money,
  purpose: field<string>('purpose'),
  kind: z.enum(LOAN_KINDS).nullish(),
  replacesLoanId: id.nullish(),
});

/** A region's risk-compensation trigger conditions (风险补偿启动条件) and shares. */
export const RiskCompensationPolicySchema = z.object({
  fundEstablished: z.boolean(),
  minOverdueDays: dayCount,
  fundShare: ratio,
  insurerShare: ratio.nullish(),
  guarantorShare: ratio.nullish(),
  requireCollectionAttempted: z.boolean().nullish(),
});

/** Readings of ambiguous text a bank may pin (docs/interpretations.md). */
export const InterpretationsSchema = z.object({
  capBasis: z.enum(['outstanding', 'principal']).nullish(),
  deferralDeadline: z.enum(['later_of_six_months_and_march_2021', 'march_2021']).nullish(),
  edgeHouseholdDeferral: z.enum(['included', 'excluded']).nullish(),
  topUpRefusal: z.enum(['discretionary', 'same_as_new']).nullish(),
});

/** monitorPortfolio's thresholds: 28号 五 names no numbers, so each is the caller's. */
export const ThresholdsSchema = z.object({
  maturingSoonShare: ratio.nullish(),
  overdueShare: ratio.nullish(),
  enterpriseUseOutstanding: money.nullish(),
  nplRatio: ratio.nullish(),
  specialMentionShare: ratio.nullish(),
});

/** A bank's decision on an application, for auditLendingDecision; the records inside are read separately. */
export const LendingApplicationSchema = z.object({
  household: z.unknown(),
  request: z.unknown(),
  existingLoans: z.unknown(),
  kind: z.enum(LOAN_KINDS),
  bankDecision: z.enum(['approved', 'refused']),
  refusalReason: field<string>('id').nullish(),
});

/** Options every decision takes as its last argument. */
export const CommonOptionsSchema = z.object({
  asOf: date.nullish(),
  jurisdiction: z.enum(JURISDICTIONS).nullish(),
  interpretations: z.unknown().optional(),
});

export type Household = z.infer<typeof HouseholdSchema>;
export type Loan = z.infer<typeof LoanSchema>;
export type EligibilityRequest = z.infer<typeof EligibilityRequestSchema>;
export type RiskCompensationPolicy = z.infer<typeof RiskCompensationPolicySchema>;
export type Interpretations = z.infer<typeof InterpretationsSchema>;
export type Thresholds = z.infer<typeof ThresholdsSchema>;
export type PovertyStatus = (typeof POVERTY_STATUSES)[number];
export type LoanKind = (typeof LOAN_KINDS)[number];
export type LoanClass = (typeof LOAN_CLASSES)[number];
export type FundsUser = (typeof FUNDS_USERS)[number];
export type Jurisdiction = (typeof JURISDICTIONS)[number];
