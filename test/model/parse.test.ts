// Parse once, decide many times: a parsed record decides exactly as the raw one, is frozen, and the
// shortcut it earns cannot be borrowed by a look-alike object.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkEligibility,
  computeDeferralDeadline,
  computeMaxTopUp,
  parseEligibilityRequest,
  parseHousehold,
  parseLoan,
  parseRiskCompensationPolicy,
  PolicyInputError,
  riskCompensationTrigger,
} from 'fupin-xindai';
import { household, loan, policy, RUNS } from '../properties/arbitraries.js';

const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyInputError);
    return (e as PolicyInputError).issues.map((i) => i.path).sort();
  }
  throw new Error('expected a PolicyInputError');
};

const H = { id: 'h1', povertyStatus: 'registered_poor', onPovertyOfficeList: true } as const;
const L = { id: 'l1', householdId: 'h1', kind: 'new', principal: '30000', outstanding: 30000, contractDate: '2020-03-01', maturityDate: '2020-12-31' } as const;

describe('parse once', () => {
  it('decides every parsed record exactly as the raw record, over generated input', () => {
    fc.assert(
      fc.property(household, loan(), policy, fc.integer({ min: 1, max: 6_000_000 }), (h, l, p, fen) => {
        const request = { amount: (fen / 100).toFixed(2), purpose: 'production' };
        const [ph, pl, pp, pr] = [parseHousehold(h), parseLoan(l), parseRiskCompensationPolicy(p), parseEligibilityRequest(request)];
        expect(checkEligibility(ph, pr, { existingLoans: [pl] })).toEqual(checkEligibility(h, request, { existingLoans: [l] }));
        expect(computeMaxTopUp(ph, [pl])).toEqual(computeMaxTopUp(h, [l]));
        expect(computeDeferralDeadline(pl, ph)).toEqual(computeDeferralDeadline(l, h));
        expect(riskCompensationTrigger(pl, pp)).toEqual(riskCompensationTrigger(l, p));
        // What parse returns is itself valid input: a JSON copy (not registered) decides the same.
        const copy = JSON.parse(JSON.stringify([ph, pl, pp])) as [typeof ph, typeof pl, typeof pp];
        expect(computeDeferralDeadline(copy[1], copy[0])).toEqual(computeDeferralDeadline(l, h));
        expect(riskCompensationTrigger(copy[1], copy[2])).toEqual(riskCompensationTrigger(l, p));
      }),
      RUNS,
    );
  });

  it('returns frozen records written as the library reads them, leaving the input alone', () => {
    const input = { ...L };
    const l = parseLoan(input);
    expect(Object.isFrozen(l)).toBe(true);
    expect(l).toMatchObject({ principal: '30000.00', outstanding: '30000.00', status: 'active', overdueDays: 0, classification: 'normal', deferredTo: null });
    expect(input).toEqual(L);
    expect(() => {
      (l as { outstanding: string }).outstanding = '0';
    }).toThrow(TypeError);
    expect(parseRiskCompensationPolicy({ fundEstablished: true, minOverdueDays: 90, fundShare: 1e-7 }).fundShare).toBe('0.0000001');
  });

  it('throws PolicyInputError naming every bad field, as the decisions do', () => {
    expect(issuesOf(() => parseLoan({ ...L, outstanding: '-1', maturityDate: '2020-02-30' }))).toEqual(['loan.maturityDate', 'loan.outstanding']);
    expect(issuesOf(() => parseHousehold({ ...H, povertyStatus: 'monitored_edge' }))).toEqual([
      'household.hasIndustrialDevelopmentConditions',
      'household.hasLaborCapacity',
    ]);
    expect(issuesOf(() => parseEligibilityRequest({ amount: 0, purpose: ' ' }))).toEqual(['request.amount', 'request.purpose']);
    expect(issuesOf(() => parseRiskCompensationPolicy({ fundEstablished: true, minOverdueDays: 90, fundShare: 0.8, insurerShare: 0.3 }))).toEqual(['policy']);
    expect(issuesOf(() => parseHousehold(null))).toEqual(['household']);
  });

  it('gives no shortcut to a look-alike: a changed copy of a parsed record is checked in full', () => {
    const h = parseHousehold(H);
    const l = parseLoan(L);
    expect(issuesOf(() => computeMaxTopUp(h, [{ ...l, outstanding: 'lots' }]))).toEqual(['loans[0].outstanding']);
    expect(issuesOf(() => checkEligibility({ ...h, povertyStatus: 'poor' as never }))).toEqual(['household.povertyStatus']);
    // A parsed loan still belongs to its household: the check across arguments is made every time.
    expect(issuesOf(() => computeDeferralDeadline(l, parseHousehold({ ...H, id: 'h2' })))).toEqual(['loan.householdId']);
  });
});
