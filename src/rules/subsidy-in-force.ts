/**
 * CBIRC-2020-28/1.1 — ……签订的扶贫小额信贷合同（含续贷、展期合同），在合同期限内各项政策保持不变。
 * CBIRC-2020-28/2.5 — 财政部门和扶贫部门要共同落实好财政贴息。
 * HLJ-2020-47/3.6 — 财政部门和扶贫部门要共同落实好财政贴息。
 *
 * A subsidy is paid on the interest of a loan in force: one the bank has not closed, whose contract was
 * signed by the decision date (asOf). The end of its term is checkPolicyContinuity's `until`
 * (subsidy.policy_continuity).
 */
import type { IsoDate } from '../model/dates.js';
import type { LoanRecord } from '../model/records.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, verdict, type VerdictMessages } from './rule.js';

export const subsidyInForceRule = defineRule({
  id: 'subsidy.loan_in_force',
  severity: 'information',
  description: {
    zh: '财政贴息只适用于决策日期时有效的贷款：未结清，且合同已于该日或之前签订。',
    en: 'The subsidy applies only to a loan in force on the decision date: not closed, its contract signed on or before that day.',
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [cite('CBIRC-2020-28/1.1', '在合同期限内各项政策保持不变'), cite('CBIRC-2020-28/2.5')],
  heilongjiang: [cite('HLJ-2020-47/3.6')],
  evaluate: evaluateSubsidyInForce,
});

function evaluateSubsidyInForce(loan: LoanRecord, asOf: IsoDate, ctx: Context): Evaluation {
  const facts = { asOf, contractDate: loan.contractDate, active: loan.active };
  return verdict(subsidyInForceRule, ctx, loan.active && loan.contractDate <= asOf, MESSAGES, facts);
}

const MESSAGES: VerdictMessages<{ asOf: string; contractDate: string; active: boolean }> = {
  pass: (f) => ({
    zh: `贷款合同于${f.contractDate}签订，${f.asOf}时未结清，处于合同期内。`,
    en: `The contract was signed on ${f.contractDate} and the loan is not closed on ${f.asOf}.`,
  }),
  fail: (f) =>
    f.active
      ? {
          zh: `贷款合同于${f.contractDate}签订，晚于${f.asOf}，该日尚无贷款可贴息。`,
          en: `The contract was signed on ${f.contractDate}, after ${f.asOf}: there was no loan to subsidise on that day.`,
        }
      : { zh: '贷款已结清，无利息可贴。', en: 'The loan is closed, so there is no interest to subsidise.' },
};
