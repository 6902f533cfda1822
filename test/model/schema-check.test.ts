import { describe, expect, it } from 'vitest';
import { checkIssues } from '../helpers/check-issues.js';
import { Issues } from '../../src/model/issues.js';
import { check } from '../../src/model/schema-check.js';
import { HouseholdSchema, LoanSchema, RiskCompensationPolicySchema } from '../../src/model/schemas.js';
import { loan, poor, policy } from '../helpers/fixtures.js';

describe('check: what a schema refuses, in words', () => {
  it('passes a good record through the fast form, a copy of its fields', () => {
    const issues = new Issues();
    const value = poor({ region: '231282' });
    const checked = check(HouseholdSchema, value, 'household', issues)!;
    expect(checked.valid).toBe(true);
    expect(checked.raw).not.toBe(value);
    expect(checked.raw.region).toBe('231282');
    expect(issues.list).toEqual([]);
  });

  it('names an enum by its values, a boolean as true or false, a missing field as required', () => {
    expect(checkIssues(HouseholdSchema, poor({ povertyStatus: 'poorish' as never }))).toEqual([
      ['r.povertyStatus', 'enum', "must be one of 'registered_poor', 'monitored_edge', 'none'"],
    ]);
    expect(checkIssues(HouseholdSchema, poor({ onPovertyOfficeList: 'yes' as never }))).toEqual([['r.onPovertyOfficeList', 'type', 'must be true or false']]);
    expect(checkIssues(HouseholdSchema, { id: 'h1', povertyStatus: 'registered_poor' })).toEqual([['r.onPovertyOfficeList', 'required', 'is required']]);
    expect(checkIssues(RiskCompensationPolicySchema, policy({ minOverdueDays: '90' as never }))).toEqual([
      ['r.minOverdueDays', 'type', 'must be a number of days'],
    ]);
  });

  it("gives a field check's own words (money, dates) and a cross-field check's code", () => {
    expect(checkIssues(LoanSchema, loan({ principal: '-1' }))).toEqual([
      ['r.principal', 'money', 'must be yuan as a plain decimal string with at most two decimals, e.g. "12345.67"'],
    ]);
    expect(checkIssues(LoanSchema, loan({ contractDate: '2021-02-29' }))).toEqual([
      ['r.contractDate', 'date', "must be a real calendar date 'YYYY-MM-DD', got '2021-02-29'"],
    ]);
    const across = checkIssues(LoanSchema, loan({ contractDate: '2023-03-02', maturityDate: '2023-03-01' }));
    expect(across).toHaveLength(1);
    expect(across[0]![0]).toBe('r.maturityDate');
  });

  it('reads a record with a throwing getter field by field and says which field', () => {
    const value = Object.defineProperty({ ...loan() }, 'purpose', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(checkIssues(LoanSchema, value)).toEqual([['r.purpose', 'type', 'could not be read (its getter threw)']]);
  });
});
