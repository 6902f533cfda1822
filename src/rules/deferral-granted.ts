/**
 * CBIRC-2020-28/3.1 — ……在延长还款期限最长不超过6个月的基础上，将还款期限进一步延长至2021年3月底。
 *
 * For auditors: a deferral the bank recorded (`deferredTo`) must be one the policy allows — the loan
 * qualifies, and the date is no later than the deadline.
 */
import type { IsoDate } from '../model/dates.js';
import type { LoanRecord } from '../model/validate.js';
import { type Context, defineRule, type Evaluation, inapplicable, outsidePeriod, verdict } from './rule.js';
import { deferralDeadlineRule } from './deferral-deadline.js';

export const deferralGrantedRule = defineRule({
  id: 'deferral.granted_within_limit',
  description: {
    zh: '银行记录的延期还款日（deferredTo）须在政策允许的最迟还款日之内。',
    en: 'A recorded deferral (deferredTo) must not go past the latest date the policy allows.',
  },
  period: deferralDeadlineRule.period,
  national: [...deferralDeadlineRule.national],
  heilongjiang: deferralDeadlineRule.heilongjiang.slice(deferralDeadlineRule.national.length),
});

const NONE_RECORDED = { zh: '贷款未记录延期还款日。', en: 'No deferral is recorded on the loan.' };

export function evaluateDeferralGranted(loan: LoanRecord, deadline: IsoDate | null, ctx: Context): Evaluation {
  const facts = { deferredTo: loan.deferredTo, deadline };
  if (loan.deferredTo === null) {
    return inapplicable(deferralGrantedRule, ctx, NONE_RECORDED, facts);
  }
  const off = outsidePeriod(deferralGrantedRule, ctx);
  if (off) return { finding: off, holds: true };
  return verdict(deferralGrantedRule, ctx, deadline !== null && loan.deferredTo <= deadline, {
    pass: () => ({
      zh: `记录的延期还款日${loan.deferredTo}不晚于政策允许的${deadline}。`,
      en: `The recorded deferral to ${loan.deferredTo} is within the ${deadline} the policy allows.`,
    }),
    fail: deadline === null
      ? { zh: `贷款记录了延期还款日${loan.deferredTo}，但不符合延长还款期限的条件。`, en: `The loan records a deferral to ${loan.deferredTo}, but it does not qualify for the deferral.` }
      : { zh: `记录的延期还款日${loan.deferredTo}晚于政策允许的${deadline}。`, en: `The recorded deferral to ${loan.deferredTo} goes past the ${deadline} the policy allows.` },
  }, facts);
}
