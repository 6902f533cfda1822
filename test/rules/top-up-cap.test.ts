import { describe, expect, it } from 'vitest';
import { computeMaxTopUp } from 'fupin-xindai';
import { cited, findingOf, loan, poor } from '../helpers/fixtures.js';

const RULE = 'top_up.household_cap';

describe('top_up.household_cap', () => {
  it('CBIRC-2020-28/4.3 passes while the total is under 50,000 and says how much is left', () => {
    const r = computeMaxTopUp(poor(), [loan({ outstanding: '49999.99' })]);
    expect(findingOf(r, RULE).outcome).toBe('pass');
    expect(r.maxTopUp).toBe('0.01');
    expect(r.allowed).toBe(true);
    expect(cited(findingOf(r, RULE))).toEqual(['CBIRC-2020-28/4.3']);
  });

  it('CBIRC-2020-28/4.3 fails at exactly 50,000.00: nothing more may be added', () => {
    const r = computeMaxTopUp(poor(), [loan({ outstanding: '50000.00' })]);
    expect(findingOf(r, RULE).outcome).toBe('fail');
    expect(r.maxTopUp).toBe('0.00');
    expect(r.allowed).toBe(false);
  });

  it('CBIRC-2020-28/4.3 fails above the cap and never reports a negative room', () => {
    const r = computeMaxTopUp(poor(), [loan({ outstanding: '30000' }), loan({ id: 'l2', outstanding: '20000.01' })]);
    expect(r.currentTotal).toBe('50000.01');
    expect(r.maxTopUp).toBe('0.00');
    expect(findingOf(r, RULE).outcome).toBe('fail');
  });
});

describe('household.total_within_cap (src/rules/total-cap.ts)', () => {
  it('CBIRC-2020-28/4.3 passes a total of exactly 50,000.00 and fails 50,000.01', () => {
    expect(findingOf(computeMaxTopUp(poor(), [loan({ outstanding: '50000.00' })]), 'household.total_within_cap').outcome).toBe('pass');
    const over = computeMaxTopUp(poor(), [loan({ outstanding: '50000.01' })]);
    expect(findingOf(over, 'household.total_within_cap').outcome).toBe('fail');
    expect(findingOf(over, 'household.total_within_cap').facts?.currentTotal).toBe('50000.01');
  });
});
