/**
 * CBIRC-2020-28/5.3 — ……持续完善扶贫小额信贷风险补偿机制，明确风险补偿启动条件及流程……
 * CBIRC-2020-28/3.1 — ……在延长还款期限最长不超过6个月的基础上，将还款期限进一步延长至2021年3月底。
 * HLJ-2020-47/2.5 — ……持续完善风险补偿机制，明确风险补偿启动条件及流程。
 * HLJ-2020-47/2.3 — ……在延长还款期限最长不超过6个月的基础上，将还款期限进一步延长至2021年3月底……
 *
 * Compensation makes good a default, and a loan is in default only once it is due. 三 extends the
 * repayment deadline: a loan inside a lawful deferral on the decision date (`asOf` on or before its lawful
 * due date, lawfulDue in src/decisions/compute-deferral-deadline.ts) is not yet due, so it is not in default
 * and triggers nothing. Such a loan cannot be overdue either: a record that carries overdue days for it
 * contradicts the deferral, and a person must check which is wrong. Without `asOf` it cannot be told whether
 * the loan is still inside its deferral, so this rule does not apply and the overdue days decide.
 */
import type { IsoDate } from '../model/dates.js';
import type { LoanRecord } from '../model/records.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { HLJ_TRIGGER_CONDITIONS, TRIGGER_CONDITIONS } from './compensation-overdue.js';
import { deferralDeadlineRule, type LawfulTerm } from './deferral-deadline.js';
import { type Context, defineRule, type Evaluation, type Facts, inapplicable, type Message, verdict, type VerdictMessages } from './rule.js';

export const compensationDeferralRule = defineRule({
  id: 'compensation.outside_deferral',
  severity: 'review',
  description: {
    zh: '贷款在合法延期期间内尚未到期，不构成违约，不启动风险补偿；延期期间内仍记录逾期天数的，记录前后矛盾，须人工核查。',
    en: 'A loan inside a lawful deferral is not yet due, so not in default and not compensated; one that still carries overdue days has an inconsistent record to check.',
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [TRIGGER_CONDITIONS, ...deferralDeadlineRule.national],
  heilongjiang: [HLJ_TRIGGER_CONDITIONS, ...deferralDeadlineRule.heilongjiang.slice(deferralDeadlineRule.national.length)],
  evaluate: evaluateCompensationDeferral,
});

/** Whether, on `asOf`, the loan is inside a lawful deferral: not yet due. Unknown (false) without `asOf`. */
export function insideDeferral(lawful: LawfulTerm, asOf: IsoDate | null): boolean {
  return lawful.deferred && asOf !== null && asOf <= lawful.due;
}

/** Whether the rule fails: an open loan inside a lawful deferral on `asOf` whose record carries overdue days. */
export function overdueInsideDeferral(loan: LoanRecord, lawful: LawfulTerm, asOf: IsoDate | null): boolean {
  return loan.active && loan.overdueDays > 0 && insideDeferral(lawful, asOf);
}

const CLOSED = { zh: '贷款已结清，不涉及延期。', en: 'The loan is closed, so no deferral matters.' };
const NO_DEFERRAL = { zh: '贷款未记录延期还款日，到期日即合同到期日。', en: 'No deferral is recorded; the loan is due at its maturity.' };

interface DeferralFacts extends Facts {
  asOf: IsoDate | null;
  maturityDate: IsoDate;
  deferredTo: IsoDate | null;
  lawfulDue: IsoDate;
  overdueDays: number;
}

const notLawful = (f: DeferralFacts): Message => ({
  zh: `记录的延期还款日${f.deferredTo}未使贷款合法延期超过合同到期日${f.maturityDate}，贷款于该日到期。`,
  en: `The recorded deferral to ${f.deferredTo} lawfully extends nothing past the maturity of ${f.maturityDate}; the loan is due then.`,
});
const noDate = (f: DeferralFacts): Message => ({
  zh: `未给出决策日期，无法判断贷款是否仍在至${f.lawfulDue}的合法延期期间内，以逾期天数为准。`,
  en: `Without a decision date it cannot be told whether the loan is still inside its lawful deferral to ${f.lawfulDue}; the overdue days decide.`,
});
const notDue = (f: DeferralFacts): Message => ({
  zh: `${f.asOf}贷款仍在至${f.lawfulDue}的合法延期期间内，尚未到期，不构成违约，不启动风险补偿。`,
  en: `On ${f.asOf} the loan is inside its lawful deferral to ${f.lawfulDue}: not yet due, so not in default and not compensated.`,
});
const MESSAGES: VerdictMessages<DeferralFacts> = {
  pass: (f): Message => ({
    zh: `合法延期已于${f.lawfulDue}届满，${f.asOf}贷款已到期，以逾期天数为准。`,
    en: `The lawful deferral ended on ${f.lawfulDue}, before ${f.asOf}; the loan is due and its overdue days decide.`,
  }),
  fail: (f): Message => ({
    zh: `${f.asOf}贷款仍在至${f.lawfulDue}的合法延期期间内，尚未到期，不构成违约，不启动风险补偿；但记录逾期${f.overdueDays}天，与延期矛盾，须核查记录。`,
    en: `On ${f.asOf} the loan is inside its lawful deferral to ${f.lawfulDue}: not yet due, so not in default and not compensated; yet its record carries ${f.overdueDays} overdue days, which contradicts the deferral: check the record.`,
  }),
};

function evaluateCompensationDeferral(loan: LoanRecord, lawful: LawfulTerm, ctx: Context): Evaluation {
  if (!loan.active) return inapplicable(compensationDeferralRule, ctx, CLOSED, { active: false });
  if (loan.deferredTo === null) return inapplicable(compensationDeferralRule, ctx, NO_DEFERRAL, { deferredTo: null });
  const facts: DeferralFacts = {
    asOf: ctx.asOf,
    maturityDate: loan.maturityDate,
    deferredTo: loan.deferredTo,
    lawfulDue: lawful.due,
    overdueDays: loan.overdueDays,
  };
  if (!lawful.deferred) return inapplicable(compensationDeferralRule, ctx, notLawful(facts), facts);
  if (ctx.asOf === null) return inapplicable(compensationDeferralRule, ctx, noDate(facts), facts);
  if (!insideDeferral(lawful, ctx.asOf)) return verdict(compensationDeferralRule, ctx, true, MESSAGES, facts);
  // Inside the deferral the loan is not in default: with no overdue days on record there is nothing to check.
  if (!overdueInsideDeferral(loan, lawful, ctx.asOf)) return inapplicable(compensationDeferralRule, ctx, notDue(facts), facts, false);
  return verdict(compensationDeferralRule, ctx, false, MESSAGES, facts);
}
