// Tests for the deferral rules: src/rules/deferral-*.ts
import { describe, expect, it } from 'vitest';
import { computeDeferralDeadline } from 'fupin-xindai';
import { cited, edge, findingOf, loan, poor } from '../helpers/fixtures.js';

const hard = (over = {}) => loan({ contractDate: '2019-01-01', covidRepaymentDifficulty: true, maturityDate: '2020-07-20', ...over });

describe('deferral.household (src/rules/deferral-household.ts)', () => {
  it('CBIRC-2020-28/3.1 passes a registered poor household', () => {
    const r = computeDeferralDeadline(hard(), poor());
    expect(findingOf(r, 'deferral.household').outcome).toBe('pass');
    expect(r.eligible).toBe(true);
  });

  it('CBIRC-2020-28/3.1 with 2.1 covers an edge household by default, citing the same-support sentence', () => {
    const r = computeDeferralDeadline(hard(), edge());
    expect(findingOf(r, 'deferral.household').outcome).toBe('pass');
    expect(cited(findingOf(r, 'deferral.household'))).toContain('CBIRC-2020-28/2.1');
    expect(r.eligible).toBe(true);
  });

  it('CBIRC-2020-28/3.1 fails an edge household when a bank pins edgeHouseholdDeferral: excluded', () => {
    const r = computeDeferralDeadline(hard(), edge(), { interpretations: { edgeHouseholdDeferral: 'excluded' } });
    expect(findingOf(r, 'deferral.household').outcome).toBe('fail');
    expect(r).toMatchObject({ eligible: false, deadline: null });
  });

  it('CBIRC-2020-28/3.1 fails a household that is neither poor nor edge', () => {
    const r = computeDeferralDeadline(hard(), poor({ povertyStatus: 'none' }));
    expect(findingOf(r, 'deferral.household').outcome).toBe('fail');
    expect(r.eligible).toBe(false);
  });

  it('CBIRC-2020-28/3.1 says which household it is, and why an edge household is left out, with the facts and citations', () => {
    const of = (h: ReturnType<typeof poor>, options = {}) => findingOf(computeDeferralDeadline(hard(), h, options), 'deferral.household');
    const poorHlj = of(poor());
    expect(poorHlj.message.en).toBe('The borrower is a registered poor household.');
    expect(poorHlj.facts).toEqual({ povertyStatus: 'registered_poor', edgeHouseholdDeferral: 'included' });
    expect(cited(poorHlj)).toEqual(['CBIRC-2020-28/3.1', 'HLJ-2020-47/2.3']);
    expect(cited(of(poor(), { jurisdiction: 'national' }))).toEqual(['CBIRC-2020-28/3.1']);
    expect(cited(of(edge(), { jurisdiction: 'national' }))).toEqual(['CBIRC-2020-28/3.1', 'CBIRC-2020-28/2.1']);
    expect(cited(of(edge()))).toEqual(['CBIRC-2020-28/3.1', 'CBIRC-2020-28/2.1', 'HLJ-2020-47/2.3']);
    expect(of(edge()).message.en).toContain('edge household, whose support policies are the same');
    const excluded = of(edge(), { interpretations: { edgeHouseholdDeferral: 'excluded' } });
    expect(excluded.message.en).toContain('edgeHouseholdDeferral = excluded');
    expect(excluded.facts).toEqual({ povertyStatus: 'monitored_edge', edgeHouseholdDeferral: 'excluded' });
    expect(of(poor({ povertyStatus: 'none' })).message.en).toBe('The borrower is neither poor nor an edge household, so the deferral does not apply.');
  });
});

describe('deferral.covid_difficulty (src/rules/deferral-difficulty.ts)', () => {
  it('CBIRC-2020-28/3.1 passes with epidemic-related difficulty', () => {
    expect(findingOf(computeDeferralDeadline(hard(), poor()), 'deferral.covid_difficulty').outcome).toBe('pass');
  });

  it('CBIRC-2020-28/3.1 fails without it (absent means false)', () => {
    const r = computeDeferralDeadline(hard({ covidRepaymentDifficulty: undefined }), poor());
    expect(findingOf(r, 'deferral.covid_difficulty').outcome).toBe('fail');
    expect(r).toMatchObject({ eligible: false, deadline: null });
  });

  it('HLJ-2020-47/2.3 is cited in Heilongjiang only', () => {
    expect(cited(findingOf(computeDeferralDeadline(hard(), poor()), 'deferral.covid_difficulty'))).toContain('HLJ-2020-47/2.3');
    expect(cited(findingOf(computeDeferralDeadline(hard(), poor(), { jurisdiction: 'national' }), 'deferral.covid_difficulty'))).not.toContain(
      'HLJ-2020-47/2.3',
    );
  });
});

