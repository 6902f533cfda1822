/**
 * CBIRC-2020-28/3.2 — 延长还款期间各项政策保持不变，鼓励有条件的银行机构适当降低延期期间贷款利率，
 * 努力减轻贫困户还款压力，将疫情影响降到最低。
 *
 * An encouragement, not a condition: when a loan is deferred the bank is reminded of it.
 */
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, finding } from './rule.js';

export const deferralRateRule = defineRule({
  id: 'deferral.lower_rate',
  severity: 'information',
  description: {
    zh: '鼓励有条件的银行机构适当降低延期期间贷款利率。',
    en: 'Banks that can are encouraged to lower the rate during the deferral.',
  },
  governedBy: 'act',
  period: { from: CBIRC_2020_28_ISSUED },
  national: [cite('CBIRC-2020-28/3.2', '鼓励有条件的银行机构适当降低延期期间贷款利率，努力减轻贫困户还款压力')],
  evaluate: evaluateDeferralRate,
});

const NOT_DEFERRED = { zh: '贷款未获延长还款期限，本条鼓励不适用。', en: 'The loan is not deferred, so this encouragement does not apply.' };
const ENCOURAGED = {
  zh: '鼓励有条件的银行机构适当降低延期期间贷款利率，减轻还款压力。',
  en: 'Banks that can are encouraged to lower the interest rate during the deferral to ease the repayment burden.',
};

/** An encouragement, not a condition: it holds (applies) for a deferred loan, and advises. */
function evaluateDeferralRate(eligible: boolean, ctx: Context): Evaluation {
  if (!eligible) return { holds: false, finding: finding(deferralRateRule, ctx, 'not_applicable', NOT_DEFERRED) };
  return { holds: true, finding: finding(deferralRateRule, ctx, 'advisory', ENCOURAGED) };
}
