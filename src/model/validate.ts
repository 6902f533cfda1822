/**
 * The door every input passes: records are copied field by field (so getters that throw, proxies,
 * class instances and inherited keys cannot get through), checked against the schemas and across
 * fields, and turned into the internal records the rules read. Every bad field of every argument is
 * collected before one `PolicyInputError` is thrown.
 */
import * as z from 'zod';
import { checks, type CheckName } from './checks.js';
import type { IsoDate } from './dates.js';
import { PolicyInputError, type PolicyInputIssue, type PolicyInputIssueCode } from './errors.js';
import { type Decimal, toDecimal } from './money.js';
import { type ShareParts, shareParts } from './shares.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import {
  CommonOptionsSchema,
  EligibilityRequestSchema,
  HouseholdSchema,
  InterpretationsSchema,
  LendingApplicationSchema,
  LoanSchema,
  RiskCompensationPolicySchema,
  ThresholdsSchema,
  type FundsUser,
  type Jurisdiction,
  type LoanClass,
  type LoanKind,
  type PovertyStatus,
} from './schemas.js';

/** Collects issues from every argument of one call. */
export class Issues {
  readonly list: PolicyInputIssue[] = [];
  add(path: string, code: PolicyInputIssueCode, message: string): void {
    this.list.push({ path, code, message });
  }
  /** Throws the collected issues, if any. */
  throwIfAny(): void {
    if (this.list.length > 0) throw new PolicyInputError(this.list);
  }
}

type Raw = Record<string, unknown>;

function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  // A plain object's prototype is null or a realm's Object.prototype (whose own prototype is null).
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Copies the schema's own fields out of a plain object, or reports why it cannot. */
function readRecord(value: unknown, path: string, keys: readonly string[], issues: Issues): Raw | undefined {
  try {
    if (value === undefined || value === null) {
      issues.add(path, 'required', 'is required');
      return undefined;
    }
    if (!isPlainObject(value)) {
      issues.add(path, 'type', 'must be a plain object');
      return undefined;
    }
  } catch {
    issues.add(path, 'type', 'could not be inspected');
    return undefined;
  }
  try {
    // The usual case, in one pass; a getter that throws sends us to the careful pass below.
    const copy: Raw = {};
    for (const key of keys) copy[key] = Object.hasOwn(value, key) ? (value as Raw)[key] : undefined;
    return copy;
  } catch {
    const copy: Raw = {};
    for (const key of keys) {
      try {
        copy[key] = Object.hasOwn(value, key) ? (value as Raw)[key] : undefined;
      } catch {
        issues.add(`${path}.${key}`, 'type', 'could not be read (its getter threw)');
        copy[key] = undefined;
      }
    }
    return copy;
  }
}

/** Reads an array's elements, or reports why it cannot. */
export function readArray(value: unknown, path: string, issues: Issues): unknown[] | undefined {
  try {
    if (!Array.isArray(value)) {
      issues.add(path, value === undefined || value === null ? 'required' : 'type', 'must be an array');
      return undefined;
    }
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < copy.length; i++) copy[i] = (value as unknown[])[i];
    return copy;
  } catch {
    issues.add(path, 'type', 'could not be read');
    return undefined;
  }
}

/** A record read by `check`: its fields, and which of them passed. */
interface Checked {
  readonly raw: Raw;
  /** Whether a field passed its own check, so checks across fields may use it. */
  readonly ok: (key: string) => boolean;
  /** Whether the whole record passed. */
  readonly valid: boolean;
}

const keysOf = new WeakMap<z.ZodObject, readonly string[]>();

/**
 * A schema's fast form: the same object with each checked field (a `z.custom` naming its check in
 * `checks`) replaced by its plain type, which zod's compiled object parser tests inline, and the
 * checks to run on those fields afterwards. It accepts exactly what the schema accepts (the checks
 * are the ones the schema runs, and each also tests the type); anything it rejects is read again
 * through the schema itself, which says what is wrong.
 */
