/**
 * CBIRC-2020-28/1.1 — 脱贫攻坚期内（2020年12月31日前）签订的扶贫小额信贷合同（含续贷、展期合同），
 * 在合同期限内各项政策保持不变。
 * HLJ-2020-47/2.1 — 有关部门和金融机构要全面贯彻落实《通知》要求，脱贫攻坚期内（2020年12月31日前）签订的
 * 扶贫小额信贷合同（含续贷、展期合同），在合同期限内各项政策保持不变。
 *
 * Only contracts (new, renewal or extension) signed on or before 2020-12-31 keep their policies.
 */
import type { LoanRecord } from '../model/records.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED, parameters } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, verdict, type VerdictMessages } from './rule.js';

const END = parameters.campaignEnd.shown;

export const continuitySignedRule = defineRule({
  id: 'continuity.signed_in_campaign',
  severity: 'information',
  description: {
    zh: `合同（含续贷、展期合同）须在脱贫攻坚期内（${END.zh}前）签订。`,
    en: `The contract (renewals and extensions included) must be signed within the campaign period, by ${END.en}.`,
  },
  governedBy: 'act',
  period: { from: CBIRC_2020_28_ISSUED },
  national: [parameters.campaignEnd.citation],
  heilongjiang: [cite('HLJ-2020-47/2.1', '脱贫攻坚期内（2020年12月31日前）签订的扶贫小额信贷合同（含续贷、展期合同），在合同期限内各项政策保持不变')],
  evaluate: evaluateContinuitySigned,
});

function evaluateContinuitySigned(loan: LoanRecord, ctx: Context): Evaluation {
  const end = parameters.campaignEnd.value;
  const facts = { contractDate: loan.contractDate, campaignEnd: end, kind: loan.kind };
  return verdict(continuitySignedRule, ctx, loan.contractDate <= end, MESSAGES, facts);
}

const MESSAGES: VerdictMessages<{ contractDate: string }> = {
  pass: (f) => ({
    zh: `合同于${f.contractDate}签订，在脱贫攻坚期内，合同期限内各项政策保持不变。`,
    en: `The contract was signed on ${f.contractDate}, within the campaign period, so its policies stay unchanged for its term.`,
  }),
  fail: (f) => ({
    zh: `合同于${f.contractDate}签订，晚于${END.zh}，不享有政策保持不变的安排。`,
    en: `The contract was signed on ${f.contractDate}, after ${END.en}, so the policies are not guaranteed unchanged.`,
  }),
};
