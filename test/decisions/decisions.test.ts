// The composition of rules into the public decisions: src/decisions/*.ts
import { describe, expect, it } from 'vitest';
import {
  auditLendingDecision,
  checkEligibility,
  checkHouseholdUse,
  checkInterestSubsidy,
  monitorPortfolio,
  checkPolicyContinuity,
  classifyUsage,
  computeDeferralDeadline,
  computeMaxTopUp,
  riskCompensationTrigger,
  rules,
} from 'fupin-xindai';
import { edge, issuesOf, loan, poor, policy } from '../helpers/fixtures.js';

const ids = (r: { findings: { ruleId: string }[] }) => r.findings.map((f) => f.ruleId);

describe('every decision evaluates all its rules, in a fixed order, without short-circuit', () => {
  it('checkEligibility: seven findings whatever fails', () => {
    const order = [
      'household.poverty_status',
      'household.edge_conditions',
      'household.poverty_office_list',
      'request.purpose',
      'request.household_cap',
      'request.contracted_total',
      'request.replaced_loan',
    ];
    expect(ids(checkEligibility(poor()))).toEqual(order);
    const worst = checkEligibility(poor({ povertyStatus: 'none', onPovertyOfficeList: false }), { amount: '60000', purpose: '盖房' });
    expect(ids(worst)).toEqual(order);
    expect(worst.findings.map((f) => f.outcome)).toEqual(['fail', 'not_applicable', 'not_applicable', 'fail', 'fail', 'advisory', 'not_applicable']);
    expect(worst.eligible).toBe(false);
  });

  it('computeMaxTopUp: the household rules and the cap', () => {
    expect(ids(computeMaxTopUp(poor(), []))).toEqual([
      'household.poverty_status',
      'household.edge_conditions',
      'household.poverty_office_list',
      'top_up.household_cap',
      'household.total_within_cap',
    ]);
  });

  it('computeMaxTopUp: an ineligible household is not allowed, though room is computed', () => {
    const r = computeMaxTopUp(edge({ hasLaborCapacity: false }), [loan({ outstanding: '10000' })]);
    expect(r).toMatchObject({ allowed: false, maxTopUp: '40000.00', currentTotal: '10000.00', cap: '50000.00' });
  });

  it("computeMaxTopUp: sums only this household's active loans, per capBasis", () => {
    const loans = [
      loan({ id: 'a', principal: '20000', outstanding: '12345.6' }),
      loan({ id: 'b', principal: '10000', outstanding: '0.01' }),
      loan({ id: 'c', principal: '10000', outstanding: '5000', status: 'closed' }),
      loan({ id: 'd', householdId: 'h9', outstanding: '40000' }),
    ];
    expect(computeMaxTopUp(poor(), loans)).toMatchObject({ currentTotal: '12345.61', maxTopUp: '37654.39' });
    expect(computeMaxTopUp(poor(), loans, { interpretations: { capBasis: 'principal' } })).toMatchObject({ currentTotal: '30000.00', maxTopUp: '20000.00' });
  });

  it('computeDeferralDeadline: seven findings', () => {
    expect(ids(computeDeferralDeadline(loan(), poor()))).toEqual([
      'deferral.household',
      'deferral.covid_difficulty',
      'deferral.maturity_window',
      'deferral.deadline',
      'deferral.granted_within_limit',
      'deferral.extension_owed',
      'deferral.lower_rate',
    ]);
  });

  it('computeDeferralDeadline: the contract-check case (edge renewal maturing 2020-07-20)', () => {
    const r = computeDeferralDeadline(
      loan({ kind: 'renewal', contractDate: '2019-11-02', maturityDate: '2020-07-20', covidRepaymentDifficulty: true }),
      edge(),
    );
    expect(r).toMatchObject({ eligible: true, deadline: '2021-03-31' });
  });

  it('riskCompensationTrigger: six findings', () => {
    expect(ids(riskCompensationTrigger(loan(), policy()))).toEqual([
      'compensation.loan_active',
      'compensation.fund_established',
      'compensation.overdue_days',
      'compensation.outside_deferral',
      'compensation.collection_attempted',
      'compensation.shares',
    ]);
  });

  it('classifyUsage and checkPolicyContinuity', () => {
    expect(ids(classifyUsage('production'))).toEqual(['usage.permitted']);
    expect(ids(checkPolicyContinuity(loan(), '2021-01-01'))).toEqual(['continuity.signed_in_campaign', 'continuity.within_term']);
  });

  it('every finding names a rule in the registry', () => {
    const known = new Set(rules.map((r) => r.id));
    const results = [
      checkEligibility(edge(), { amount: '1', purpose: '养鸡' }),
      computeMaxTopUp(poor(), [loan()]),
      computeDeferralDeadline(loan(), poor()),
      classifyUsage('盖房'),
      riskCompensationTrigger(loan(), policy()),
      checkPolicyContinuity(loan(), '2021-01-01'),
      checkInterestSubsidy(loan(), poor(), '2021-01-01'),
      checkHouseholdUse(loan()),
      monitorPortfolio([], [loan()], { asOf: '2021-01-01' }),
      auditLendingDecision({ household: poor(), kind: 'new', bankDecision: 'approved' }),
    ];
    for (const r of results) for (const f of r.findings) expect(known.has(f.ruleId), f.ruleId).toBe(true);
    // and every registered rule is reported by some decision
    const reported = new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId)));
    for (const r of rules) expect(reported.has(r.id), r.id).toBe(true);
  });
});

