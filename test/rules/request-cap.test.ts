import { describe, expect, it } from 'vitest';
import { checkEligibility } from 'fupin-xindai';
import { cited, findingOf, loan, poor } from '../helpers/fixtures.js';

const RULE = 'request.household_cap';
const request = (amount: string, over = {}) => ({ amount, purpose: 'production', ...over });

describe('request.household_cap', () => {
  it('CBIRC-2020-28/4.3 passes a request that brings the total to exactly 50,000.00', () => {
    const r = checkEligibility(poor(), request('20000.00'), { existingLoans: [loan({ outstanding: '30000' })] });
    expect(findingOf(r, RULE).outcome).toBe('pass');
    expect(findingOf(r, RULE).facts).toMatchObject({ currentTotal: '30000.00', totalAfter: '50000.00', cap: '50000.00' });
    expect(cited(findingOf(r, RULE))).toEqual(['CBIRC-2020-28/4.3']);
    expect(r.eligible).toBe(true);
  });

  it('CBIRC-2020-28/4.3 fails a request one fen over (50,000.01)', () => {
    const r = checkEligibility(poor(), request('20000.01'), { existingLoans: [loan({ outstanding: '30000' })] });
    expect(findingOf(r, RULE).outcome).toBe('fail');
    expect(findingOf(r, RULE).facts?.totalAfter).toBe('50000.01');
    expect(r.eligible).toBe(false);
  });

  it('CBIRC-2020-28/4.3 alone: a 50,000.01 request with no loans fails, 50,000 passes', () => {
    expect(findingOf(checkEligibility(poor(), request('50000.01')), RULE).outcome).toBe('fail');
    expect(findingOf(checkEligibility(poor(), request('50000')), RULE).outcome).toBe('pass');
  });

  it("CBIRC-2020-28/4.3 counts only this household's active loans", () => {
    const loans = [
      loan({ id: 'a', outstanding: '30000' }),
      loan({ id: 'b', outstanding: '30000', status: 'closed' }),
      loan({ id: 'c', householdId: 'someone-else', outstanding: '30000' }),
    ];
    expect(findingOf(checkEligibility(poor(), request('20000'), { existingLoans: loans }), RULE).outcome).toBe('pass');
  });

  it('CBIRC-2020-28/4.3 leaves out the loan a renewal replaces', () => {
    const existing = [loan({ id: 'old', outstanding: '40000' }), loan({ id: 'other', outstanding: '10000' })];
    const renewal = checkEligibility(poor(), request('40000', { kind: 'renewal', replacesLoanId: 'old' }), { existingLoans: existing });
    expect(findingOf(renewal, RULE).outcome).toBe('pass');
    expect(findingOf(renewal, RULE).facts?.currentTotal).toBe('10000.00');
    const topUp = checkEligibility(poor(), request('40000', { kind: 'top_up' }), { existingLoans: existing });
    expect(findingOf(topUp, RULE).outcome).toBe('fail');
  });

  it('CBIRC-2020-28/4.3 sums principal instead when capBasis is pinned to principal', () => {
    const existing = [loan({ principal: '40000', outstanding: '10000' })];
    const outstanding = checkEligibility(poor(), request('20000'), { existingLoans: existing });
    const principal = checkEligibility(poor(), request('20000'), { existingLoans: existing, interpretations: { capBasis: 'principal' } });
    expect(findingOf(outstanding, RULE).outcome).toBe('pass');
    expect(findingOf(principal, RULE).outcome).toBe('fail');
    expect(findingOf(principal, RULE).facts?.capBasis).toBe('principal');
  });

  it('CBIRC-2020-28/4.3 is not applicable without a request', () => {
    expect(findingOf(checkEligibility(poor()), RULE).outcome).toBe('not_applicable');
  });
});
