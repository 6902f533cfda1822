/**
 * CBIRC-2020-28/1.1 — ……在合同期限内各项政策保持不变。
 * CBIRC-2020-28/3.2 — 延长还款期间各项政策保持不变……
 *
 * The guarantee lasts for the contract's term and, where the loan was deferred under 三, through
 * the deferral: until the loan's lawful due date — the later of `maturityDate` and the part of a recorded
 * `deferredTo` that 三 allows. A deferral recorded beyond it is not one 三 granted, so it extends nothing.
 */
import type { IsoDate } from '../model/dates.js';
import type { LoanRecord } from '../model/records.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import type { LawfulTerm } from './deferral-deadline.js';
import { type Context, defineRule, type Evaluation, finding, verdict, type VerdictMessages } from './rule.js';

const TERM = cite('CBIRC-2020-28/1.1', '在合同期限内各项政策保持不变');
const DEFERRAL = cite('CBIRC-2020-28/3.2', '延长还款期间各项政策保持不变');

export const continuityTermRule = defineRule({
  id: 'continuity.within_term',
  severity: 'information',
  description: {
    zh: '政策在合同期限内及延长还款期间保持不变。',
    en: 'Policies stay unchanged for the contract term and during a deferral.',
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [TERM, DEFERRAL],
  evaluate: evaluateContinuityTerm,
  outside: { until: null },
});

const termOnly = Object.freeze([TERM]);

function evaluateContinuityTerm(
  loan: LoanRecord,
  signedInCampaign: boolean,
  lawful: LawfulTerm,
  asOf: IsoDate,
  ctx: Context,
): Evaluation & { until: IsoDate | null } {
  if (!signedInCampaign) {
    return {
      holds: false,
      until: null,
      finding: finding(
        continuityTermRule,
        ctx,
        'not_applicable',
        {
          zh: '合同不在脱贫攻坚期内签订，无政策保持不变的期限。',
          en: 'The contract was not signed within the campaign period, so no guarantee term applies.',
        },
        { contractDate: loan.contractDate },
      ),
    };
  }
  const until = lawful.due;
  const citations = lawful.deferred ? undefined : termOnly;
  const facts = { asOf, maturityDate: loan.maturityDate, deferredTo: loan.deferredTo, until };
  const evaluation = verdict(continuityTermRule, ctx, asOf <= until, MESSAGES, facts, citations);
  return { ...evaluation, until };
}

const MESSAGES: VerdictMessages<{ asOf: string; until: string }> = {
  pass: (f) => ({
    zh: `${f.asOf}在合同期限（含延长还款期间）内，至${f.until}各项政策保持不变。`,
    en: `${f.asOf} is within the contract term (deferral included); policies stay unchanged until ${f.until}.`,
  }),
  fail: (f) => ({
    zh: `${f.asOf}已超出合同期限（含延长还款期间，至${f.until}），政策保持不变的安排已结束。`,
    en: `${f.asOf} is after the contract term (deferral included, to ${f.until}); the guarantee has ended.`,
  }),
};
