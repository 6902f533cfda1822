// Hostile input reaches every public function and stops at the door (issue 7): the only thing that may
// come out is a PolicyInputError naming the bad field; Object.prototype is never polluted.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  auditLendingDecision,
  checkEligibility,
  checkHouseholdUse,
  checkInterestSubsidy,
  checkPolicyContinuity,
  classifyUsage,
  computeDeferralDeadline,
  computeMaxTopUp,
  monitorPortfolio,
  obligationsOf,
  PolicyInputError,
  riskCompensationTrigger,
} from 'fupin-xindai';
import { RUNS } from './arbitraries.js';

const goodHousehold = { id: 'h1', povertyStatus: 'registered_poor', onPovertyOfficeList: true };
const goodLoan = { id: 'l1', householdId: 'h1', kind: 'new', principal: '1000', outstanding: '1000', contractDate: '2020-01-01', maturityDate: '2021-01-01' };
const goodPolicy = { fundEstablished: true, minOverdueDays: 90, fundShare: '0.8' };

const throwing = () => {
  const o = { ...goodHousehold };
  Object.defineProperty(o, 'id', { enumerable: true, get: () => { throw new Error('getter'); } });
  return o;
};

/** Values no field accepts, of every kind the issue lists. */
const hostileValue = fc.oneof(
  fc.constantFrom<unknown>(null, NaN, Infinity, -Infinity, 1e21, -1, 0.001, '1e3', '0x10', '-5', '12.345', '', '   ', '2021-02-29', '2020-13-01', 'yes', [], {}, true),
  fc.constant(10n),
  fc.constant(new Date(0)),
  fc.constant(Symbol('s')),
  fc.constant('养'.repeat(1 << 20)),
  fc.string({ maxLength: 5 }).filter((s) => !['new', 'renewal', 'extension', 'top_up', 'registered_poor', 'monitored_edge', 'none', 'active', 'closed'].includes(s)),
);

/** A good record with one field replaced by something hostile (or deleted). */
const spoil = (record: Record<string, unknown>) =>
  fc.tuple(fc.constantFrom(...Object.keys(record)), hostileValue, fc.boolean()).map(([key, value, remove]) => {
    const copy: Record<string, unknown> = { ...record };
    if (remove) delete copy[key];
    else copy[key] = value;
    return { copy, key };
  });

/** Records that are not records at all. */
const notARecord = fc.constantFrom<unknown>(undefined, null, 42, 'h1', [], new Date(0), new Map(), Object.create({ id: 'h1' }), JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'));

/** Runs `fn`; passes when it throws a PolicyInputError whose issues name `path`, or when it decides (the value happened to be valid). */
function onlyPolicyInputError(fn: () => unknown, path?: string): void {
  try {
    fn();
  } catch (e) {
    expect(e, String(e)).toBeInstanceOf(PolicyInputError);
    const issues = (e as PolicyInputError).issues;
    expect(issues.length).toBeGreaterThan(0);
    if (path) expect(issues.map((i) => i.path).some((p) => p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`)), `${path} in ${JSON.stringify(issues.map((i) => i.path))}`).toBe(true);
  }
}

afterAll(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('hostile input', () => {
  const runs = RUNS;

  it('a spoiled household reaches every function that takes one', () => {
    fc.assert(
      fc.property(spoil(goodHousehold), ({ copy, key }) => {
        // Some replacements are valid ids ('yes'); then only the pairing with the loan can be wrong.
        let bad = false;
        try {
          checkEligibility(copy as never);
        } catch {
          bad = true;
        }
        const at = bad ? `household.${key}` : undefined;
        onlyPolicyInputError(() => checkEligibility(copy as never), at);
        onlyPolicyInputError(() => computeMaxTopUp(copy as never, [goodLoan as never]), at);
        onlyPolicyInputError(() => computeDeferralDeadline(goodLoan as never, copy as never), at);
        onlyPolicyInputError(() => checkInterestSubsidy(goodLoan as never, copy as never, '2021-01-01'), at);
        onlyPolicyInputError(() => auditLendingDecision({ household: copy as never, kind: 'new', bankDecision: 'approved' }), at && `application.${at}`);
        onlyPolicyInputError(() => monitorPortfolio([copy as never], [], { asOf: '2021-01-01' }), bad ? `households[0].${key}` : undefined);
      }),
      runs,
    );
  });

  it('a spoiled loan reaches every function that takes one', () => {
    fc.assert(
      fc.property(spoil(goodLoan), ({ copy, key }) => {
        onlyPolicyInputError(() => computeMaxTopUp(goodHousehold as never, [copy as never]), `loans[0].${key}`);
        onlyPolicyInputError(() => computeDeferralDeadline(copy as never, goodHousehold as never), `loan.${key}`);
        onlyPolicyInputError(() => riskCompensationTrigger(copy as never, goodPolicy as never), `loan.${key}`);
        onlyPolicyInputError(() => checkPolicyContinuity(copy as never, '2021-01-01'), `loan.${key}`);
        onlyPolicyInputError(() => checkHouseholdUse(copy as never), `loan.${key}`);
        onlyPolicyInputError(() => checkEligibility(goodHousehold as never, null, { existingLoans: [copy as never] }), `options.existingLoans[0].${key}`);
        onlyPolicyInputError(() => monitorPortfolio([], [copy as never], { asOf: '2021-01-01' }), `loans[0].${key}`);
      }),
      runs,
    );
  });

  it('a spoiled policy, request, purpose, date or party', () => {
    fc.assert(
      fc.property(spoil(goodPolicy), hostileValue, ({ copy, key }, v) => {
        onlyPolicyInputError(() => riskCompensationTrigger(goodLoan as never, copy as never), `policy.${key}`);
        onlyPolicyInputError(() => checkEligibility(goodHousehold as never, { amount: v, purpose: 'production' } as never), 'request.amount');
        onlyPolicyInputError(() => classifyUsage(v as never), 'purpose');
        onlyPolicyInputError(() => checkPolicyContinuity(goodLoan as never, v as never), 'asOf');
        onlyPolicyInputError(() => obligationsOf(v as never), 'party');
        onlyPolicyInputError(() => checkEligibility(goodHousehold as never, null, { asOf: v, jurisdiction: v } as never));
      }),
      runs,
    );
  });

  it('things that are not records at all, and getters that throw', () => {
    fc.assert(
      fc.property(notARecord, (v) => {
        onlyPolicyInputError(() => checkEligibility(v as never), 'household');
        onlyPolicyInputError(() => computeMaxTopUp(goodHousehold as never, v as never), 'loans');
        onlyPolicyInputError(() => riskCompensationTrigger(v as never, goodPolicy as never), 'loan');
        onlyPolicyInputError(() => auditLendingDecision(v as never), 'application');
      }),
      runs,
    );
    onlyPolicyInputError(() => checkEligibility(throwing() as never), 'household.id');
  });
});