describe('asOf and rule periods', () => {
  it('without asOf no period check is made', () => {
    expect(checkEligibility(poor()).findings.some((f) => f.outcome === 'not_applicable' && f.facts?.periodFrom !== undefined)).toBe(false);
  });

  it('CBIRC-2020-28/1.1 a decision date before 28号 was issued is bad input in every decision (path, code range, the issue date named)', () => {
    const refused = (call: () => unknown, path: string) => {
      const issues = issuesOf(call);
      expect(issues).toEqual([expect.objectContaining({ path, code: 'range' })]);
      expect(issues[0]!.message).toContain('2020-06-29');
    };
    refused(
      () =>
        computeDeferralDeadline(loan({ maturityDate: '2020-03-01', contractDate: '2019-03-01', covidRepaymentDifficulty: true }), poor(), {
          asOf: '2020-05-01',
        }),
      'options.asOf',
    );
    refused(() => riskCompensationTrigger(loan({ overdueDays: 200 }), policy(), { asOf: '2020-01-01' }), 'options.asOf');
    refused(() => classifyUsage('养牛', { asOf: '2019-01-01' }), 'options.asOf');
    refused(() => checkEligibility(poor(), null, { asOf: '2020-06-28' }), 'options.asOf');
    refused(() => checkPolicyContinuity(loan(), '2020-06-28'), 'asOf');
    // The day 28号 was issued is the first it decides.
    expect(checkEligibility(poor(), null, { asOf: '2020-06-29' }).eligible).toBe(true);
  });

  it('on and after 2020-06-29 the rules apply', () => {
    expect(
      computeDeferralDeadline(loan({ maturityDate: '2020-03-01', contractDate: '2019-03-01', covidRepaymentDifficulty: true }), poor(), { asOf: '2020-06-29' })
        .eligible,
    ).toBe(true);
  });
});

describe('results are plain JSON', () => {
  it('round-trip through JSON unchanged', () => {
    const results = [
      checkEligibility(edge(), { amount: 1234.5, purpose: '养鸡' }, { existingLoans: [loan()] }),
      computeMaxTopUp(poor(), [loan()]),
      computeDeferralDeadline(loan({ maturityDate: '2020-05-31', covidRepaymentDifficulty: true }), poor()),
      classifyUsage('盖房'),
      riskCompensationTrigger(loan({ overdueDays: 100 }), policy()),
      checkPolicyContinuity(loan(), '2021-01-01'),
    ];
    for (const r of results) expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('accept numbers for money and give strings with two decimals', () => {
    const r = computeMaxTopUp(poor(), [loan({ outstanding: 12345.6 })]);
    expect(r.currentTotal).toBe('12345.60');
    expect(r.maxTopUp).toBe('37654.40');
  });
});
