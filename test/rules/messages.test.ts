// What a finding says, case by case: where a rule has more than one message for an outcome, each case
// gets its own words (an auditor reads why, not just pass or fail), and a finding that does not apply
// still carries the fact that made it so.
import { describe, expect, it } from 'vitest';
import { checkEligibility, checkHouseholdUse, checkInterestSubsidy, checkPolicyContinuity, computeDeferralDeadline, monitorPortfolio } from 'fupin-xindai';
import { edge, findingOf, loan, poor } from '../helpers/fixtures.js';

const asOf = '2020-12-01';

describe('messages by case', () => {
  it('CBIRC-2020-28/2.1 names the kind of household that passes: registered poor or edge', () => {
    const poorMessage = findingOf(checkEligibility(poor()), 'household.poverty_status').message;
    expect(poorMessage.zh).toContain('建档立卡贫困户');
    expect(poorMessage.en).toContain('registered poor');
    const edgeMessage = findingOf(checkEligibility(edge()), 'household.poverty_status').message;
    expect(edgeMessage.zh).toContain('边缘户');
    expect(edgeMessage.zh).not.toContain('建档立卡');
    expect(edgeMessage.en).toContain('edge household');
  });

  it('CBIRC-2020-28/2.1 names exactly the conditions an edge household lacks', () => {
    const lacks = (over: Parameters<typeof edge>[0]) => findingOf(checkEligibility(edge(over)), 'household.edge_conditions').message;
    expect(lacks({ hasLaborCapacity: false })).toEqual({
      zh: '该边缘户不具备劳动能力，不纳入扶贫小额信贷支持范围。',
      en: 'The edge household lacks labour capacity, so it is not within the programme.',
    });
    expect(lacks({ hasIndustrialDevelopmentConditions: false })).toEqual({
      zh: '该边缘户不具备产业发展条件，不纳入扶贫小额信贷支持范围。',
      en: 'The edge household lacks conditions for developing production, so it is not within the programme.',
    });
    expect(lacks({ hasIndustrialDevelopmentConditions: false, hasLaborCapacity: false })).toEqual({
      zh: '该边缘户不具备产业发展条件和劳动能力，不纳入扶贫小额信贷支持范围。',
      en: 'The edge household lacks conditions for developing production and labour capacity, so it is not within the programme.',
    });
  });

  it('CBIRC-2020-28/2.1 says why the edge conditions do not apply to a registered poor household, with its status', () => {
    const f = findingOf(checkEligibility(poor()), 'household.edge_conditions');
    expect(f.outcome).toBe('not_applicable');
    expect(f.facts).toEqual({ povertyStatus: 'registered_poor' });
  });

  it('CBIRC-2020-28/5.1 tells an unrecognised purpose (needs a person) from a prohibited one (named)', () => {
    const unknown = findingOf(checkEligibility(poor(), { amount: '1000', purpose: '无法识别的说明' }), 'request.purpose').message;
    expect(unknown.zh).toContain('无法识别');
    expect(unknown.en).toContain('not recognised');
    const housing = findingOf(checkEligibility(poor(), { amount: '1000', purpose: '盖房子' }), 'request.purpose').message;
    expect(housing.zh).toContain('建房');
    expect(housing.zh).not.toContain('无法识别');
    expect(housing.en).toContain('housing');
  });

  it('CBIRC-2020-28/5.1 lists every matched term in the facts, joined by 、', () => {
    const r = checkEligibility(poor(), { amount: '1000', purpose: '转贷给养殖公司' });
    const f = findingOf(r, 'request.purpose');
    expect(f.facts).toMatchObject({ category: 'enterprise_use' });
    const terms = String(f.facts!.matchedTerms).split('、');
    expect(terms.length).toBeGreaterThanOrEqual(2);
    expect(terms).toContain('转贷给');
    const use = findingOf(
      checkHouseholdUse(loan({ purpose: '转贷给养殖公司', usedBy: 'household', repaidBy: 'household' }), { asOf }),
      'household_use.purpose',
    );
    expect(use.facts).toMatchObject({ category: 'enterprise_use', matchedTerms: f.facts!.matchedTerms });
  });

  it('CBIRC-2020-28/2.5 names the kind of household that has the subsidy', () => {
    const l = loan({ contractDate: '2020-10-01', maturityDate: '2022-10-01' });
    const poorMessage = findingOf(checkInterestSubsidy(l, poor(), '2021-01-01'), 'subsidy.household').message;
    expect(poorMessage.zh).toContain('建档立卡贫困户');
    expect(poorMessage.en).toContain('registered poor');
    const edgeMessage = findingOf(checkInterestSubsidy(l, edge(), '2021-01-01'), 'subsidy.household').message;
    expect(edgeMessage.zh).toContain('边缘户');
    expect(edgeMessage.zh).not.toContain('建档立卡');
    expect(edgeMessage.en).toContain('edge household');
  });

  it('CBIRC-2020-28/1.1 tells a contract signed outside the campaign from a guarantee that has ended', () => {
    const outside = findingOf(
      checkInterestSubsidy(loan({ contractDate: '2021-01-01', maturityDate: '2022-01-01' }), poor(), '2021-06-01'),
      'subsidy.policy_continuity',
    );
    expect(outside.outcome).toBe('not_applicable');
    expect(outside.message.zh).toContain('既未给予也未否定');
    expect(outside.message.en).toContain('neither grants nor denies');
    const ended = findingOf(
      checkInterestSubsidy(loan({ contractDate: '2020-03-01', maturityDate: '2020-09-30' }), poor(), '2021-06-01'),
      'subsidy.policy_continuity',
    );
    expect(ended.outcome).toBe('fail');
    expect(ended.message).toEqual({ zh: '2021-06-01已超出政策保持不变期间（至2020-09-30）。', en: '2021-06-01 is after the guarantee ended (2020-09-30).' });
  });

  it('CBIRC-2020-28/1.1 keeps the contract date as the fact when the contract was signed outside the campaign', () => {
    const f = findingOf(checkPolicyContinuity(loan({ contractDate: '2021-01-01', maturityDate: '2022-01-01' }), '2021-06-01'), 'continuity.within_term');
    expect(f.outcome).toBe('not_applicable');
    expect(f.facts).toEqual({ contractDate: '2021-01-01' });
  });

  it('CBIRC-2020-28/3.1 says whether a loan matured too early or matures too late for the deferral', () => {
    const maturity = (maturityDate: string) =>
      findingOf(
        computeDeferralDeadline(loan({ contractDate: '2019-01-01', maturityDate, covidRepaymentDifficulty: true }), poor(), { asOf }),
        'deferral.maturity_window',
      );
    const early = maturity('2019-12-31');
    expect(early.outcome).toBe('fail');
    expect(early.message.zh).toContain('早于2020年1月1日');
    expect(early.message.en).toContain('before 2020-01-01');
    const late = maturity('2021-04-01');
    expect(late.outcome).toBe('fail');
    expect(late.message.zh).toContain('晚于2021年3月31日');
    expect(late.message.en).toContain('after 2021-03-31');
    expect(maturity('2020-01-01').outcome).toBe('pass');
  });

  it('CBIRC-2020-28/3.1 fails a recorded deferral past the limit, and tells it from a deferral the loan never qualified for', () => {
    const granted = (over: Parameters<typeof loan>[0], household = poor()) =>
      findingOf(
        computeDeferralDeadline(loan({ contractDate: '2019-01-01', maturityDate: '2020-05-01', covidRepaymentDifficulty: true, ...over }), household, { asOf }),
        'deferral.granted_within_limit',
      );
    expect(granted({ deferredTo: '2021-03-31' }).outcome).toBe('pass');
    const past = granted({ deferredTo: '2021-04-01' });
    expect(past.outcome).toBe('fail');
    expect(past.message).toEqual({
      zh: '记录的延期还款日2021-04-01晚于政策允许的2021-03-31。',
      en: 'The recorded deferral to 2021-04-01 goes past the 2021-03-31 the policy allows.',
    });
    const unqualified = granted({ deferredTo: '2021-03-31', covidRepaymentDifficulty: false });
    expect(unqualified.outcome).toBe('fail');
    expect(unqualified.message.zh).toContain('不符合延长还款期限的条件');
    expect(unqualified.message.en).toContain('does not qualify');
  });

  it('CBIRC-2020-28/3.1 keeps the maturity date as the fact when a loan does not qualify for a deadline', () => {
    const f = findingOf(computeDeferralDeadline(loan({ maturityDate: '2023-03-01' }), poor(), { asOf }), 'deferral.deadline');
    expect(f.outcome).toBe('not_applicable');
    expect(f.facts).toEqual({ maturityDate: '2023-03-01' });
  });

  it('CBIRC-2020-28/5.2 names each figure in its own words, and says which has no threshold', () => {
    const r = monitorPortfolio([poor({ region: 'A' })], [loan()], { asOf });
    const names = {
      'monitoring.concentrated_maturity': ['集中到期占比', 'share maturing soon', 'maturingSoonShare'],
      'monitoring.overdue': ['逾期贷款占比', 'overdue share', 'overdueShare'],
      'monitoring.enterprise_use': ['户贷企用余额', 'enterprise-use balance', 'enterpriseUseOutstanding'],
      'monitoring.npl': ['不良贷款率', 'NPL ratio', 'nplRatio'],
      'monitoring.special_mention': ['关注类贷款占比', 'special-mention share', 'specialMentionShare'],
    };
    for (const [ruleId, [zh, en, metric]] of Object.entries(names)) {
      const f = findingOf(r, ruleId);
      expect(f.outcome, ruleId).toBe('not_applicable');
      expect(f.message.zh, ruleId).toContain(`未规定${zh}的数值标准`);
      expect(f.message.en, ruleId).toContain(`for the ${en} (`);
      expect(f.facts, ruleId).toEqual({ metric, threshold: null });
    }
  });
});
