// Advisories where a bank's reading of 28号 四's cap carries risk: src/rules/request-contracted-total.ts and
// src/rules/request-replaced-loan.ts through checkEligibility and auditLendingDecision. An advisory never
// changes a decision.
import { describe, expect, it } from 'vitest';
import { auditLendingDecision, checkEligibility, type EligibilityRequest } from 'fupin-xindai';
import { cited, findingOf, loan, poor } from '../helpers/fixtures.js';

const CONTRACTED = 'request.contracted_total';
const REPLACED = 'request.replaced_loan';
const request = (amount: string, over: Partial<EligibilityRequest> = {}): EligibilityRequest => ({ amount, purpose: 'production', ...over });

describe('request.contracted_total', () => {
  // 40,000 contracted, 10,000 still owed: on outstanding balances 40,000 more fits under the cap.
  const repaid = [loan({ principal: '40000', outstanding: '10000' })];

  it('CBIRC-2020-28/4.3 under capBasis outstanding, advises when the contracted total with the request exceeds 50,000, and stays eligible', () => {
    const r = checkEligibility(poor(), request('40000'), { existingLoans: repaid });
    expect(findingOf(r, 'request.household_cap').outcome).toBe('pass');
    const f = findingOf(r, CONTRACTED);
    expect(f.outcome).toBe('advisory');
    expect(f.facts).toEqual({ amount: '40000.00', contractedTotal: '40000.00', contractedTotalAfter: '80000.00', cap: '50000.00', capBasis: 'outstanding' });
    expect(f.message.zh).toContain('80000.00元，超过5万元');
    expect(f.message.en).toContain('80000.00 yuan, above 50,000 yuan');
    expect(f.citations.map((c) => c.quote)).toEqual(['但单户扶贫小额信贷总额不得超过5万元']);
    expect(r.eligible).toBe(true);
  });

  it('CBIRC-2020-28/4.3 passes a contracted total of exactly 50,000 and advises one fen over', () => {
    expect(findingOf(checkEligibility(poor(), request('10000'), { existingLoans: repaid }), CONTRACTED).outcome).toBe('pass');
    expect(findingOf(checkEligibility(poor(), request('10000.01'), { existingLoans: repaid }), CONTRACTED).outcome).toBe('advisory');
  });

  it("CBIRC-2020-28/4.3 sums only the household's active loans, leaving out the loan a renewal replaces", () => {
    const loans = [
      loan({ id: 'old', principal: '40000', outstanding: '5000' }),
      loan({ id: 'closed', principal: '50000', outstanding: '0', status: 'closed' }),
      loan({ id: 'theirs', householdId: 'h2', principal: '50000', outstanding: '50000' }),
    ];
    const renewal = checkEligibility(poor(), request('40000', { kind: 'renewal', replacesLoanId: 'old' }), { existingLoans: loans });
    expect(findingOf(renewal, CONTRACTED)).toMatchObject({ outcome: 'pass', facts: { contractedTotal: '0.00', contractedTotalAfter: '40000.00' } });
    const topUp = checkEligibility(poor(), request('20000', { kind: 'top_up' }), { existingLoans: loans });
    expect(findingOf(topUp, CONTRACTED)).toMatchObject({ outcome: 'advisory', facts: { contractedTotal: '40000.00', contractedTotalAfter: '60000.00' } });
  });

  it('CBIRC-2020-28/4.3 is not applicable under capBasis principal (the cap sums contracted amounts) or without a request', () => {
    const principal = checkEligibility(poor(), request('40000'), { existingLoans: repaid, interpretations: { capBasis: 'principal' } });
    expect(findingOf(principal, CONTRACTED).outcome).toBe('not_applicable');
    expect(findingOf(principal, 'request.household_cap').outcome).toBe('fail');
    expect(findingOf(checkEligibility(poor()), CONTRACTED).outcome).toBe('not_applicable');
  });

  it('CBIRC-2020-28/4.3 leaves the bank decision alone: approving the request is compliant, with the advisory reported', () => {
    const r = auditLendingDecision({ household: poor(), request: request('40000'), existingLoans: repaid, kind: 'top_up', bankDecision: 'approved' });
    expect(r).toMatchObject({ compliant: true, eligible: true });
    expect(findingOf(r, CONTRACTED).outcome).toBe('advisory');
  });
});