interface FastForm {
  readonly fast: z.ZodObject;
  readonly formats: readonly (readonly [string, CheckName])[];
}

const PLAIN_TYPES: Record<CheckName, () => z.ZodType> = {
  id: () => z.string(),
  date: () => z.string(),
  purpose: () => z.string(),
  money: () => z.union([z.string(), z.number()]),
  ratio: () => z.union([z.string(), z.number()]),
  dayCount: () => z.number(),
};

const fastForms = new WeakMap<z.ZodObject, FastForm>();

function fastFormOf(schema: z.ZodObject): FastForm {
  let form = fastForms.get(schema);
  if (form) return form;
  const shape: Record<string, z.ZodType> = {};
  const formats: [string, CheckName][] = [];
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    // `.nullish()` wraps its field as optional(nullable(field)).
    const def = field._zod.def as { type: string; innerType?: z.ZodType; params?: { check?: CheckName } };
    const inner = def.type === 'optional' ? (def.innerType!._zod.def as typeof def) : undefined;
    const nullish = inner?.type === 'nullable';
    const core = nullish ? (inner.innerType!._zod.def as typeof def) : def;
    const check = core.type === 'custom' ? core.params?.check : undefined;
    if (check === undefined) {
      shape[key] = field;
    } else {
      formats.push([key, check]);
      shape[key] = nullish ? PLAIN_TYPES[check]().nullish() : PLAIN_TYPES[check]();
    }
  }
  fastForms.set(schema, (form = { fast: z.object(shape), formats }));
  return form;
}

/** The schema's fields of `value` when its fast form accepts it, else `undefined` (exported for its test). */
export function fastRead(schema: z.ZodObject, value: unknown): Raw | undefined {
  const { fast, formats } = fastFormOf(schema);
  const parsed = fast.safeParse(value);
  if (!parsed.success) return undefined;
  const raw = parsed.data as Raw;
  for (const [key, check] of formats) {
    const v = raw[key];
    if (v !== undefined && v !== null && checks[check](v) !== null) return undefined;
  }
  return raw;
}

/** Whether anything enumerable was added to Object.prototype, which a plain object's reads would inherit. */
function prototypePolluted(): boolean {
  for (const _ in Object.prototype) return true;
  return false;
}

