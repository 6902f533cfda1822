/**
 * CBIRC-2020-28/3.1 — ……在延长还款期限最长不超过6个月的基础上，将还款期限进一步延长至2021年3月底。
 *
 * For auditors: a deferral the bank recorded (`deferredTo`) must be one the policy allows — the loan
 * qualifies, and the date is no later than the deadline.
 */
import type { IsoDate } from '../model/dates.js';
import type { LoanRecord } from '../model/records.js';
import { type Context, defineRule, type Evaluation, inapplicable, verdict, type VerdictMessages } from './rule.js';
import { deferralDeadlineRule } from './deferral-deadline.js';

export const deferralGrantedRule = defineRule({
  id: 'deferral.granted_within_limit',
  severity: 'breach',
  description: {
    zh: '银行记录的延期还款日（deferredTo）须在政策允许的最迟还款日之内。',
    en: 'A recorded deferral (deferredTo) must not go past the latest date the policy allows.',
  },
  governedBy: 'act',
  period: deferralDeadlineRule.period,
  national: [...deferralDeadlineRule.national],
  heilongjiang: deferralDeadlineRule.heilongjiang.slice(deferralDeadlineRule.national.length),
  evaluate: evaluateDeferralGranted,
});

const NONE_RECORDED = { zh: '贷款未记录延期还款日。', en: 'No deferral is recorded on the loan.' };

function evaluateDeferralGranted(loan: LoanRecord, deadline: IsoDate | null, ctx: Context): Evaluation {
  const facts = { deferredTo: loan.deferredTo, deadline };
  if (loan.deferredTo === null) {
    return inapplicable(deferralGrantedRule, ctx, NONE_RECORDED, facts);
  }
  return verdict(deferralGrantedRule, ctx, deadline !== null && loan.deferredTo <= deadline, MESSAGES, facts);
}

const MESSAGES: VerdictMessages<{ deferredTo: string | null; deadline: string | null }> = {
  pass: (f) => ({
    zh: `记录的延期还款日${f.deferredTo}不晚于政策允许的${f.deadline}。`,
    en: `The recorded deferral to ${f.deferredTo} is within the ${f.deadline} the policy allows.`,
  }),
  fail: (f) =>
    f.deadline === null
      ? {
          zh: `贷款记录了延期还款日${f.deferredTo}，但不符合延长还款期限的条件。`,
          en: `The loan records a deferral to ${f.deferredTo}, but it does not qualify for the deferral.`,
        }
      : {
          zh: `记录的延期还款日${f.deferredTo}晚于政策允许的${f.deadline}。`,
          en: `The recorded deferral to ${f.deferredTo} goes past the ${f.deadline} the policy allows.`,
        },
};
