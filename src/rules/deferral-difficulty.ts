/**
 * CBIRC-2020-28/3.1 — 对到期日在2020年1月1日后（含续贷、展期），受疫情影响还款困难的贫困户扶贫小额信贷……
 * HLJ-2020-47/2.3 — 进一步延长受新冠肺炎疫情影响还款困难的扶贫小额信贷还款期限……
 *
 * The deferral is for borrowers whose repayment difficulty the epidemic caused; the bank records it
 * as `covidRepaymentDifficulty`.
 */
import type { LoanRecord } from '../model/records.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, verdict } from './rule.js';

export const deferralDifficultyRule = defineRule({
  id: 'deferral.covid_difficulty',
  severity: 'information',
  description: {
    zh: '借款户须受疫情影响还款困难。',
    en: 'The borrower must have repayment difficulty caused by the epidemic.',
  },
  governedBy: 'act',
  period: { from: CBIRC_2020_28_ISSUED },
  national: [cite('CBIRC-2020-28/3.1', '受疫情影响还款困难')],
  heilongjiang: [cite('HLJ-2020-47/2.3', '进一步延长受新冠肺炎疫情影响还款困难的扶贫小额信贷还款期限')],
  evaluate: evaluateDeferralDifficulty,
});

const MESSAGES = {
  pass: { zh: '借款户受疫情影响还款困难。', en: 'The borrower has epidemic-related repayment difficulty.' },
  fail: {
    zh: '未记录借款户受疫情影响还款困难，不适用延长还款期限。',
    en: 'No epidemic-related repayment difficulty is recorded, so the deferral does not apply.',
  },
};

function evaluateDeferralDifficulty(loan: LoanRecord, ctx: Context): Evaluation {
  const facts = { covidRepaymentDifficulty: loan.covidRepaymentDifficulty };
  return verdict(deferralDifficultyRule, ctx, loan.covidRepaymentDifficulty, MESSAGES, facts);
}
