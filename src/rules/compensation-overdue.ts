/**
 * CBIRC-2020-28/5.3 — 要积极争取地方党委、政府支持，持续完善扶贫小额信贷风险补偿机制，明确风险补偿启动条件
 * 及流程，鼓励引入保险、担保机构分担风险。
 * HLJ-2020-47/2.5 — ……持续完善风险补偿机制，明确风险补偿启动条件及流程。
 *
 * The trigger conditions are the region's own (no national number exists): here, the days overdue
 * the region's policy sets.
 */
import type { LoanRecord, PolicyRecord } from '../model/records.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, verdict, type VerdictMessages } from './rule.js';

export const TRIGGER_CONDITIONS = cite('CBIRC-2020-28/5.3', '明确风险补偿启动条件及流程');
export const HLJ_TRIGGER_CONDITIONS = cite('HLJ-2020-47/2.5', '明确风险补偿启动条件及流程');

export const compensationOverdueRule = defineRule({
  id: 'compensation.overdue_days',
  severity: 'information',
  description: {
    zh: '贷款逾期天数须达到当地风险补偿启动条件规定的天数。',
    en: "The loan must be overdue for at least the days the region's trigger conditions set.",
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [TRIGGER_CONDITIONS],
  heilongjiang: [HLJ_TRIGGER_CONDITIONS],
  evaluate: evaluateCompensationOverdue,
});

function evaluateCompensationOverdue(loan: LoanRecord, policy: PolicyRecord, ctx: Context): Evaluation {
  const facts = { overdueDays: loan.overdueDays, minOverdueDays: policy.minOverdueDays };
  return verdict(compensationOverdueRule, ctx, overdueEnough(loan, policy), MESSAGES, facts);
}

/** The rule's condition: overdue at least the region's trigger days. A loan short of it cannot trigger compensation. */
export function overdueEnough(loan: LoanRecord, policy: PolicyRecord): boolean {
  return loan.overdueDays >= policy.minOverdueDays;
}

const MESSAGES: VerdictMessages<{ overdueDays: number; minOverdueDays: number }> = {
  pass: (f) => ({
    zh: `贷款逾期${f.overdueDays}天，达到启动条件（${f.minOverdueDays}天）。`,
    en: `The loan is ${f.overdueDays} days overdue, meeting the trigger of ${f.minOverdueDays} days.`,
  }),
  fail: (f) => ({
    zh: `贷款逾期${f.overdueDays}天，未达到启动条件（${f.minOverdueDays}天）。`,
    en: `The loan is ${f.overdueDays} days overdue, short of the trigger of ${f.minOverdueDays} days.`,
  }),
};