describe('deferral.maturity_window (src/rules/deferral-maturity.ts)', () => {
  it('CBIRC-2020-28/3.1 covers maturities from 2020-01-01 through 2021-03-31 and not a day either side', () => {
    const outcome = (maturityDate: string) => findingOf(computeDeferralDeadline(hard({ maturityDate }), poor()), 'deferral.maturity_window').outcome;
    expect(outcome('2019-12-31')).toBe('fail');
    expect(outcome('2020-01-01')).toBe('pass');
    expect(outcome('2021-03-31')).toBe('pass');
    expect(outcome('2021-04-01')).toBe('fail');
  });

  it('HLJ-2020-47/2.3 fails a loan that matured before 2020-01-01, citing 47号', () => {
    const f = findingOf(computeDeferralDeadline(hard({ maturityDate: '2019-12-31' }), poor()), 'deferral.maturity_window');
    expect(f.outcome).toBe('fail');
    expect(cited(f)).toContain('HLJ-2020-47/2.3');
  });

  it('HLJ-2020-47/2.3 includes renewals and extensions, by their own maturity date', () => {
    for (const kind of ['renewal', 'extension'] as const) {
      const r = computeDeferralDeadline(hard({ kind, maturityDate: '2020-02-15' }), poor());
      expect(findingOf(r, 'deferral.maturity_window').outcome).toBe('pass');
      expect(cited(findingOf(r, 'deferral.maturity_window'))).toContain('HLJ-2020-47/2.3');
    }
  });
});

describe('deferral.deadline (src/rules/deferral-deadline.ts)', () => {
  it('CBIRC-2020-28/3.1 gives 2021-03-31 when maturity + 6 months is earlier', () => {
    expect(computeDeferralDeadline(hard({ maturityDate: '2020-01-01' }), poor()).deadline).toBe('2021-03-31');
    expect(computeDeferralDeadline(hard({ maturityDate: '2020-09-30' }), poor()).deadline).toBe('2021-03-31');
  });

  it('CBIRC-2020-28/3.1 keeps maturity + 6 months (clamped to month end) when that is later', () => {
    expect(computeDeferralDeadline(hard({ maturityDate: '2020-10-01' }), poor()).deadline).toBe('2021-04-01');
    expect(computeDeferralDeadline(hard({ maturityDate: '2021-03-31' }), poor()).deadline).toBe('2021-09-30');
    expect(computeDeferralDeadline(hard({ maturityDate: '2020-08-31' }), poor()).deadline).toBe('2021-03-31');
    const f = findingOf(computeDeferralDeadline(hard({ maturityDate: '2020-12-31' }), poor()), 'deferral.deadline');
    expect(f.outcome).toBe('pass');
    expect(f.facts).toMatchObject({ sixMonthDeadline: '2021-06-30', deadline: '2021-06-30' });
  });

  it('CBIRC-2020-28/3.1 gives 2021-03-31 only when a bank pins deferralDeadline: march_2021', () => {
    const r = computeDeferralDeadline(hard({ maturityDate: '2021-03-31' }), poor(), { interpretations: { deferralDeadline: 'march_2021' } });
    expect(r.deadline).toBe('2021-03-31');
  });

  it('CBIRC-2020-28/3.1 gives no deadline when the loan does not qualify', () => {
    const r = computeDeferralDeadline(hard({ maturityDate: '2021-04-01' }), poor());
    expect(r.deadline).toBeNull();
    expect(findingOf(r, 'deferral.deadline').outcome).toBe('not_applicable');
  });
});

describe('deferral.granted_within_limit (src/rules/deferral-granted.ts)', () => {
  it('CBIRC-2020-28/3.1 passes a recorded deferral within the deadline', () => {
    const r = computeDeferralDeadline(hard({ deferredTo: '2021-03-31' }), poor());
    expect(findingOf(r, 'deferral.granted_within_limit').outcome).toBe('pass');
  });

  it('CBIRC-2020-28/3.1 fails a recorded deferral one day past it', () => {
    const r = computeDeferralDeadline(hard({ deferredTo: '2021-04-01' }), poor());
    expect(findingOf(r, 'deferral.granted_within_limit').outcome).toBe('fail');
    expect(r.eligible).toBe(true);
  });

  it('CBIRC-2020-28/3.1 fails a recorded deferral on a loan that does not qualify', () => {
    const r = computeDeferralDeadline(hard({ covidRepaymentDifficulty: false, deferredTo: '2020-12-31' }), poor());
    expect(findingOf(r, 'deferral.granted_within_limit').outcome).toBe('fail');
  });

  it('CBIRC-2020-28/3.1 has nothing to check without a recorded deferral', () => {
    expect(findingOf(computeDeferralDeadline(hard(), poor()), 'deferral.granted_within_limit').outcome).toBe('not_applicable');
  });
});