describe('request.replaced_loan', () => {
  const existing = [loan({ id: 'old', principal: '30000', outstanding: '30000' })];

  it('CBIRC-2020-28/4.3 advises that a renewal or extension naming no replaced loan may be counted twice while the household has an active loan', () => {
    for (const kind of ['renewal', 'extension'] as const) {
      const r = checkEligibility(poor(), request('20000', { kind }), { existingLoans: existing });
      const f = findingOf(r, REPLACED);
      expect(f.outcome, kind).toBe('advisory');
      expect(f.facts).toEqual({ kind, replacesLoanId: null, activeLoans: 1 });
      expect(f.message.en).toContain('counted twice');
      expect(f.message.zh).toContain(kind === 'renewal' ? '续贷' : '展期');
      expect(f.message.zh).toContain('重复计入');
      expect(cited(f)).toEqual(['CBIRC-2020-28/4.3', 'CBIRC-2020-28/4.3']);
      // Counted twice, 30,000 + 20,000 is still within the cap: the advisory does not change eligibility.
      expect(r.eligible).toBe(true);
    }
    // Counted twice and over the cap: the cap fails, as before; the advisory says why it may be wrong.
    const over = checkEligibility(poor(), request('30000', { kind: 'renewal' }), { existingLoans: existing });
    expect(findingOf(over, 'request.household_cap').outcome).toBe('fail');
    expect(findingOf(over, REPLACED).outcome).toBe('advisory');
    expect(over.eligible).toBe(false);
  });

  it('CBIRC-2020-28/4.3 passes a renewal that names its loan, or one by a household with no active loan', () => {
    const named = checkEligibility(poor(), request('30000', { kind: 'renewal', replacesLoanId: 'old' }), { existingLoans: existing });
    expect(findingOf(named, REPLACED)).toMatchObject({ outcome: 'pass', facts: { replacesLoanId: 'old', activeLoans: 1 } });
    const closedOrOthers = [loan({ id: 'c', status: 'closed' }), loan({ id: 'o', householdId: 'h2' })];
    const none = checkEligibility(poor(), request('30000', { kind: 'extension' }), { existingLoans: closedOrOthers });
    expect(findingOf(none, REPLACED)).toMatchObject({ outcome: 'pass', facts: { activeLoans: 0 } });
  });

  it('CBIRC-2020-28/4.3 is not applicable to a new loan, a top-up, a request of no kind or no request', () => {
    for (const kind of ['new', 'top_up', undefined] as const) {
      const r = checkEligibility(poor(), request('10000', kind ? { kind } : {}), { existingLoans: existing });
      expect(findingOf(r, REPLACED).outcome, String(kind)).toBe('not_applicable');
    }
    expect(findingOf(checkEligibility(poor()), REPLACED).outcome).toBe('not_applicable');
  });

  it("CBIRC-2020-28/4.3 takes a lending application's kind for a request without one", () => {
    const app = { household: poor(), request: request('20000'), existingLoans: existing, bankDecision: 'approved' } as const;
    const renewal = auditLendingDecision({ ...app, kind: 'renewal' });
    expect(findingOf(renewal, REPLACED)).toMatchObject({ outcome: 'advisory', facts: { kind: 'renewal' } });
    expect(renewal.compliant).toBe(true);
    expect(findingOf(auditLendingDecision({ ...app, kind: 'new' }), REPLACED).outcome).toBe('not_applicable');
  });
});

describe('the advisories in the findings', () => {
  it('come after the cap, in a fixed order, whether or not a request is given', () => {
    const ids = checkEligibility(poor()).findings.map((f) => f.ruleId);
    expect(ids).toEqual([
      'household.poverty_status',
      'household.edge_conditions',
      'household.poverty_office_list',
      'request.purpose',
      'request.household_cap',
      CONTRACTED,
      REPLACED,
    ]);
  });
});
