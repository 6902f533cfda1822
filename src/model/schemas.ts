/**
 * The library's records as zod schemas; their types are inferred from them. Each schema is the whole
 * check of its record: every field's own check, and the checks across fields (an edge household's two
 * conditions, dates in order, a request above zero, a replaced loan only on a renewal or extension,
 * shares within 1, a compensation trigger of at least one day overdue), so `XSchema.safeParse(record).success`
 * is true exactly when the decisions accept the record. The readers (`read-records.ts` and its neighbours)
 * only run these schemas and convert what passed; `schema-check.ts` turns their issues into the library's
 * `PolicyInputIssue`s.
 *
 * Two things stay with the decisions. Checks between arguments (a loan belongs to the household it
 * is decided with; a replaced loan is one of the household's active loans given) need more than one
 * record. And the decisions refuse what is not plain data (a class instance, inherited fields, a
 * getter that throws): zod hands a schema's checks the fields it read, not the object given, so
 * those are the door's own (`plain-objects.ts`). A record from `JSON.parse` is always plain data.
 *
 * Each schema is still a `z.ZodObject` with `.shape`. `.extend()` (new keys) and `.safeExtend()` keep
 * the checks across fields; zod refuses `.pick()`, `.omit()`, `.partial()` and `.merge()` on a
 * schema with checks across fields, so build a variant from `z.object(Schema.shape)`, knowing it
 * checks each field alone.
 */
import * as z from 'zod';
import { checks, type CheckName } from './checks.js';
import type { PolicyInputIssueCode } from './errors.js';
import { toDecimal } from './money.js';
import { shareParts } from './shares.js';

/**
 * A field checked by one of `checks`. Its issue does not abort the record (zod's default for
 * `z.custom`), so the record's check across fields still runs and says what else is wrong.
 */