describe('deferral.lower_rate (src/rules/deferral-rate.ts)', () => {
  it('CBIRC-2020-28/3.2 is an advisory on an eligible loan, not applicable otherwise', () => {
    const yes = findingOf(computeDeferralDeadline(hard(), poor()), 'deferral.lower_rate');
    expect(yes.outcome).toBe('advisory');
    expect(yes.citations[0]!.quote).toContain('适当降低延期期间贷款利率');
    expect(findingOf(computeDeferralDeadline(hard({ covidRepaymentDifficulty: false }), poor()), 'deferral.lower_rate').outcome).toBe('not_applicable');
  });
});

describe('deferral rules in time', () => {
  it("CBIRC-2020-28/3.1 judges the deferral by the loan's dates: an audit years later finds what one at the time found", () => {
    const beyond = hard({ maturityDate: '2021-03-31', deferredTo: '2021-12-31' });
    for (const asOf of ['2021-09-30', '2021-10-01', '2022-06-30', '2026-12-01']) {
      const r = computeDeferralDeadline(beyond, poor(), { asOf });
      expect(r, asOf).toMatchObject({ eligible: true, deadline: '2021-09-30' });
      expect(findingOf(r, 'deferral.granted_within_limit').outcome, asOf).toBe('fail');
    }
  });
});

describe('deferral.extension_owed (src/rules/deferral-owed.ts)', () => {
  // Maturity 2020-07-20: the deadline is the later of 2021-01-20 and 2021-03-31.
  it('CBIRC-2020-28/4.3 a qualifying loan left without a deferral that fell overdue by its deadline should have been extended (应展尽展)', () => {
    // Due 2020-07-20, overdue since then: on 2020-12-01 it is 134 days overdue.
    const r = computeDeferralDeadline(hard({ overdueDays: 134 }), poor(), { asOf: '2020-12-01' });
    const f = findingOf(r, 'deferral.extension_owed');
    expect(f.outcome).toBe('fail');
    expect(f.facts).toMatchObject({ overdueSince: '2020-07-20', deadline: '2021-03-31' });
    expect(cited(f)).toEqual(['CBIRC-2020-28/4.3', 'CBIRC-2020-28/3.1', 'HLJ-2020-47/2.4']);
    expect(
      cited(
        findingOf(computeDeferralDeadline(hard({ overdueDays: 134 }), poor(), { asOf: '2020-12-01', jurisdiction: 'national' }), 'deferral.extension_owed'),
      ),
    ).toEqual(['CBIRC-2020-28/4.3', 'CBIRC-2020-28/3.1']);
  });

  it('CBIRC-2020-28/4.3 judges the day it fell overdue against the deadline: on the deadline fails, the day after passes', () => {
    // asOf − overdueDays: 2021-06-30 − 91 = 2021-03-31; − 90 = 2021-04-01.
    expect(findingOf(computeDeferralDeadline(hard({ overdueDays: 91 }), poor(), { asOf: '2021-06-30' }), 'deferral.extension_owed').outcome).toBe('fail');
    expect(findingOf(computeDeferralDeadline(hard({ overdueDays: 90 }), poor(), { asOf: '2021-06-30' }), 'deferral.extension_owed').outcome).toBe('pass');
  });

  it('CBIRC-2020-28/4.3 finds the same withheld extension in an audit years later, where the overdue days have grown', () => {
    // The same loan, overdue since 2020-08-01, seen on 2021-06-30 and on 2026-12-01.
    const at = (asOf: string, overdueDays: number) => findingOf(computeDeferralDeadline(hard({ overdueDays }), poor(), { asOf }), 'deferral.extension_owed');
    expect(at('2021-06-30', 333)).toMatchObject({ outcome: 'fail', facts: { overdueSince: '2020-08-01' } });
    expect(at('2026-12-01', 2313)).toMatchObject({ outcome: 'fail', facts: { overdueSince: '2020-08-01' } });
  });

  it('CBIRC-2020-28/3.1 owes nothing to a loan that does not qualify, has a deferral on record, is not overdue, or has no decision date', () => {
    const na = (r: ReturnType<typeof computeDeferralDeadline>) => findingOf(r, 'deferral.extension_owed').outcome;
    expect(na(computeDeferralDeadline(hard({ overdueDays: 134, covidRepaymentDifficulty: false }), poor(), { asOf: '2020-12-01' }))).toBe('not_applicable');
    expect(na(computeDeferralDeadline(hard({ overdueDays: 134 }), poor({ povertyStatus: 'none' }), { asOf: '2020-12-01' }))).toBe('not_applicable');
    expect(na(computeDeferralDeadline(hard({ overdueDays: 134, deferredTo: '2021-03-31' }), poor(), { asOf: '2020-12-01' }))).toBe('not_applicable');
    expect(na(computeDeferralDeadline(hard({ overdueDays: 0 }), poor(), { asOf: '2020-12-01' }))).toBe('not_applicable');
    expect(na(computeDeferralDeadline(hard({ overdueDays: 134 }), poor()))).toBe('not_applicable');
  });
});
