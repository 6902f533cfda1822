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

  it('CBIRC-2020-28/1.1 neither grants nor denies the subsidy of a contract signed in 2021: null, not false', () => {
    const r = checkInterestSubsidy(loan({ contractDate: '2021-01-01', maturityDate: '2022-01-01' }), poor(), '2021-06-01');
    expect(r.subsidized).toBeNull();
    const f = findingOf(r, 'subsidy.policy_continuity');
    expect(f.outcome).toBe('not_applicable');
    expect(f.facts?.until).toBeNull();
    expect(cited(f)).toEqual(['CBIRC-2020-28/1.1']);
    // Signed on the campaign's last day, it is guaranteed.
    expect(checkInterestSubsidy(loan({ contractDate: '2020-12-31', maturityDate: '2022-01-01' }), poor(), '2021-06-01').subsidized).toBe(true);
    // Not a qualifying household: a plain no, whenever the contract was signed.
    expect(
      checkInterestSubsidy(loan({ contractDate: '2021-01-01', maturityDate: '2022-01-01' }), poor({ povertyStatus: 'none' }), '2021-06-01').subsidized,
    ).toBe(false);
  });

  it('CBIRC-2020-28/3.2 keeps it through an epidemic deferral', () => {
    const deferred = loan({ contractDate: '2019-06-01', maturityDate: '2020-06-01', deferredTo: '2021-03-31', covidRepaymentDifficulty: true });
    expect(checkInterestSubsidy(deferred, poor(), '2021-03-31').subsidized).toBe(true);
    expect(checkInterestSubsidy(deferred, poor(), '2021-04-01').subsidized).toBe(false);
  });

  it('CBIRC-2020-28/3.2 only a lawful deferral keeps it: beyond the deadline, without difficulty, or for a household 三 leaves out', () => {
    // The case: maturity 2020-05-01, recorded to 2021-12-31; 三 allows 2021-03-31.
    const beyond = loan({ contractDate: '2019-05-01', maturityDate: '2020-05-01', deferredTo: '2021-12-31', covidRepaymentDifficulty: true });
    expect(checkInterestSubsidy(beyond, poor(), '2021-03-31').subsidized).toBe(true);
    const after = checkInterestSubsidy(beyond, poor(), '2021-06-30');
    expect(after.subsidized).toBe(false);
    expect(findingOf(after, 'deferral.granted_within_limit').outcome).toBe('fail');
    const noDifficulty = checkInterestSubsidy({ ...beyond, covidRepaymentDifficulty: false }, poor(), '2020-07-01');
    expect(noDifficulty.subsidized).toBe(false);
    expect(findingOf(noDifficulty, 'deferral.granted_within_limit').outcome).toBe('fail');
    // An edge household, with edge households excluded from the deferral: its recorded deferral extends nothing.
    const excluded = { interpretations: { edgeHouseholdDeferral: 'excluded' } } as const;
    expect(checkInterestSubsidy(beyond, edge(), '2020-12-01').subsidized).toBe(true);
    expect(checkInterestSubsidy(beyond, edge(), '2020-12-01', excluded).subsidized).toBe(false);
  });
});

describe('subsidy.household agrees with eligibility (src/rules/subsidy-household.ts)', () => {
  const signedLoan = loan({ contractDate: '2020-10-01', maturityDate: '2022-10-01' });

  it('CBIRC-2020-28/2.1 an edge household without labour capacity or industrial conditions is not subsidised', () => {
    for (const over of [{ hasLaborCapacity: false }, { hasIndustrialDevelopmentConditions: false }]) {
      const r = checkInterestSubsidy(signedLoan, edge(over), '2021-06-01');
      expect(r.subsidized).toBe(false);
      expect(findingOf(r, 'subsidy.household').outcome).toBe('fail');
      expect(findingOf(r, 'household.edge_conditions').outcome).toBe('fail');
    }
  });

  it('HLJ-2020-47/3.3 a registered poor household off the poverty office list is not subsidised in Heilongjiang, and is under 28号 alone', () => {
    const off = poor({ onPovertyOfficeList: false });
    const hlj = checkInterestSubsidy(signedLoan, off, '2021-06-01');
    expect(hlj.subsidized).toBe(false);
    expect(findingOf(hlj, 'household.poverty_office_list').outcome).toBe('fail');
    expect(checkInterestSubsidy(signedLoan, off, '2021-06-01', { jurisdiction: 'national' }).subsidized).toBe(true);
  });
});

describe('subsidy.loan_in_force (src/rules/subsidy-in-force.ts)', () => {
  it('CBIRC-2020-28/1.1 subsidises only a loan in force: not a closed one, nor one signed after the date asked about', () => {
    const open = loan({ contractDate: '2020-10-01', maturityDate: '2022-10-01' });
    expect(checkInterestSubsidy(open, poor(), '2020-10-01').subsidized).toBe(true);
    const closed = checkInterestSubsidy({ ...open, status: 'closed', outstanding: '0' }, poor(), '2021-06-01');
    expect(closed.subsidized).toBe(false);
    expect(findingOf(closed, 'subsidy.loan_in_force').outcome).toBe('fail');
    const notYet = checkInterestSubsidy(open, poor(), '2020-09-30');
    expect(notYet.subsidized).toBe(false);
    expect(findingOf(notYet, 'subsidy.loan_in_force').outcome).toBe('fail');
  });
});

describe('subsidy decisions read the household as it was when the loan was made', () => {
  it('CBIRC-2020-28/1.1 the answer for a 2020 contract is the same in 2021 and years later while the term runs', () => {
    const long = loan({ contractDate: '2020-10-01', maturityDate: '2027-10-01' });
    expect(checkInterestSubsidy(long, edge(), '2021-06-30').subsidized).toBe(true);
    expect(checkInterestSubsidy(long, edge(), '2026-12-01').subsidized).toBe(true);
  });
});
