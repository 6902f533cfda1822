/**
 * The readers of the records a decision is given: each checks its record against its schema (through
 * `check`; every check, across fields too, is the schema's) and converts what passed into the record
 * the rules read. Records a `parse…` function returned are recognised and not read again.
 */
import type { Issues } from './issues.js';
import { toDecimal } from './money.js';
import { readArray } from './plain-objects.js';
import type { HouseholdRecord, LoanRecord, PolicyRecord, RequestRecord } from './records.js';
import {
  EligibilityRequestSchema,
  HouseholdSchema,
  LoanSchema,
  RiskCompensationPolicySchema,
  type LoanClass,
  type LoanKind,
  type PovertyStatus,
} from './schemas.js';
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
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the field's type
export const given = <T>(v: unknown): T | null => (v === undefined || v === null ? null : (v as T));

export function readHousehold(value: unknown, path: string, issues: Issues): HouseholdRecord | undefined {
  const known = parsedBefore(parsed.households, value);
  if (known) return known;
  const checked = check(HouseholdSchema, value, path, issues);
  if (!checked?.valid) return undefined;
  const { raw } = checked;
  return {
    id: raw.id as string,
    povertyStatus: raw.povertyStatus as PovertyStatus,
    onPovertyOfficeList: raw.onPovertyOfficeList as boolean,
    hasIndustrialDevelopmentConditions: given(raw.hasIndustrialDevelopmentConditions),
    hasLaborCapacity: given(raw.hasLaborCapacity),
    region: given(raw.region),
  };
}

export function readLoan(value: unknown, path: string, issues: Issues): LoanRecord | undefined {
  const known = parsedBefore(parsed.loans, value);
  if (known) return known;
  const checked = check(LoanSchema, value, path, issues);
  if (!checked?.valid) return undefined;
  const { raw } = checked;
  return {
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
    borrowedBy: given(raw.borrowedBy),
    usedBy: given(raw.usedBy),
    repaidBy: given(raw.repaidBy),
    covidRepaymentDifficulty: raw.covidRepaymentDifficulty === true,
    overdueDays: given<number>(raw.overdueDays) ?? 0,
    classification: given<LoanClass>(raw.classification) ?? 'normal',
    collectionAttempted: raw.collectionAttempted === true,
    region: given(raw.region),
    lender: given(raw.lender),
  };
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
  if (!checked?.valid) return undefined;
  const { raw } = checked;
  return {
    amount: toDecimal(raw.amount as string | number),
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
  return {
    fundEstablished: raw.fundEstablished as boolean,
    minOverdueDays: raw.minOverdueDays as number,
    fundShare,
    insurerShare,
    guarantorShare,
    // The schema has seen that the shares leave the bank a part of 0 or more.
    split: shareParts(fundShare, insurerShare, guarantorShare),
    requireCollectionAttempted: raw.requireCollectionAttempted === true,
  };
}
