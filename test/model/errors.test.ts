import { describe, expect, it } from 'vitest';
import {
  checkEligibility,
  checkPolicyContinuity,
  classifyUsage,
  computeDeferralDeadline,
  computeMaxTopUp,
  isPolicyInputError,
  PolicyInputError,
  riskCompensationTrigger,
  type PolicyInputIssue,
} from 'fupin-xindai';
import { edge, loan, poor, policy } from '../helpers/fixtures.js';

/** Runs `fn`, expecting a PolicyInputError, and returns its issues. */
function issuesOf(fn: () => unknown): PolicyInputIssue[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyInputError);
    expect(e).toBeInstanceOf(Error);
    return [...(e as PolicyInputError).issues];
  }
  throw new Error('expected a PolicyInputError, but the call returned');
}

const one = (fn: () => unknown) => {
  const issues = issuesOf(fn);
  expect(issues).toHaveLength(1);
  return issues[0]!;
};

describe('PolicyInputError', () => {
  it('has name, code, issues and a plain-JSON form', () => {
    const e = new PolicyInputError([{ path: 'household.id', code: 'required', message: 'is required' }]);
    expect(e.name).toBe('PolicyInputError');
    expect(e.code).toBe('PolicyInputError');
    expect(e.message).toContain('household.id');
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      name: 'PolicyInputError',
      code: 'PolicyInputError',
      message: e.message,
      issues: [{ path: 'household.id', code: 'required', message: 'is required' }],
    });
    expect(isPolicyInputError(e)).toBe(true);
    expect(isPolicyInputError(new TypeError('x'))).toBe(false);
  });
});

describe('PolicyInputError message', () => {
  const issue = (n: number): PolicyInputIssue => ({ path: `loans.${n}.id`, code: 'required', message: 'is required' });
  it('names one issue in the singular, with its path and message', () => {
    expect(new PolicyInputError([issue(0)]).message).toBe('Bad policy input (1 issue): loans.0.id: is required');
  });
  it('lists up to three issues, then counts the rest', () => {
    expect(new PolicyInputError([issue(0), issue(1), issue(2)]).message).toBe(
      'Bad policy input (3 issues): loans.0.id: is required; loans.1.id: is required; loans.2.id: is required',
    );
    expect(new PolicyInputError([issue(0), issue(1), issue(2), issue(3), issue(4)]).message).toBe(
      'Bad policy input (5 issues): loans.0.id: is required; loans.1.id: is required; loans.2.id: is required; and 2 more',
    );
  });
  it('keeps every issue, frozen, whatever the message shows', () => {
    const e = new PolicyInputError([issue(0), issue(1), issue(2), issue(3)]);
    expect(e.issues.map((i) => i.path)).toEqual(['loans.0.id', 'loans.1.id', 'loans.2.id', 'loans.3.id']);
    expect(Object.isFrozen(e.issues)).toBe(true);
    expect(Object.isFrozen(e.issues[0])).toBe(true);
  });
  it('isPolicyInputError knows an error of the other build by its code, and nothing else by it', () => {
    const other = Object.assign(new Error('Bad policy input'), { code: 'PolicyInputError' });
    expect(isPolicyInputError(other)).toBe(true);
    expect(isPolicyInputError(Object.assign(new Error('x'), { code: 'Other' }))).toBe(false);
    expect(isPolicyInputError({ code: 'PolicyInputError' })).toBe(false);
  });
});

