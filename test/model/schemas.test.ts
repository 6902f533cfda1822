import { describe, expect, it } from 'vitest';
import { checkIssues } from '../helpers/check-issues.js';
import {
  EligibilityRequestSchema,
  HouseholdSchema,
  InterpretationsSchema,
  LeadBanksSchema,
  LoanSchema,
  RiskCompensationPolicySchema,
} from '../../src/model/schemas.js';
import { edge, loan, policy } from '../helpers/fixtures.js';

// The checks across fields each schema makes, in the words a caller sees; and the exported schemas accept exactly
// the values documented.
describe('schemas: checks across fields', () => {
  it("an edge household must say both of 28号 二's conditions", () => {
    expect(checkIssues(HouseholdSchema, edge({ hasLaborCapacity: null }))).toEqual([
      ['r.hasLaborCapacity', 'required', "is required when povertyStatus is 'monitored_edge'"],
    ]);
    expect(checkIssues(HouseholdSchema, edge({ hasLaborCapacity: false, hasIndustrialDevelopmentConditions: false }))).toEqual([]);
  });

  it('a loan is deferred to no earlier than its maturity', () => {
    expect(checkIssues(LoanSchema, loan({ deferredTo: '2023-02-28' }))).toEqual([['r.deferredTo', 'date', 'must not be before maturityDate']]);
    expect(checkIssues(LoanSchema, loan({ deferredTo: '2023-03-01' }))).toEqual([]);
    expect(checkIssues(LoanSchema, loan({ deferredTo: null }))).toEqual([]);
    expect(checkIssues(LoanSchema, loan({ contractDate: '2023-03-02' }))).toEqual([['r.maturityDate', 'date', 'must not be before contractDate']]);
  });

  it('a request asks for more than zero, and only a renewal or an extension replaces a loan', () => {
    for (const zero of ['0', '0.00', 0]) {
      expect(checkIssues(EligibilityRequestSchema, { amount: zero, purpose: 'production' }), String(zero)).toEqual([
        ['r.amount', 'range', 'must be more than zero'],
      ]);
    }
    expect(checkIssues(EligibilityRequestSchema, { amount: '0.01', purpose: 'production' })).toEqual([]);
    for (const kind of ['new', 'top_up']) {
      expect(checkIssues(EligibilityRequestSchema, { amount: '1', purpose: 'production', kind, replacesLoanId: 'l1' }), kind).toEqual([
        ['r.replacesLoanId', 'range', 'only a renewal or an extension replaces a loan'],
      ]);
    }
    for (const kind of ['renewal', 'extension']) {
      expect(checkIssues(EligibilityRequestSchema, { amount: '1', purpose: 'production', kind, replacesLoanId: 'l1' }), kind).toEqual([]);
    }
    expect(checkIssues(EligibilityRequestSchema, { amount: '1', purpose: 'production', kind: 'new', replacesLoanId: null })).toEqual([]);
  });

  it('a policy counts a default from one day overdue, and its shares leave the bank 0 or more', () => {
    expect(checkIssues(RiskCompensationPolicySchema, policy({ minOverdueDays: 0 }))).toEqual([
      ['r.minOverdueDays', 'range', 'must be at least 1: a loan 0 days overdue is not in default'],
    ]);
    expect(checkIssues(RiskCompensationPolicySchema, policy({ fundShare: '0.8', insurerShare: '0.2' }))).toEqual([]);
    expect(checkIssues(RiskCompensationPolicySchema, policy({ fundShare: '0.8', insurerShare: '0.2', guarantorShare: '0.01' }))).toEqual([
      ['r', 'range', 'fundShare + insurerShare + guarantorShare must not exceed 1'],
    ]);
  });

  it('interpretations take exactly the documented values, and name the known ones for a key they do not know', () => {
    const values = {
      capBasis: ['outstanding', 'principal'],
      deferralDeadline: ['later_of_six_months_and_march_2021', 'march_2021'],
      edgeHouseholdDeferral: ['included', 'excluded'],
      topUpRefusal: ['discretionary', 'same_as_new'],
    };
    for (const [key, vs] of Object.entries(values)) {
      for (const v of vs) expect(InterpretationsSchema.safeParse({ [key]: v }).success, `${key}: ${v}`).toBe(true);
      expect(InterpretationsSchema.safeParse({ [key]: 'other' }).success, key).toBe(false);
    }
    const unknown = InterpretationsSchema.safeParse({ capbasis: 'principal' });
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues[0]?.message).toBe('is not a known interpretation (known: capBasis, deferralDeadline, edgeHouseholdDeferral, topUpRefusal)');
  });

  it('the lead-bank register names a bank for each non-blank region', () => {
    expect(LeadBanksSchema.safeParse({ '231282': '农商行' }).success).toBe(true);
    const blank = LeadBanksSchema.safeParse({ ' ': '农商行' });
    expect(blank.success).toBe(false);
    // (zod reports a bad key as invalid_key, the refinement's words inside it.)
    expect(JSON.stringify(blank.error?.issues)).toContain('a region must not be blank');
    expect(LeadBanksSchema.safeParse({ '231282': ' ' }).success).toBe(false);
  });
});
