/**
 * The readers of the records a decision is given: each checks its record against the schema (through
 * `check`) and converts what passed into the record the rules read. Records a `parse…` function
 * returned are recognised and not read again.
 */
import type { Issues } from './issues.js';
import { toDecimal } from './money.js';
import { readArray } from './plain-objects.js';
import type { HouseholdRecord, LoanRecord, PolicyRecord, RequestRecord } from './records.js';
import { EligibilityRequestSchema, HouseholdSchema, LoanSchema, RiskCompensationPolicySchema, type LoanClass, type LoanKind, type PovertyStatus } from './schemas.js';
import { check } from './schema-check.js';
import { shareParts } from './shares.js';

/**
 * Records read once by the `parse…` functions: the frozen objects they return, each with the
 * record the rules read. Only the parse module adds to them, and only objects it has just frozen, so a
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

/** An optional field's value, `null` when not given. */
export const given = <T>(v: unknown): T | null => (v === undefined || v === null ? null : (v as T));

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

