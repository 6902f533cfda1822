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

  it('HLJ-2020-47/2.2 is cited in Heilongjiang and not under the national jurisdiction', () => {
    expect(cited(findingOf(checkEligibility(edge()), RULE))).toEqual(['CBIRC-2020-28/2.1', 'HLJ-2020-47/2.2']);
    expect(cited(findingOf(checkEligibility(edge(), null, { jurisdiction: 'national' }), RULE))).toEqual(['CBIRC-2020-28/2.1']);
  });

  it('CBIRC-2020-28/2.1 cannot decide a date before 28号 was issued (2020-06-29): bad input, not a "no"', () => {
    expect(() => checkEligibility(poor(), null, { asOf: '2020-06-28' })).toThrow(PolicyInputError);
    const on = checkEligibility(poor(), null, { asOf: '2020-06-29' });
    expect(findingOf(on, RULE).outcome).toBe('pass');
    expect(on.eligible).toBe(true);
  });
});
