/**
 * CBIRC-2020-28/1.1 — 脱贫攻坚期内（2020年12月31日前）签订的扶贫小额信贷合同（含续贷、展期合同），在合同期限内
 * 各项政策保持不变。
 * CBIRC-2020-28/3.2 — 延长还款期间各项政策保持不变……
 * HLJ-2020-47/2.1 — ……在合同期限内各项政策保持不变。
 *
 * The subsidy is one of "各项政策": it continues while the contract's policies are guaranteed
 * unchanged (checkPolicyContinuity).
 */
import type { IsoDate } from '../model/dates.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, verdict, type VerdictMessages } from './rule.js';

export const subsidyContinuityRule = defineRule({
  id: 'subsidy.policy_continuity',
  severity: 'information',
  description: {
    zh: '财政贴息在合同政策保持不变期间（合同期限内及延长还款期间）适用。',
    en: "The subsidy applies while the contract's policies are guaranteed unchanged (its term and any deferral).",
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [cite('CBIRC-2020-28/1.1'), cite('CBIRC-2020-28/3.2', '延长还款期间各项政策保持不变')],
  heilongjiang: [cite('HLJ-2020-47/2.1', '在合同期限内各项政策保持不变')],
  evaluate: evaluateSubsidyContinuity,
});

function evaluateSubsidyContinuity(guaranteed: boolean, until: IsoDate | null, asOf: IsoDate, ctx: Context): Evaluation {
  return verdict(subsidyContinuityRule, ctx, guaranteed, MESSAGES, { asOf, until });
}

const MESSAGES: VerdictMessages<{ asOf: string; until: string | null }> = {
  pass: (f) => ({
    zh: `${f.asOf}在政策保持不变期间内（至${f.until}），财政贴息继续适用。`,
    en: `On ${f.asOf} the contract's policies are guaranteed (until ${f.until}), the subsidy included.`,
  }),
  fail: (f) =>
    f.until === null
      ? {
          zh: '合同不在脱贫攻坚期内签订，无政策保持不变的保障。',
          en: 'The contract was not signed within the campaign period, so its policies are not guaranteed.',
        }
      : { zh: `${f.asOf}已超出政策保持不变期间（至${f.until}）。`, en: `${f.asOf} is after the guarantee ended (${f.until}).` },
};
