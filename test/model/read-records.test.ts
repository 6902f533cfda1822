import { describe, expect, it } from 'vitest';
import { Issues } from '../../src/model/issues.js';
import { parseEligibilityRequest, parseHousehold, parseLoan, parseRiskCompensationPolicy } from '../../src/model/parse.js';
import { parsed, readHousehold, readList, readLoan, readLoans, readPolicy, readRequest } from '../../src/model/read-records.js';
import { loan, policy, poor } from '../helpers/fixtures.js';

// The records the rules read, field by field: what a missing optional field becomes, and which values count as given.
describe('reading records', () => {
  it('a loan is active unless closed, and its flags are true only when given as true', () => {
    const read = (over: Record<string, unknown>) => readLoan(loan(over), 'loan', new Issues())!;
    expect(read({}).active).toBe(true);
    expect(read({ status: 'active' }).active).toBe(true);
    expect(read({ status: 'closed' }).active).toBe(false);
    expect(read({}).covidRepaymentDifficulty).toBe(false);
    expect(read({ covidRepaymentDifficulty: true }).covidRepaymentDifficulty).toBe(true);
    expect(read({ covidRepaymentDifficulty: false }).covidRepaymentDifficulty).toBe(false);
    expect(read({}).collectionAttempted).toBe(false);
    expect(read({ collectionAttempted: true }).collectionAttempted).toBe(true);
  });

  it('a loan without overdue days, classification, region or lender reads as 0, normal and not given', () => {
    const r = readLoan(loan(), 'loan', new Issues())!;
    expect(r.overdueDays).toBe(0);
    expect(r.classification).toBe('normal');
    expect(r.region).toBeNull();
    expect(r.lender).toBeNull();
    expect(r.deferredTo).toBeNull();
    const given = readLoan(loan({ overdueDays: 91, classification: 'substandard', region: '231282', lender: '农商行' }), 'loan', new Issues())!;
    expect([given.overdueDays, given.classification, given.region, given.lender]).toEqual([91, 'substandard', '231282', '农商行']);
  });

  it('a policy requires collection only when told so, and reads missing shares as 0', () => {
    const issues = new Issues();
    const p = readPolicy(policy(), 'policy', issues)!;
    expect(p.requireCollectionAttempted).toBe(false);
    expect(p.insurerShare.toString()).toBe('0');
    expect(readPolicy(policy({ requireCollectionAttempted: true }), 'policy', issues)!.requireCollectionAttempted).toBe(true);
    expect(issues.list).toEqual([]);
  });

  it('a list keeps each good record with its index and reports each bad one by its index', () => {
    const issues = new Issues();
    const out = readList([loan({ id: 'a' }), { id: 'b' }, loan({ id: 'c' })], 'loans', issues, readLoan);
    expect(out.map(([r, i]) => [r.id, i])).toEqual([
      ['a', 0],
      ['c', 2],
    ]);
    expect(issues.list.length).toBeGreaterThan(0);
    expect(issues.list.every((i) => i.path.startsWith('loans[1]'))).toBe(true);
    const none = new Issues();
    expect(readList(undefined, 'loans', none, readLoan)).toEqual([]);
    expect(none.list).toEqual([{ path: 'loans', code: 'required', message: 'must be an array' }]);
  });

  it('readLoans keeps the good loans in order and names the bad ones by index', () => {
    const issues = new Issues();
    const out = readLoans([loan({ id: 'a' }), 7, loan({ id: 'c' })], 'loans', issues);
    expect(out.map((r) => r.id)).toEqual(['a', 'c']);
    expect(issues.list.map((i) => i.path)).toEqual(['loans[1]']);
    expect(readLoans(null, 'loans', new Issues())).toEqual([]);
  });

  // A record returned by a parse… function is read back as the very record it was checked into, not checked again:
  // a portfolio's loans are parsed once and read by every rule (src/model/parse.ts).
  it('a parsed record is read as the record it was checked into, and an unparsed copy is checked anew', () => {
    const cases = [
      [parseHousehold(poor()), parsed.households, readHousehold],
      [parseLoan(loan()), parsed.loans, readLoan],
      [parseEligibilityRequest({ amount: '10000', purpose: '养牛' }), parsed.requests, readRequest],
      [parseRiskCompensationPolicy(policy()), parsed.policies, readPolicy],
    ] as const;
    for (const [value, registry, read] of cases) {
      const record = (registry as WeakMap<object, unknown>).get(value);
      expect(record).toBeDefined();
      expect((read as (v: unknown, p: string, i: Issues) => unknown)(value, 'x', new Issues())).toBe(record);
      const copy = (read as (v: unknown, p: string, i: Issues) => unknown)({ ...value }, 'x', new Issues());
      expect(copy).not.toBe(record);
      expect(copy).toEqual(record);
    }
    for (const notRecord of [null, undefined, 1, 'x']) expect(readLoan(notRecord, 'loan', new Issues())).toBeUndefined();
  });
});
