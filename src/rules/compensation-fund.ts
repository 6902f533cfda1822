/**
 * CBIRC-2020-28/2.6 — 已设立风险补偿金的地区按照规范程序落实好风险补偿政策。
 * HLJ-2020-47/3.7 — 已设立风险补偿金的地区按照规范程序落实好风险补偿政策。
 *
 * Compensation is paid only where the region has set up a risk compensation fund.
 */
import type { PolicyRecord } from '../model/records.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, verdict } from './rule.js';

export const compensationFundRule = defineRule({
  id: 'compensation.fund_established',
  severity: 'information',
  description: { zh: '所在地区须已设立风险补偿金。', en: 'The region must have set up a risk compensation fund.' },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [cite('CBIRC-2020-28/2.6')],
  heilongjiang: [cite('HLJ-2020-47/3.7')],
  evaluate: evaluateCompensationFund,
});

const MESSAGES = {
  pass: { zh: '该地区已设立风险补偿金。', en: 'The region has a risk compensation fund.' },
  fail: { zh: '该地区未设立风险补偿金，不启动风险补偿。', en: 'The region has no risk compensation fund, so no compensation is paid.' },
};

function evaluateCompensationFund(policy: PolicyRecord, ctx: Context): Evaluation {
  const facts = { fundEstablished: policy.fundEstablished };
  return verdict(compensationFundRule, ctx, policy.fundEstablished, MESSAGES, facts);
}
