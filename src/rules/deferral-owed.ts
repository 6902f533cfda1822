/**
 * CBIRC-2020-28/4.3 — 对符合扶贫小额信贷及续贷、展期条件的，银行机构要确保应贷尽贷、应续尽续、应展尽展……
 * CBIRC-2020-28/3.1 — 对到期日在2020年1月1日后（含续贷、展期），受疫情影响还款困难的贫困户扶贫小额信贷，
 * 在延长还款期限最长不超过6个月的基础上，将还款期限进一步延长至2021年3月底。
 * HLJ-2020-47/2.4 — ……对符合扶贫小额信贷及续贷、展期条件的，银行机构要确保应贷尽贷、应续尽续、应展尽展。
 *
 * 应展尽展: a loan that qualifies for 三's extension (its epidemic difficulty is on record) is owed it. A
 * qualifying loan with no recorded deferral that fell overdue on or before its lawful deadline
 * (`asOf` − `overdueDays` ≤ deadline) was left overdue where the bank should have extended it. An act
 * (the extension withheld) judged by its own dates: the day the loan fell overdue and the deadline.
 */
import { addDays, type IsoDate } from '../model/dates.js';
import type { LoanRecord } from '../model/records.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, inapplicable, verdict, type VerdictMessages } from './rule.js';

export const deferralOwedRule = defineRule({
  id: 'deferral.extension_owed',
  severity: 'breach',
  governedBy: 'act',
  description: {
    zh: '符合延长还款期限条件的贷款应展尽展：未记录延期而在最迟还款日前逾期的，银行应予延期。',
    en: 'A loan that qualifies for the deferral is owed it: one left without a recorded deferral that fell overdue by its deadline should have been extended.',
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [
    cite('CBIRC-2020-28/4.3', '对符合扶贫小额信贷及续贷、展期条件的，银行机构要确保应贷尽贷、应续尽续、应展尽展'),
    cite('CBIRC-2020-28/3.1', '将还款期限进一步延长至2021年3月底'),
  ],
  heilongjiang: [cite('HLJ-2020-47/2.4', '对符合扶贫小额信贷及续贷、展期条件的，银行机构要确保应贷尽贷、应续尽续、应展尽展')],
  evaluate: evaluateDeferralOwed,
});

const NOT_QUALIFYING = { zh: '贷款不符合延长还款期限的条件。', en: 'The loan does not qualify for the deferral.' };
const RECORDED = {
  zh: '贷款已记录延期还款日，由延期是否在限期内的规则判断。',
  en: 'A deferral is recorded; whether it is within the limit is judged by its own rule.',
};
const NOT_OVERDUE = { zh: '贷款未逾期，无须判断是否应予延期。', en: 'The loan is not overdue, so no extension was withheld.' };
const NO_DATE = { zh: '未给出决策日期，无法确定贷款何时逾期。', en: 'Without a decision date the day the loan fell overdue is unknown.' };

function evaluateDeferralOwed(loan: LoanRecord, deadline: IsoDate | null, ctx: Context): Evaluation {
  if (deadline === null) return inapplicable(deferralOwedRule, ctx, NOT_QUALIFYING);
  if (loan.deferredTo !== null) return inapplicable(deferralOwedRule, ctx, RECORDED, { deferredTo: loan.deferredTo });
  if (loan.overdueDays === 0) return inapplicable(deferralOwedRule, ctx, NOT_OVERDUE, { overdueDays: 0 });
  if (ctx.asOf === null) return inapplicable(deferralOwedRule, ctx, NO_DATE, { overdueDays: loan.overdueDays });
  const overdueSince = addDays(ctx.asOf, -loan.overdueDays);
  const facts = { maturityDate: loan.maturityDate, overdueSince, overdueDays: loan.overdueDays, deadline };
  return verdict(deferralOwedRule, ctx, overdueSince > deadline, MESSAGES, facts);
}

const MESSAGES: VerdictMessages<{ overdueSince: string; deadline: string }> = {
  pass: (f) => ({
    zh: `贷款于${f.overdueSince}逾期，晚于政策允许的最迟还款日${f.deadline}，延期已不能避免此次逾期。`,
    en: `The loan fell overdue on ${f.overdueSince}, after the latest date the deferral allows (${f.deadline}).`,
  }),
  fail: (f) => ({
    zh: `贷款符合延长还款期限条件却未记录延期，于${f.overdueSince}逾期，不晚于最迟还款日${f.deadline}：应展尽展，银行应予延期。`,
    en: `The loan qualifies for the deferral but none is recorded, and it fell overdue on ${f.overdueSince}, by the ${f.deadline} deadline: the bank should have extended it (应展尽展).`,
  }),
};
