// 财政贴息: src/rules/subsidy-*.ts through checkInterestSubsidy.
import { describe, expect, it } from 'vitest';
import { checkInterestSubsidy } from 'fupin-xindai';
import { cited, edge, findingOf, loan, poor } from '../helpers/fixtures.js';

const signed = loan({ contractDate: '2020-10-01', maturityDate: '2022-10-01' });

describe('subsidy.household (src/rules/subsidy-household.ts)', () => {
  it('CBIRC-2020-28/2.5 subsidises registered poor and edge households', () => {
    for (const h of [poor(), edge()]) {
      const r = checkInterestSubsidy(signed, h, '2021-06-01');
      expect(findingOf(r, 'subsidy.household').outcome).toBe('pass');
      expect(r.subsidized).toBe(true);
    }
  });

  it('CBIRC-2020-28/2.5 does not subsidise a household that is neither', () => {
    const r = checkInterestSubsidy(signed, poor({ povertyStatus: 'none' }), '2021-06-01');
    expect(findingOf(r, 'subsidy.household').outcome).toBe('fail');
    expect(r.subsidized).toBe(false);
  });

  it('HLJ-2020-47/3.6 is cited in Heilongjiang, passing and failing', () => {
    expect(cited(findingOf(checkInterestSubsidy(signed, poor(), '2021-06-01'), 'subsidy.household'))).toContain('HLJ-2020-47/3.6');
    expect(findingOf(checkInterestSubsidy(signed, poor({ povertyStatus: 'none' }), '2021-06-01'), 'subsidy.household').outcome).toBe('fail');
  });
});

describe('subsidy.policy_continuity (src/rules/subsidy-continuity.ts)', () => {
  it('CBIRC-2020-28/1.1 keeps the subsidy through the term of a contract signed by 2020-12-31', () => {
    expect(checkInterestSubsidy(signed, poor(), '2022-10-01').subsidized).toBe(true);
    const after = checkInterestSubsidy(signed, poor(), '2022-10-02');
    expect(after.subsidized).toBe(false);
    expect(findingOf(after, 'subsidy.policy_continuity').outcome).toBe('fail');
  });

  it('CBIRC-2020-28/1.1 gives no guarantee to a contract signed in 2021', () => {
    const r = checkInterestSubsidy(loan({ contractDate: '2021-01-01', maturityDate: '2022-01-01' }), poor(), '2021-06-01');
    expect(findingOf(r, 'subsidy.policy_continuity').outcome).toBe('fail');
    expect(findingOf(r, 'subsidy.policy_continuity').facts?.until).toBeNull();
  });

  it('CBIRC-2020-28/3.2 keeps it through an epidemic deferral', () => {
    const deferred = loan({ contractDate: '2019-06-01', maturityDate: '2020-06-01', deferredTo: '2021-03-31' });
    expect(checkInterestSubsidy(deferred, poor(), '2021-03-31').subsidized).toBe(true);
    expect(checkInterestSubsidy(deferred, poor(), '2021-04-01').subsidized).toBe(false);
  });
});
