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
    const l = loan({ contractDate: '2019-06-01', maturityDate: '2020-06-01', deferredTo: '2021-03-31', covidRepaymentDifficulty: true });
    const during = checkPolicyContinuity(l, '2021-03-31');
    expect(during).toMatchObject({ guaranteed: true, until: '2021-03-31' });
    expect(cited(findingOf(during, 'continuity.within_term'))).toContain('CBIRC-2020-28/3.2');
    const after = checkPolicyContinuity(l, '2021-04-01');
    expect(after.guaranteed).toBe(false);
    expect(findingOf(after, 'continuity.within_term').outcome).toBe('fail');
  });

  it('CBIRC-2020-28/3.2 extends it only as far as 三 allows: a deferral recorded beyond the deadline stops there, and fails', () => {
    // Maturity 2020-05-01: the deadline is the later of 2020-11-01 and 2021-03-31.
    const l = loan({ contractDate: '2019-05-01', maturityDate: '2020-05-01', deferredTo: '2021-12-31', covidRepaymentDifficulty: true });
    expect(checkPolicyContinuity(l, '2021-03-31')).toMatchObject({ guaranteed: true, until: '2021-03-31' });
    const after = checkPolicyContinuity(l, '2021-04-01');
    expect(after).toMatchObject({ guaranteed: false, until: '2021-03-31' });
    expect(findingOf(after, 'deferral.granted_within_limit').outcome).toBe('fail');
    // Within the limit, the deferral's own finding passes and the guarantee runs to the recorded date.
    const lawful = checkPolicyContinuity({ ...l, deferredTo: '2021-02-01' }, '2021-02-01');
    expect(lawful).toMatchObject({ guaranteed: true, until: '2021-02-01' });
    expect(findingOf(lawful, 'deferral.granted_within_limit').outcome).toBe('pass');
  });

  it('CBIRC-2020-28/3.2 a deferral without epidemic difficulty, or outside the maturity window, extends nothing', () => {
    const noDifficulty = loan({ contractDate: '2019-05-01', maturityDate: '2020-05-01', deferredTo: '2021-03-31' });
    const r = checkPolicyContinuity(noDifficulty, '2020-06-30');
    expect(r).toMatchObject({ guaranteed: false, until: '2020-05-01' });
    expect(findingOf(r, 'deferral.granted_within_limit').outcome).toBe('fail');
    expect(cited(findingOf(r, 'continuity.within_term'))).toEqual(['CBIRC-2020-28/1.1']);
    const early = loan({ contractDate: '2018-12-01', maturityDate: '2019-12-31', deferredTo: '2020-12-31', covidRepaymentDifficulty: true });
    expect(checkPolicyContinuity(early, '2020-07-01')).toMatchObject({ guaranteed: false, until: '2019-12-31' });
  });

  it('CBIRC-2020-28/3.1 takes the household as qualified when it is not given, but follows the readings in force', () => {
    const l = loan({ contractDate: '2019-05-01', maturityDate: '2020-05-01', deferredTo: '2021-03-31', covidRepaymentDifficulty: true });
    expect(checkPolicyContinuity(l, '2021-03-31').until).toBe('2021-03-31');
    // Under 'march_2021' every deferral runs to 2021-03-31: the same here; a loan maturing 2021-03-01 differs.
    const late = loan({ contractDate: '2020-03-01', maturityDate: '2021-03-01', deferredTo: '2021-09-01', covidRepaymentDifficulty: true });
    expect(checkPolicyContinuity(late, '2021-06-01').until).toBe('2021-09-01');
    expect(checkPolicyContinuity(late, '2021-06-01', { interpretations: { deferralDeadline: 'march_2021' } }).until).toBe('2021-03-31');
  });

  it('CBIRC-2020-28/1.1 cites only the term sentence when there is no deferral', () => {
    const r = checkPolicyContinuity(loan({ contractDate: '2020-06-01', maturityDate: '2021-06-01' }), '2021-01-01');
    expect(cited(findingOf(r, 'continuity.within_term'))).toEqual(['CBIRC-2020-28/1.1']);
  });
});
