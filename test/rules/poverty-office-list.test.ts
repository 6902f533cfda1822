import { describe, expect, it } from 'vitest';
import { checkEligibility } from 'fupin-xindai';
import { cited, edge, findingOf, poor } from '../helpers/fixtures.js';

const RULE = 'household.poverty_office_list';

describe('household.poverty_office_list', () => {
  it('CBIRC-2020-28/2.2 passes an edge household on the list', () => {
    const f = findingOf(checkEligibility(edge()), RULE);
    expect(f.outcome).toBe('pass');
    expect(cited(f)).toEqual(['CBIRC-2020-28/2.2', 'HLJ-2020-47/3.3']);
  });

  it('CBIRC-2020-28/2.2 fails an edge household not on the list, in either jurisdiction', () => {
    for (const jurisdiction of ['HLJ', 'national'] as const) {
      const r = checkEligibility(edge({ onPovertyOfficeList: false }), null, { jurisdiction });
      expect(findingOf(r, RULE).outcome).toBe('fail');
      expect(r.eligible).toBe(false);
    }
  });

  it('HLJ-2020-47/3.3 fails a registered poor household not on the list in Heilongjiang, citing 47号 only', () => {
    const r = checkEligibility(poor({ onPovertyOfficeList: false }));
    expect(findingOf(r, RULE).outcome).toBe('fail');
    expect(cited(findingOf(r, RULE))).toEqual(['HLJ-2020-47/3.3']);
    expect(r.eligible).toBe(false);
  });

  it('HLJ-2020-47/3.3 passes a registered poor household on the list', () => {
    expect(findingOf(checkEligibility(poor()), RULE).outcome).toBe('pass');
  });

  it("HLJ-2020-47/3.3 is 47号's own requirement: not applied to registered poor households nationally", () => {
    const r = checkEligibility(poor({ onPovertyOfficeList: false }), null, { jurisdiction: 'national' });
    const f = findingOf(r, RULE);
    expect(f.outcome).toBe('not_applicable');
    expect(f.message.en).toContain('national');
    expect(r.eligible).toBe(true);
  });
});