/** Reads a record through its schema and reports each failing field with a precise code. */
function check<S extends z.ZodObject>(schema: S, value: unknown, path: string, issues: Issues): Checked | undefined {
  const before = issues.list.length;
  // The usual case: zod's compiled parser reads the plain object itself and returns a copy of its
  // fields. Anything unusual (a getter or proxy trap that throws, a polluted Object.prototype whose
  // fields a plain object would inherit, a failure to report) goes to the careful reading below.
  try {
    if (isPlainObject(value) && !prototypePolluted()) {
      const raw = fastRead(schema, value);
      if (raw) return { raw, ok: ALL_OK, valid: true };
    }
  } catch {
    // read again field by field, which says which getter threw
  }
  let keys = keysOf.get(schema);
  if (!keys) keysOf.set(schema, (keys = Object.keys(schema.shape)));
  const raw = readRecord(value, path, keys, issues);
  if (!raw) return undefined;
  const result = schema.safeParse(raw);
  if (!result.success) {
    const reported = new Set(issues.list.slice(before).map((i) => i.path));
    for (const iss of result.error.issues) {
      const key = String(iss.path[0]);
      const at = `${path}.${iss.path.map(String).join('.')}`;
      if (reported.has(at)) continue; // its getter threw; already said
      const v = raw[key];
      if (v === undefined || v === null) issues.add(at, 'required', 'is required');
      else if (iss.code === 'custom') {
        const problem = checks[(iss.params as { check: CheckName }).check](v);
        issues.add(at, problem?.code ?? 'type', problem?.message ?? iss.message);
      } else if (iss.code === 'invalid_value') {
        issues.add(at, 'enum', `must be one of ${iss.values.map((x) => `'${String(x)}'`).join(', ')}`);
      } else if (iss.code === 'invalid_type') {
        issues.add(at, 'type', `must be ${iss.expected === 'boolean' ? 'true or false' : `a ${iss.expected}`}`);
      } else {
        issues.add(at, 'type', iss.message);
      }
    }
  }
  if (issues.list.length === before) return { raw, ok: ALL_OK, valid: true }; // valid after all (e.g. read carefully)
  const bad = new Set(issues.list.slice(before).map((i) => i.path.slice(path.length + 1).split(/[.[]/)[0]));
  return { raw, ok: (key) => !bad.has(key), valid: bad.size === 0 };
}

const ALL_OK = (): boolean => true;

/**
 * Records read once by the `parse…` functions: the frozen objects they return, each with the
 * record the rules read. Only this module adds to them, and only objects it has just frozen, so a
 * record found here is the one that was checked (see src/model/parse.ts).
 */
export const parsed = {
  households: new WeakMap<object, HouseholdRecord>(),
  loans: new WeakMap<object, LoanRecord>(),
  requests: new WeakMap<object, RequestRecord>(),
  policies: new WeakMap<object, PolicyRecord>(),
};

/** The record parsed before for `value`, if it is one of the frozen objects a `parse…` function returned. */
function parsedBefore<T>(registry: WeakMap<object, T>, value: unknown): T | undefined {
  return typeof value === 'object' && value !== null ? registry.get(value) : undefined;
}

const given = <T>(v: unknown): T | null => (v === undefined || v === null ? null : (v as T));

export interface HouseholdRecord {
  readonly id: string;
  readonly povertyStatus: PovertyStatus;
  readonly onPovertyOfficeList: boolean;
  readonly hasIndustrialDevelopmentConditions: boolean | null;
  readonly hasLaborCapacity: boolean | null;
  readonly region: string | null;
}

export function readHousehold(value: unknown, path: string, issues: Issues): HouseholdRecord | undefined {
  const known = parsedBefore(parsed.households, value);
  if (known) return known;
  const checked = check(HouseholdSchema, value, path, issues);
  if (!checked) return undefined;
  const { raw, ok } = checked;
  const h: HouseholdRecord = {
    id: raw.id as string,
    povertyStatus: raw.povertyStatus as PovertyStatus,
    onPovertyOfficeList: raw.onPovertyOfficeList as boolean,
    hasIndustrialDevelopmentConditions: given(raw.hasIndustrialDevelopmentConditions),
    hasLaborCapacity: given(raw.hasLaborCapacity),
    region: given(raw.region),
  };
  let valid = checked.valid;
  if (h.povertyStatus === 'monitored_edge') {
    // 28号 二 admits an edge household only on both conditions, so the record must say.
    for (const key of ['hasIndustrialDevelopmentConditions', 'hasLaborCapacity'] as const) {
      if (h[key] === null && ok(key)) {
        issues.add(`${path}.${key}`, 'required', "is required when povertyStatus is 'monitored_edge'");
        valid = false;
      }
    }
  }
  return valid ? h : undefined;
}

export interface LoanRecord {
  readonly id: string;
  readonly householdId: string;
  readonly kind: LoanKind;
  readonly principal: Decimal;
  readonly outstanding: Decimal;
  readonly contractDate: IsoDate;
  readonly maturityDate: IsoDate;
  readonly deferredTo: IsoDate | null;
  readonly active: boolean;
  readonly purpose: string | null;
  readonly usedBy: FundsUser | null;
  readonly repaidBy: FundsUser | null;
  readonly covidRepaymentDifficulty: boolean;
  readonly overdueDays: number;
  readonly classification: LoanClass;
  readonly collectionAttempted: boolean;
  readonly region: string | null;
}

export function readLoan(value: unknown, path: string, issues: Issues): LoanRecord | undefined {
  const known = parsedBefore(parsed.loans, value);
  if (known) return known;
  const checked = check(LoanSchema, value, path, issues);
  if (!checked) return undefined;
  const { raw, ok } = checked;
  let valid = checked.valid;
  if (ok('contractDate') && ok('maturityDate') && (raw.maturityDate as string) < (raw.contractDate as string)) {
    issues.add(`${path}.maturityDate`, 'date', 'must not be before contractDate');
    valid = false;
  }
  if (ok('maturityDate') && ok('deferredTo') && raw.deferredTo != null && (raw.deferredTo as string) < (raw.maturityDate as string)) {
    issues.add(`${path}.deferredTo`, 'date', 'must not be before maturityDate');
    valid = false;
  }
  if (!valid) return undefined;
  const loan: LoanRecord = {
    id: raw.id as string,
    householdId: raw.householdId as string,
    kind: raw.kind as LoanKind,
    principal: toDecimal(raw.principal as string | number),
    outstanding: toDecimal(raw.outstanding as string | number),
    contractDate: raw.contractDate as string,
    maturityDate: raw.maturityDate as string,
    deferredTo: given(raw.deferredTo),
    active: raw.status !== 'closed',
    purpose: given(raw.purpose),
    usedBy: given(raw.usedBy),
    repaidBy: given(raw.repaidBy),
    covidRepaymentDifficulty: raw.covidRepaymentDifficulty === true,
    overdueDays: given<number>(raw.overdueDays) ?? 0,
    classification: given<LoanClass>(raw.classification) ?? 'normal',
    collectionAttempted: raw.collectionAttempted === true,
    region: given(raw.region),
  };
  return loan;
}

/** Reads an array of records, keeping each one's index for messages. */
export function readList<T>(value: unknown, path: string, issues: Issues, read: (v: unknown, p: string, i: Issues) => T | undefined): [T, number][] {
  const out: [T, number][] = [];
  (readArray(value, path, issues) ?? []).forEach((item, i) => {
    const record = read(item, `${path}[${i}]`, issues);
    if (record) out.push([record, i]);
  });
  return out;
}

export function readLoans(value: unknown, path: string, issues: Issues): LoanRecord[] {
  const items = readArray(value, path, issues) ?? [];
  const loans: LoanRecord[] = [];
  for (let i = 0; i < items.length; i++) {
    const loan = readLoan(items[i], `${path}[${i}]`, issues);
    if (loan) loans.push(loan);
  }
  return loans;
}

export interface RequestRecord {
  readonly amount: Decimal;
  readonly purpose: string;
  readonly kind: LoanKind | null;
  readonly replacesLoanId: string | null;
}

export function readRequest(value: unknown, path: string, issues: Issues): RequestRecord | undefined {
  const known = parsedBefore(parsed.requests, value);
  if (known) return known;
  const checked = check(EligibilityRequestSchema, value, path, issues);
  if (!checked) return undefined;
  const { raw, ok } = checked;
  let valid = checked.valid;
  const amount = ok('amount') ? toDecimal(raw.amount as string | number) : undefined;
  if (amount?.isZero()) {
    issues.add(`${path}.amount`, 'range', 'must be more than zero');
    valid = false;
  }
  if (ok('kind') && ok('replacesLoanId') && raw.replacesLoanId != null && (raw.kind === 'new' || raw.kind === 'top_up')) {
    issues.add(`${path}.replacesLoanId`, 'range', 'only a renewal or an extension replaces a loan');
    valid = false;
  }
  if (!valid) return undefined;
  return {
    amount: amount!,
    purpose: raw.purpose as string,
    kind: given(raw.kind),
    replacesLoanId: given(raw.replacesLoanId),
  };
}

export interface PolicyRecord {
  readonly fundEstablished: boolean;
  readonly minOverdueDays: number;
  readonly fundShare: Decimal;
  readonly insurerShare: Decimal;
  readonly guarantorShare: Decimal;
  /** The four shares (the bank's last) as integers over one power of ten. */
  readonly split: ShareParts;
  readonly requireCollectionAttempted: boolean;
}

export function readPolicy(value: unknown, path: string, issues: Issues): PolicyRecord | undefined {
  const known = parsedBefore(parsed.policies, value);
  if (known) return known;
  const checked = check(RiskCompensationPolicySchema, value, path, issues);
  if (!checked?.valid) return undefined;
  const { raw } = checked;
  const share = (v: unknown) => toDecimal(given<string | number>(v) ?? 0);
  const [fundShare, insurerShare, guarantorShare] = [share(raw.fundShare), share(raw.insurerShare), share(raw.guarantorShare)];
  const split = shareParts(fundShare, insurerShare, guarantorShare);
  if (split.parts[3] < 0n) {
    issues.add(path, 'range', 'fundShare + insurerShare + guarantorShare must not exceed 1');
    return undefined;
  }
  const policy: PolicyRecord = {
    fundEstablished: raw.fundEstablished as boolean,
    minOverdueDays: raw.minOverdueDays as number,
    fundShare,
    insurerShare,
    guarantorShare,
    split,
    requireCollectionAttempted: raw.requireCollectionAttempted === true,
  };
  return policy;
}

export interface Options {
  readonly asOf: IsoDate | null;
  readonly jurisdiction: Jurisdiction;
  readonly capBasis: 'outstanding' | 'principal';
  readonly deferralDeadline: 'later_of_six_months_and_march_2021' | 'march_2021';
  readonly edgeHouseholdDeferral: 'included' | 'excluded';
  readonly topUpRefusal: 'discretionary' | 'same_as_new';
}

export const DEFAULT_OPTIONS: Options = Object.freeze({
  asOf: null,
  jurisdiction: 'HLJ',
  capBasis: 'outstanding',
  deferralDeadline: 'later_of_six_months_and_march_2021',
  edgeHouseholdDeferral: 'included',
  topUpRefusal: 'discretionary',
});

/**
 * Reads the common options. `extraKeys` (from `optionKeys`) are the decision's own options (such as
 * `existingLoans`), returned raw for the decision to read.
 */
export function readOptions(value: unknown, issues: Issues, extraKeys: readonly string[] = []): { options: Options; extra: Raw } {
  if (value === undefined || value === null) return { options: DEFAULT_OPTIONS, extra: {} };
  const checked = check(optionsSchema(extraKeys), value, 'options', issues);
  if (!checked) return { options: DEFAULT_OPTIONS, extra: {} };
  const common = checked.raw;
  const extra = extraKeys.length === 0 ? NO_EXTRA : common;
  // Most calls pin nothing: they share the default options (and so the default context).
  if (common.asOf == null && common.jurisdiction == null && common.interpretations == null) return { options: DEFAULT_OPTIONS, extra };
  let interp: Raw = {};
  if (common.interpretations !== undefined && common.interpretations !== null) {
    const known = Object.keys(InterpretationsSchema.shape);
    try {
      for (const key of isPlainObject(common.interpretations) ? Object.keys(common.interpretations) : []) {
        if (!known.includes(key)) issues.add(`options.interpretations.${key}`, 'enum', `is not a known interpretation (known: ${known.join(', ')})`);
      }
    } catch {
      issues.add('options.interpretations', 'type', 'could not be read');
    }
    interp = check(InterpretationsSchema, common.interpretations, 'options.interpretations', issues)?.raw ?? {};
  }
  if (common.asOf != null && checked.ok('asOf')) checkDecisionDate(common.asOf as IsoDate, 'options.asOf', issues);
  const options: Options = {
    asOf: given(common.asOf) ?? null,
    jurisdiction: given<Jurisdiction>(common.jurisdiction) ?? DEFAULT_OPTIONS.jurisdiction,
    capBasis: given<Options['capBasis']>(interp.capBasis) ?? DEFAULT_OPTIONS.capBasis,
    deferralDeadline: given<Options['deferralDeadline']>(interp.deferralDeadline) ?? DEFAULT_OPTIONS.deferralDeadline,
    edgeHouseholdDeferral: given<Options['edgeHouseholdDeferral']>(interp.edgeHouseholdDeferral) ?? DEFAULT_OPTIONS.edgeHouseholdDeferral,
    topUpRefusal: given<Options['topUpRefusal']>(interp.topUpRefusal) ?? DEFAULT_OPTIONS.topUpRefusal,
  };
  return { options, extra };
}

const NO_EXTRA: Raw = Object.freeze({});

/**
 * The common options plus a decision's own (read here, checked by the decision), as one schema so
 * zod reads them all in one compiled pass; one schema per set of keys, made on first use.
 */
const optionsSchemas = new WeakMap<readonly string[], z.ZodObject>();
export function optionsSchema(extraKeys: readonly string[]): z.ZodObject {
  if (extraKeys.length === 0) return CommonOptionsSchema;
  let schema = optionsSchemas.get(extraKeys);
  if (!schema) optionsSchemas.set(extraKeys, (schema = CommonOptionsSchema.extend(Object.fromEntries(extraKeys.map((k) => [k, z.unknown().optional()])))));
  return schema;
}

/** A decision's own option keys, declared once at module level so their schema is made once. */
export function optionKeys(...keys: string[]): readonly string[] {
  return Object.freeze(keys);
}

/** Reads a required decision date argument (a positional `asOf`). */
export function readDecisionDate(value: unknown, path: string, issues: Issues): IsoDate | undefined {
  if (value === undefined || value === null) {
    issues.add(path, 'required', 'is required');
    return undefined;
  }
  const problem = checks.date(value);
  if (problem) {
    issues.add(path, problem.code, problem.message);
    return undefined;
  }
  return checkDecisionDate(value as IsoDate, path, issues) ? (value as IsoDate) : undefined;
}

/**
 * A decision date before 28号 was issued is bad input: the notices cannot decide it, and a "no" there
 * would read as if they had taken away what existed before them (API.md, Revisions).
 */
function checkDecisionDate(date: IsoDate, path: string, issues: Issues): boolean {
  if (date >= CBIRC_2020_28_ISSUED) return true;
  issues.add(path, 'range', `must be on or after ${CBIRC_2020_28_ISSUED}, the date 银保监发〔2020〕28号 was issued: the notices cannot decide an earlier date`);
  return false;
}

export interface ApplicationRecord {
  readonly kind: LoanKind;
  readonly bankDecision: 'approved' | 'refused';
  readonly refusalReason: string | null;
  /** The records inside, still to be read by their own readers. */
  readonly household: unknown;
  readonly request: unknown;
  readonly existingLoans: unknown;
}

/** Reads the shell of a lending application; its household, request and loans are read separately. */
export function readApplication(value: unknown, path: string, issues: Issues): ApplicationRecord | undefined {
  const checked = check(LendingApplicationSchema, value, path, issues);
  if (!checked) return undefined;
  const { raw } = checked;
  return {
    kind: raw.kind as LoanKind,
    bankDecision: raw.bankDecision as 'approved' | 'refused',
    refusalReason: given(raw.refusalReason),
    household: raw.household,
    request: raw.request,
    existingLoans: raw.existingLoans,
  };
}

/** Reads monitorPortfolio's thresholds: each given one as a Decimal. */
export function readThresholds(value: unknown, path: string, issues: Issues): Partial<Record<keyof typeof ThresholdsSchema.shape, Decimal>> {
  if (value === undefined || value === null) return {};
  const checked = check(ThresholdsSchema, value, path, issues);
  if (!checked?.valid) return {};
  const out: Partial<Record<keyof typeof ThresholdsSchema.shape, Decimal>> = {};
  for (const key of Object.keys(ThresholdsSchema.shape) as (keyof typeof ThresholdsSchema.shape)[]) {
    const v = given<string | number>(checked.raw[key]);
    if (v !== null) out[key] = toDecimal(v);
  }
  return out;
}
