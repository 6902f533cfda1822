// Tests for the continuity rules: src/rules/continuity-*.ts
import { describe, expect, it } from 'vitest';
import { checkPolicyContinuity } from 'fupin-xindai';
import { cited, findingOf, loan } from '../helpers/fixtures.js';

describe('continuity.signed_in_campaign (src/rules/continuity-signed.ts)', () => {
  it('CBIRC-2020-28/1.1 keeps policies for contracts signed on 2020-12-31', () => {
    const r = checkPolicyContinuity(loan({ contractDate: '2020-12-31', maturityDate: '2023-12-31' }), '2021-06-01');
    expect(findingOf(r, 'continuity.signed_in_campaign').outcome).toBe('pass');
    expect(r).toMatchObject({ guaranteed: true, until: '2023-12-31' });
  });

  it('CBIRC-2020-28/1.1 does not for contracts signed on 2021-01-01', () => {
    const r = checkPolicyContinuity(loan({ contractDate: '2021-01-01', maturityDate: '2023-12-31' }), '2021-06-01');
    expect(findingOf(r, 'continuity.signed_in_campaign').outcome).toBe('fail');
    expect(r).toMatchObject({ guaranteed: false, until: null });
  });

  it('HLJ-2020-47/2.1 covers renewals and extensions too, and is cited in Heilongjiang', () => {
    for (const kind of ['renewal', 'extension'] as const) {
      const r = checkPolicyContinuity(loan({ kind, contractDate: '2020-11-01', maturityDate: '2022-11-01' }), '2021-06-01');
      expect(r.guaranteed).toBe(true);
      expect(cited(findingOf(r, 'continuity.signed_in_campaign'))).toEqual(['CBIRC-2020-28/1.1', 'HLJ-2020-47/2.1']);
    }
    const late = checkPolicyContinuity(loan({ kind: 'renewal', contractDate: '2021-01-01', maturityDate: '2022-11-01' }), '2021-06-01');
    expect(findingOf(late, 'continuity.signed_in_campaign').outcome).toBe('fail');
  });
});

describe('continuity.within_term (src/rules/continuity-term.ts)', () => {
  it('CBIRC-2020-28/1.1 holds through the maturity date and ends the day after', () => {
    const l = loan({ contractDate: '2020-06-01', maturityDate: '2021-06-01' });
    expect(findingOf(checkPolicyContinuity(l, '2021-06-01'), 'continuity.within_term').outcome).toBe('pass');
    expect(findingOf(checkPolicyContinuity(l, '2021-06-02'), 'continuity.within_term').outcome).toBe('fail');
  });

  it('CBIRC-2020-28/3.2 extends the guarantee through an epidemic deferral', () => {
    const l = loan({ contractDate: '2019-06-01', maturityDate: '2020-06-01', deferredTo: '2021-03-31' });
    const during = checkPolicyContinuity(l, '2021-03-31');
    expect(during).toMatchObject({ guaranteed: true, until: '2021-03-31' });
    expect(cited(findingOf(during, 'continuity.within_term'))).toContain('CBIRC-2020-28/3.2');
    const after = checkPolicyContinuity(l, '2021-04-01');
    expect(after.guaranteed).toBe(false);
    expect(findingOf(after, 'continuity.within_term').outcome).toBe('fail');
  });

  it('CBIRC-2020-28/1.1 cites only the term sentence when there is no deferral', () => {
    const r = checkPolicyContinuity(loan({ contractDate: '2020-06-01', maturityDate: '2021-06-01' }), '2021-01-01');
    expect(cited(findingOf(r, 'continuity.within_term'))).toEqual(['CBIRC-2020-28/1.1']);
  });
});