describe('bad input of every kind API.md names', () => {
  it('a missing required field is `required`, with its path', () => {
    const { id, ...noId } = poor();
    expect(one(() => checkEligibility(noId as never))).toMatchObject({ path: 'household.id', code: 'required' });
    expect(one(() => checkEligibility({ ...poor(), povertyStatus: null } as never))).toMatchObject({ path: 'household.povertyStatus', code: 'required' });
    // The id was the only thing wrong: given back, the same household decides.
    expect(checkEligibility({ ...noId, id }).eligible).toBe(true);
  });

  it('a blank id is `required`', () => {
    expect(one(() => checkEligibility(poor({ id: '   ' })))).toMatchObject({ path: 'household.id', code: 'required' });
  });

  it('a wrong type is `type`', () => {
    expect(one(() => checkEligibility(poor({ onPovertyOfficeList: 'true' as never })))).toMatchObject({ path: 'household.onPovertyOfficeList', code: 'type' });
    expect(one(() => checkEligibility(poor({ id: 42 as never })))).toMatchObject({ path: 'household.id', code: 'type' });
    expect(one(() => computeMaxTopUp(poor(), [loan({ overdueDays: '3' as never })]))).toMatchObject({ path: 'loans[0].overdueDays', code: 'type' });
  });

  it('an impossible date is `date`', () => {
    expect(one(() => computeDeferralDeadline(loan({ maturityDate: '2020-02-30' }), poor()))).toMatchObject({ path: 'loan.maturityDate', code: 'date' });
    expect(one(() => computeDeferralDeadline(loan({ maturityDate: '2021-02-29' }), poor()))).toMatchObject({ code: 'date' });
    expect(one(() => checkEligibility(poor(), null, { asOf: '2020/06/30' }))).toMatchObject({ path: 'options.asOf', code: 'date' });
    expect(one(() => checkPolicyContinuity(loan(), '2020-13-01'))).toMatchObject({ path: 'asOf', code: 'date' });
    expect(one(() => checkPolicyContinuity(loan(), undefined as never))).toMatchObject({ path: 'asOf', code: 'required' });
  });

  it('dates out of order are `date` (maturity before contract, deferral before maturity)', () => {
    expect(one(() => computeDeferralDeadline(loan({ contractDate: '2021-01-01', maturityDate: '2020-12-31' }), poor()))).toMatchObject({
      path: 'loan.maturityDate',
      code: 'date',
    });
    expect(one(() => computeDeferralDeadline(loan({ maturityDate: '2021-01-01', deferredTo: '2020-12-31' }), poor()))).toMatchObject({
      path: 'loan.deferredTo',
      code: 'date',
    });
  });

  it('negative, sub-fen, exponent, NaN and infinite money is `money`', () => {
    for (const outstanding of ['-1', '12.345', '1e3', '0x10', NaN, Infinity, -0.01, 0.001]) {
      expect(
        one(() => computeMaxTopUp(poor(), [loan({ outstanding: outstanding as never })])),
        String(outstanding),
      ).toMatchObject({ path: 'loans[0].outstanding', code: 'money' });
    }
  });

  it('an unknown enum value is `enum`', () => {
    expect(one(() => checkEligibility(poor({ povertyStatus: 'edge' as never })))).toMatchObject({ path: 'household.povertyStatus', code: 'enum' });
    expect(one(() => computeMaxTopUp(poor(), [loan({ kind: 'refinance' as never })]))).toMatchObject({ path: 'loans[0].kind', code: 'enum' });
    expect(one(() => checkEligibility(poor(), null, { jurisdiction: 'CN' as never }))).toMatchObject({ path: 'options.jurisdiction', code: 'enum' });
    expect(one(() => checkEligibility(poor(), null, { interpretations: { capBasis: 'gross' as never } }))).toMatchObject({
      path: 'options.interpretations.capBasis',
      code: 'enum',
    });
    expect(one(() => checkEligibility(poor(), null, { interpretations: { capBase: 'principal' } as never }))).toMatchObject({
      path: 'options.interpretations.capBase',
      code: 'enum',
    });
  });

  it('out-of-range numbers are `range`', () => {
    expect(one(() => riskCompensationTrigger(loan(), policy({ fundShare: '1.5' })))).toMatchObject({ path: 'policy.fundShare', code: 'range' });
    expect(one(() => riskCompensationTrigger(loan(), policy({ fundShare: '0.8', insurerShare: '0.3' })))).toMatchObject({ path: 'policy', code: 'range' });
    expect(one(() => riskCompensationTrigger(loan(), policy({ minOverdueDays: -1 })))).toMatchObject({ path: 'policy.minOverdueDays', code: 'range' });
    expect(one(() => riskCompensationTrigger(loan(), policy({ fundShare: '0.' + '3'.repeat(21) })))).toMatchObject({ path: 'policy.fundShare', code: 'range' });
    expect(riskCompensationTrigger(loan(), policy({ fundShare: '0.' + '3'.repeat(20) })).triggered).toBe(false);
    expect(one(() => riskCompensationTrigger(loan({ overdueDays: 1.5 }), policy()))).toMatchObject({ path: 'loan.overdueDays', code: 'range' });
    expect(one(() => checkEligibility(poor(), { amount: '0', purpose: 'production' }))).toMatchObject({ path: 'request.amount', code: 'range' });
  });

  it('an edge household must state both conditions', () => {
    const issues = issuesOf(() => checkEligibility(edge({ hasLaborCapacity: undefined, hasIndustrialDevelopmentConditions: null })));
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['household.hasIndustrialDevelopmentConditions', 'required'],
      ['household.hasLaborCapacity', 'required'],
    ]);
  });

  it('a record that is not a plain object is `type`; a missing one is `required`', () => {
    class Household {
      id = 'h1';
      povertyStatus = 'registered_poor';
      onPovertyOfficeList = true;
    }
    for (const bad of [new Household(), [], 'h1', 42, new Date(0), new Map()]) {
      expect(
        one(() => checkEligibility(bad as never)),
        String(bad),
      ).toMatchObject({ path: 'household', code: 'type' });
    }
    expect(one(() => checkEligibility(undefined as never))).toMatchObject({ path: 'household', code: 'required' });
    expect(one(() => computeMaxTopUp(poor(), 'loans' as never))).toMatchObject({ path: 'loans', code: 'type' });
    expect(one(() => computeMaxTopUp(poor(), [null as never]))).toMatchObject({ path: 'loans[0]', code: 'required' });
  });

  it('accepts an object with a null prototype (as from Object.create(null) or some parsers)', () => {
    const h = Object.assign(Object.create(null), poor());
    expect(checkEligibility(h).eligible).toBe(true);
  });

  it('a property whose access throws is reported, never rethrown', () => {
    const h = { ...poor() };
    Object.defineProperty(h, 'povertyStatus', {
      enumerable: true,
      get() {
        throw new TypeError('boom');
      },
    });
    expect(one(() => checkEligibility(h))).toMatchObject({ path: 'household.povertyStatus', code: 'type' });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(one(() => checkEligibility(revoked.proxy as never))).toMatchObject({ path: 'household', code: 'type' });
  });

  it('a blank or missing purpose is bad input', () => {
    expect(one(() => classifyUsage('  '))).toMatchObject({ path: 'purpose', code: 'required' });
    expect(one(() => classifyUsage(''))).toMatchObject({ path: 'purpose', code: 'required' });
    expect(one(() => classifyUsage(undefined as never))).toMatchObject({ path: 'purpose', code: 'required' });
    expect(one(() => classifyUsage(7 as never))).toMatchObject({ path: 'purpose', code: 'type' });
    expect(one(() => classifyUsage('养'.repeat(1001)))).toMatchObject({ path: 'purpose', code: 'range' });
  });

  it('a loan of another household, or a replaced loan that is not there, is `range`', () => {
    expect(one(() => computeDeferralDeadline(loan({ householdId: 'h2' }), poor()))).toMatchObject({ path: 'loan.householdId', code: 'range' });
    expect(
      one(() => checkEligibility(poor(), { amount: '100', purpose: 'production', kind: 'renewal', replacesLoanId: 'nope' }, { existingLoans: [loan()] })),
    ).toMatchObject({ path: 'request.replacesLoanId', code: 'range' });
    expect(
      one(() => checkEligibility(poor(), { amount: '100', purpose: 'production', kind: 'top_up', replacesLoanId: 'l1' }, { existingLoans: [loan()] })),
    ).toMatchObject({ path: 'request.replacesLoanId', code: 'range' });
  });

  it('names every bad field of every argument at once', () => {
    const issues = issuesOf(() =>
      checkEligibility(
        { id: '', povertyStatus: 'edge', onPovertyOfficeList: 1 } as never,
        { amount: '-5', purpose: '' },
        { asOf: '2021-02-29', existingLoans: [loan(), loan({ outstanding: '1.001', maturityDate: '2019-01-01' })] },
      ),
    );
    expect(issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'household.id:required',
      'household.povertyStatus:enum',
      'household.onPovertyOfficeList:type',
      'request.amount:money',
      'request.purpose:required',
      'options.asOf:date',
      'options.existingLoans[1].outstanding:money',
      'options.existingLoans[1].maturityDate:date',
    ]);
  });

  it('optional fields may be absent, undefined or null, all meaning "not given"', () => {
    const a = computeDeferralDeadline(loan({ maturityDate: '2020-07-01', covidRepaymentDifficulty: true }), poor());
    const b = computeDeferralDeadline(
      loan({ maturityDate: '2020-07-01', covidRepaymentDifficulty: true, deferredTo: null, status: undefined, overdueDays: null }),
      poor({ region: null }),
    );
    expect(b).toEqual(a);
  });
});
