/**
 * CBIRC-2020-28/1.1 — 脱贫攻坚期内（2020年12月31日前）签订的扶贫小额信贷合同（含续贷、展期合同），在合同期限内
 * 各项政策保持不变。
 * CBIRC-2020-28/3.2 — 延长还款期间各项政策保持不变……
 * HLJ-2020-47/2.1 — ……在合同期限内各项政策保持不变。
 *
 * The subsidy is one of "各项政策": it continues while the contract's policies are guaranteed
 * unchanged (checkPolicyContinuity). For a contract signed after 2020-12-31, 一 guarantees nothing, but
 * neither does it take the subsidy away: 28号 does not decide it, so the answer is `null`, not "no"
 * (docs/interpretations.md, "Subsidy after the campaign period").
 */
import type { IsoDate } from '../model/dates.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED, parameters } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, finding, verdict, type VerdictMessages } from './rule.js';

const END = parameters.campaignEnd.shown;

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

/** `until` is checkPolicyContinuity's: `null` for a contract signed after the campaign period. */
function evaluateSubsidyContinuity(guaranteed: boolean, until: IsoDate | null, asOf: IsoDate, ctx: Context): Evaluation {
  if (until === null) {
    return { holds: false, finding: finding(subsidyContinuityRule, ctx, 'not_applicable', UNDECIDED, { asOf, until }, campaignOnly) };
  }
  return verdict(subsidyContinuityRule, ctx, guaranteed, MESSAGES, { asOf, until });
}

const campaignOnly = Object.freeze([parameters.campaignEnd.citation]);

const UNDECIDED = {
  zh: `合同于${END.zh}后签订，28号只保障脱贫攻坚期内签订合同的各项政策，对此后合同的财政贴息既未给予也未否定，须按当时政策另行判断。`,
  en: `The contract was signed after ${END.en}; 28号 guarantees the policies of contracts signed within the campaign period only, and neither grants nor denies the subsidy of later ones: it is for the policy then in force to decide.`,
};

const MESSAGES: VerdictMessages<{ asOf: string; until: string | null }> = {
  pass: (f) => ({
    zh: `${f.asOf}在政策保持不变期间内（至${f.until}），财政贴息继续适用。`,
    en: `On ${f.asOf} the contract's policies are guaranteed (until ${f.until}), the subsidy included.`,
  }),
  fail: (f) => ({ zh: `${f.asOf}已超出政策保持不变期间（至${f.until}）。`, en: `${f.asOf} is after the guarantee ended (${f.until}).` }),
};
