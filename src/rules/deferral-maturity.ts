/**
 * CBIRC-2020-28/3.1 — 对到期日在2020年1月1日后（含续贷、展期），……将还款期限进一步延长至2021年3月底。
 * HLJ-2020-47/2.3 — ……对到期日在2020年1月1日后（含续贷、展期），……将还款期限进一步延长至2021年3月底。
 *
 * The loan (a renewal or extension by its own maturity date) must mature from 2020-01-01 through
 * 2021-03-31: 后 includes the day named, and a loan maturing after the end of March 2021 cannot be
 * extended "to" it.
 */
import type { LoanRecord } from '../model/records.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED, parameters } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, verdict, type VerdictMessages } from './rule.js';

const FROM = parameters.deferralMaturityFrom.shown;
const TO = parameters.deferralDeadline.shown;

export const deferralMaturityRule = defineRule({
  id: 'deferral.maturity_window',
  severity: 'information',
  description: {
    zh: `贷款到期日须在${FROM.zh}至${TO.zh}之间（含续贷、展期）。`,
    en: `The loan must mature from ${FROM.en} through ${TO.en} (renewals and extensions included).`,
  },
  governedBy: 'act',
  period: { from: CBIRC_2020_28_ISSUED },
  national: [parameters.deferralMaturityFrom.citation, parameters.deferralDeadline.citation],
  heilongjiang: [cite('HLJ-2020-47/2.3', '对到期日在2020年1月1日后（含续贷、展期）')],
  evaluate: evaluateDeferralMaturity,
});

function evaluateDeferralMaturity(loan: LoanRecord, ctx: Context): Evaluation {
  const from = parameters.deferralMaturityFrom.value;
  const to = parameters.deferralDeadline.value;
  const facts = { maturityDate: loan.maturityDate, windowFrom: from, windowTo: to, kind: loan.kind };
  return verdict(deferralMaturityRule, ctx, loan.maturityDate >= from && loan.maturityDate <= to, MESSAGES, facts);
}

const MESSAGES: VerdictMessages<{ maturityDate: string; windowFrom: string }> = {
  pass: (f) => ({
    zh: `贷款到期日${f.maturityDate}在${FROM.zh}至${TO.zh}之间。`,
    en: `The loan matures on ${f.maturityDate}, within ${FROM.en} to ${TO.en}.`,
  }),
  fail: (f) =>
    f.maturityDate < f.windowFrom
      ? {
          zh: `贷款到期日${f.maturityDate}早于${FROM.zh}，不适用延长还款期限。`,
          en: `The loan matured on ${f.maturityDate}, before ${FROM.en}, so the deferral does not apply.`,
        }
      : {
          zh: `贷款到期日${f.maturityDate}晚于${TO.zh}，不适用延长还款期限。`,
          en: `The loan matures on ${f.maturityDate}, after ${TO.en}, so the deferral does not apply.`,
        },
};
