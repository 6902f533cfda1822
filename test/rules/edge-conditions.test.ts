import { describe, expect, it } from 'vitest';
import { checkEligibility } from 'fupin-xindai';
import { cited, edge, findingOf, poor } from '../helpers/fixtures.js';

const RULE = 'household.edge_conditions';

describe('household.edge_conditions', () => {
  it('CBIRC-2020-28/2.1 passes an edge household with both conditions', () => {
    const r = checkEligibility(edge());
    expect(findingOf(r, RULE).outcome).toBe('pass');
    expect(r.eligible).toBe(true);
  });

  it('CBIRC-2020-28/2.1 fails an edge household without conditions for developing production', () => {
    const r = checkEligibility(edge({ hasIndustrialDevelopmentConditions: false }));
    expect(findingOf(r, RULE).outcome).toBe('fail');
    expect(findingOf(r, RULE).message.en).toContain('conditions for developing production');
    expect(r.eligible).toBe(false);
  });

  it('CBIRC-2020-28/2.1 fails an edge household without labour capacity', () => {
    const r = checkEligibility(edge({ hasLaborCapacity: false }));
    expect(findingOf(r, RULE).outcome).toBe('fail');
    expect(findingOf(r, RULE).message.en).toContain('labour capacity');
    expect(findingOf(r, RULE).message.en).not.toContain('production');
    expect(r.eligible).toBe(false);
  });

  it('CBIRC-2020-28/2.1 needs both: lacking both is named in full', () => {
    const r = checkEligibility(edge({ hasLaborCapacity: false, hasIndustrialDevelopmentConditions: false }));
    expect(findingOf(r, RULE).message.zh).toContain('产业发展条件和劳动能力');
  });

  it('HLJ-2020-47/2.2 cites 47号 in Heilongjiang', () => {
    expect(cited(findingOf(checkEligibility(edge({ hasLaborCapacity: false })), RULE))).toContain('HLJ-2020-47/2.2');
  });

  it('CBIRC-2020-28/2.1 does not apply to a registered poor household', () => {
    const r = checkEligibility(poor());
    expect(findingOf(r, RULE).outcome).toBe('not_applicable');
    expect(r.eligible).toBe(true);
  });
});