function field<T>(check: CheckName) {
  return z.custom<T>((v) => checks[check](v) === null, { params: { check }, abort: false });
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

/**
 * A check across a record's fields, run after each field's own check. `ok(key)` says whether a field
 * passed its own check: a check across fields judges only fields that did, so a bad date is reported
 * once, as a bad date. `report` names the field at fault, or with `null` the whole record.
 */
export type AcrossFields = (record: Readonly<Record<string, unknown>>, ok: (key: string) => boolean, report: AcrossFieldsReport) => void;
export type AcrossFieldsReport = (key: string | null, code: PolicyInputIssueCode, message: string) => void;

/** A zod issue raised by a check across fields carries the library's issue code here. */
export interface AcrossFieldsParams {
  readonly code: PolicyInputIssueCode;
}

const acrossFields = new WeakMap<z.ZodObject, AcrossFields>();

/** The check across fields a schema runs, for the fast form (`schema-check.ts`), which calls it directly. */
export function checkAcrossFieldsOf(schema: z.ZodObject): AcrossFields | undefined {
  return acrossFields.get(schema);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The schema with `across` as its refinement. It stays a `z.ZodObject` (with `.shape`); it runs
 * whenever the value was an object, even when other fields failed (each check says which fields it
 * needs), so a record's every issue is reported at once.
 */
function withCheckAcrossFields<S extends z.ZodObject>(schema: S, across: AcrossFields): S {
  const refined = schema.superRefine(
    (record, ctx) => {
      // The fields' own issues, before this check adds any: what `ok` answers from.
      const own = ctx.issues.length;
      const ok = (key: string) => {
        for (let i = 0; i < own; i++) if (ctx.issues[i]!.path?.[0] === key) return false;
        return true;
      };
      across(record, ok, (key, code, message) => {
        ctx.addIssue({ code: 'custom', path: key === null ? [] : [key], message, params: { code } satisfies AcrossFieldsParams });
      });
    },
    { when: (payload) => isRecord(payload.value) },
  );
  acrossFields.set(refined, across);
  return refined;
}

const EDGE_CONDITIONS = ['hasIndustrialDevelopmentConditions', 'hasLaborCapacity'] as const;

/** A household applying for or holding poverty-alleviation microcredit. */
export const HouseholdSchema = withCheckAcrossFields(
  z.object({
    id,
    povertyStatus: z.enum(POVERTY_STATUSES),
    onPovertyOfficeList: z.boolean(),
    /** Required when `povertyStatus` is `'monitored_edge'`. */
    hasIndustrialDevelopmentConditions: z.boolean().nullish(),
    /** Required when `povertyStatus` is `'monitored_edge'`. */
    hasLaborCapacity: z.boolean().nullish(),
    region: id.nullish(),
  }),
  (h, ok, report) => {
    if (h.povertyStatus !== 'monitored_edge') return;
    // 28号 二 admits an edge household only on both conditions, so the record must say.
    for (const key of EDGE_CONDITIONS) {
      if ((h[key] === undefined || h[key] === null) && ok(key)) report(key, 'required', "is required when povertyStatus is 'monitored_edge'");
    }
  },
);

/** A microloan contract (new, renewal, extension or top-up) and its current state; its dates in order. */
export const LoanSchema = withCheckAcrossFields(
  z.object({
    id,
    householdId: id,
    kind: z.enum(LOAN_KINDS),
    principal: money,
    outstanding: money,
    contractDate: date,
    /** On or after `contractDate`. */
    maturityDate: date,
    /** On or after `maturityDate`. */
    deferredTo: date.nullish(),
    status: z.enum(LOAN_STATUSES).nullish(),
    purpose: field<string>('purpose').nullish(),
    /** Who actually borrows (户借): the household, or another behind a loan in its name (冒名、顶名). */
    borrowedBy: z.enum(FUNDS_USERS).nullish(),
    usedBy: z.enum(FUNDS_USERS).nullish(),
    repaidBy: z.enum(FUNDS_USERS).nullish(),
    covidRepaymentDifficulty: z.boolean().nullish(),
    overdueDays: dayCount.nullish(),
    classification: z.enum(LOAN_CLASSES).nullish(),
    collectionAttempted: z.boolean().nullish(),
    region: id.nullish(),
    /** The bank that lent it, as the lead-bank register names banks (主责任银行, 28号 四). */
    lender: id.nullish(),
  }),
  (l, ok, report) => {
    // ISO dates compare as text.
    if (ok('contractDate') && ok('maturityDate') && (l.maturityDate as string) < (l.contractDate as string)) {
      report('maturityDate', 'date', 'must not be before contractDate');
    }
    if (
      ok('maturityDate') &&
      ok('deferredTo') &&
      l.deferredTo !== undefined &&
      l.deferredTo !== null &&
      (l.deferredTo as string) < (l.maturityDate as string)
    ) {
      report('deferredTo', 'date', 'must not be before maturityDate');
    }
  },
);

/**
 * What a household asks for: an amount above zero and its purpose (a code or the application's
 * text); `replacesLoanId` only on a renewal or an extension (or with no kind given).
 */
export const EligibilityRequestSchema = withCheckAcrossFields(
  z.object({
    amount: money,
    purpose: field<string>('purpose'),
    kind: z.enum(LOAN_KINDS).nullish(),
    replacesLoanId: id.nullish(),
  }),
  (r, ok, report) => {
    // Good money is a number, or a string of digits and one point: zero when no digit is 1-9.
    if (ok('amount') && (typeof r.amount === 'number' ? r.amount === 0 : !/[1-9]/.test(r.amount as string)))
      report('amount', 'range', 'must be more than zero');
    if (ok('kind') && ok('replacesLoanId') && r.replacesLoanId !== undefined && r.replacesLoanId !== null && (r.kind === 'new' || r.kind === 'top_up')) {
      report('replacesLoanId', 'range', 'only a renewal or an extension replaces a loan');
    }
  },
);

const policyFields = {
  fundEstablished: z.boolean(),
  minOverdueDays: dayCount,
  fundShare: ratio,
  insurerShare: ratio.nullish(),
  guarantorShare: ratio.nullish(),
  requireCollectionAttempted: z.boolean().nullish(),
};
const POLICY_KEYS = Object.keys(policyFields);

/**
 * A region's risk-compensation trigger conditions (风险补偿启动条件) and shares, which must not sum above 1.
 * Compensation makes good a default, and a loan 0 days overdue is in none: `minOverdueDays` is at least 1.
 */
export const RiskCompensationPolicySchema = withCheckAcrossFields(z.object(policyFields), (p, ok, report) => {
  if (ok('minOverdueDays') && p.minOverdueDays === 0) {
    report('minOverdueDays', 'range', 'must be at least 1: a loan 0 days overdue is not in default');
    return;
  }
  // Judged as a whole only when every field is good; absent shares are 0, and the bank's part is what is left.
  if (!POLICY_KEYS.every(ok)) return;
  const share = (v: unknown) => toDecimal(v === undefined || v === null ? 0 : (v as string | number));
  if (shareParts(share(p.fundShare), share(p.insurerShare), share(p.guarantorShare)).parts[3] < 0n) {
    report(null, 'range', 'fundShare + insurerShare + guarantorShare must not exceed 1');
  }
});

const interpretationFields = {
  capBasis: z.enum(['outstanding', 'principal']).nullish(),
  deferralDeadline: z.enum(['later_of_six_months_and_march_2021', 'march_2021']).nullish(),
  edgeHouseholdDeferral: z.enum(['included', 'excluded']).nullish(),
  topUpRefusal: z.enum(['discretionary', 'same_as_new']).nullish(),
};

/**
 * Readings of ambiguous text a bank may pin (docs/interpretations.md). Strict: a key that is not an
 * interpretation (a misspelt one would silently leave the default in force) is refused.
 */
export const InterpretationsSchema = z.strictObject(interpretationFields, {
  error: (iss) => (iss.code === 'unrecognized_keys' ? `is not a known interpretation (known: ${Object.keys(interpretationFields).join(', ')})` : undefined),
});

/** monitorPortfolio's thresholds: 28号 五 names no numbers, so each is the caller's. */
export const ThresholdsSchema = z.object({
  maturingSoonShare: ratio.nullish(),
  overdueShare: ratio.nullish(),
  enterpriseUseOutstanding: money.nullish(),
  notForProductionOutstanding: money.nullish(),
  nplRatio: ratio.nullish(),
  specialMentionShare: ratio.nullish(),
});

/**
 * monitorPortfolio's lead-bank register (主责任银行, 28号 四 and 47号 三: 以乡镇为单位…实行名单制管理): each region's
 * lead bank, both non-blank, the region as the records write it.
 */
export const LeadBanksSchema = z.record(
  z.string().refine((region) => checks.id(region) === null, { error: 'a region must not be blank' }),
  id,
);

/**
 * A bank's decision on an application, for auditLendingDecision; the records inside are read separately.
 * `decisionDate` is the day the bank decided (default the options' `asOf`).
 */
export const LendingApplicationSchema = z.object({
  household: z.unknown(),
  request: z.unknown(),
  existingLoans: z.unknown(),
  kind: z.enum(LOAN_KINDS),
  bankDecision: z.enum(['approved', 'refused']),
  refusalReason: field<string>('id').nullish(),
  decisionDate: date.nullish(),
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
export type LeadBanks = z.infer<typeof LeadBanksSchema>;
export type PovertyStatus = (typeof POVERTY_STATUSES)[number];
export type LoanKind = (typeof LOAN_KINDS)[number];
export type LoanClass = (typeof LOAN_CLASSES)[number];
export type FundsUser = (typeof FUNDS_USERS)[number];
export type Jurisdiction = (typeof JURISDICTIONS)[number];
