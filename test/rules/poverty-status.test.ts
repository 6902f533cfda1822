import { describe, expect, it } from 'vitest';
import { checkEligibility, PolicyInputError } from 'fupin-xindai';
import { cited, edge, findingOf, poor } from '../helpers/fixtures.js';

const RULE = 'household.poverty_status';

describe('household.poverty_status', () => {
  it('CBIRC-2020-28/2.1 passes a registered poor household', () => {
    const f = findingOf(checkEligibility(poor()), RULE);
    expect(f.outcome).toBe('pass');
    expect(cited(f)).toContain('CBIRC-2020-28/2.1');
  });

  it('CBIRC-2020-28/2.1 passes an edge household', () => {
    expect(findingOf(checkEligibility(edge()), RULE).outcome).toBe('pass');
  });

  it('CBIRC-2020-28/2.1 fails a household that is neither, and it is not eligible', () => {
    const r = checkEligibility(poor({ povertyStatus: 'none' }));
    expect(findingOf(r, RULE).outcome).toBe('fail');
    expect(r.eligible).toBe(false);
  });

  it('HLJ-2020-47/2.2 is cited in Heilongjiang for an edge household, and not under the national jurisdiction', () => {
    expect(cited(findingOf(checkEligibility(edge()), RULE))).toEqual(['CBIRC-2020-28/2.1', 'HLJ-2020-47/2.2', 'HLJ-2020-47/3.8']);
    expect(cited(findingOf(checkEligibility(edge(), null, { jurisdiction: 'national' }), RULE))).toEqual(['CBIRC-2020-28/2.1']);
  });

  it("HLJ-2020-47/3.8 a registered poor household in Heilongjiang cites 47号's sentence on poor households, not 二's on the edge population", () => {
    const f = findingOf(checkEligibility(poor()), RULE);
    expect(f.outcome).toBe('pass');
    expect(cited(f)).toEqual(['CBIRC-2020-28/2.1', 'HLJ-2020-47/3.8']);
    // Each quote speaks of registered poor households: 28号's 建档立卡贫困户, 47号's 贫困户.
    expect(f.citations[0]!.quote).toContain('建档立卡贫困户');
    expect(f.citations[1]!.quote).toContain('符合条件的贫困户');
    expect(cited(findingOf(checkEligibility(poor(), null, { jurisdiction: 'national' }), RULE))).toEqual(['CBIRC-2020-28/2.1']);
  });

  it('HLJ-2020-47/2.2 HLJ-2020-47/3.8 a household that is neither is measured against both in Heilongjiang', () => {
    expect(cited(findingOf(checkEligibility(poor({ povertyStatus: 'none' })), RULE))).toEqual(['CBIRC-2020-28/2.1', 'HLJ-2020-47/2.2', 'HLJ-2020-47/3.8']);
  });

  it('CBIRC-2020-28/2.1 cannot decide a date before 28号 was issued (2020-06-29): bad input, not a "no"', () => {
    expect(() => checkEligibility(poor(), null, { asOf: '2020-06-28' })).toThrow(PolicyInputError);
    const on = checkEligibility(poor(), null, { asOf: '2020-06-29' });
    expect(findingOf(on, RULE).outcome).toBe('pass');
    expect(on.eligible).toBe(true);
  });
});
