/**
 * CBIRC-2020-28/3.1 — ……在延长还款期限最长不超过6个月的基础上，将还款期限进一步延长至2021年3月底。
 * HLJ-2020-47/2.3 — ……在延长还款期限最长不超过6个月的基础上，将还款期限进一步延长至2021年3月底。
 *
 * "On the basis of" the earlier extension of at most six months, the deadline moves on to
 * 2021-03-31. A borrower keeps the better of the two: the later of maturity + 6 months (clamped to
 * month end) and 2021-03-31 (interpretation `deferralDeadline`, docs/interpretations.md).
 */
import { addMonths, type IsoDate, laterOf } from '../model/dates.js';
import type { LoanRecord, Options } from '../model/records.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED, parameters } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, finding, type Message } from './rule.js';

const MONTHS = parameters.earlierExtensionMonths.shown;
const MARCH = parameters.deferralDeadline.shown;

export const deferralDeadlineRule = defineRule({
  id: 'deferral.deadline',
  severity: 'information',
  description: {
    zh: `延长后的最迟还款日为到期日加${MONTHS.zh}与${MARCH.zh}中较晚者（默认解释）。`,
    en: `The latest repayment date is the later of maturity + ${MONTHS.en} and ${MARCH.en} (the default reading).`,
  },
  governedBy: 'act',
  period: { from: CBIRC_2020_28_ISSUED },
  national: [cite('CBIRC-2020-28/3.1', '在延长还款期限最长不超过6个月的基础上，将还款期限进一步延长至2021年3月底')],
  heilongjiang: [cite('HLJ-2020-47/2.3', '在延长还款期限最长不超过6个月的基础上，将还款期限进一步延长至2021年3月底')],
  evaluate: evaluateDeferralDeadline,
  outside: { deadline: null },
});

/**
 * A loan's lawful due date — the later of maturity and the part of a recorded deferral 三 allows — and whether a
 * lawful deferral carries it past maturity (worked out by lawfulDue in src/decisions/compute-deferral-deadline.ts).
 */
export interface LawfulTerm {
  readonly due: IsoDate;
  readonly deferred: boolean;
}

/** The latest repayment date the deferral allows for a loan maturing on `maturityDate`. */
export function deferralDeadlineFor(maturityDate: IsoDate, options: Options): { sixMonths: IsoDate; deadline: IsoDate } {
  const sixMonths = addMonths(maturityDate, parameters.earlierExtensionMonths.value);
  const march2021 = parameters.deferralDeadline.value;
  return { sixMonths, deadline: options.deferralDeadline === 'march_2021' ? march2021 : laterOf(sixMonths, march2021) };
}

/** The deadline's message under each reading of 28号 三 (docs/interpretations.md, `deferralDeadline`). */
const DEADLINE: Record<Options['deferralDeadline'], (deadline: IsoDate, sixMonths: IsoDate) => Message> = {
  later_of_six_months_and_march_2021: (deadline, sixMonths) => ({
    zh: `最迟还款日为${deadline}（到期日加${MONTHS.zh}为${sixMonths}，与${MARCH.zh}取较晚者）。`,
    en: `The latest repayment date is ${deadline} (maturity + ${MONTHS.en} is ${sixMonths}; the later of that and ${MARCH.en}).`,
  }),
  march_2021: (deadline, sixMonths) => ({
    zh: `最迟还款日为${deadline}（按 march_2021 解释，一律延长至${MARCH.zh}；到期日加${MONTHS.zh}为${sixMonths}，不予采用）。`,
    en: `The latest repayment date is ${deadline} (under the 'march_2021' reading every deferral runs to ${MARCH.en}; maturity + ${MONTHS.en}, ${sixMonths}, is not used).`,
  }),
};

const NOT_ELIGIBLE = {
  zh: '贷款不符合延长还款期限的条件，无延长后还款日。',
  en: 'The loan does not qualify for the deferral, so there is no deferred deadline.',
};

function evaluateDeferralDeadline(loan: LoanRecord, eligible: boolean, options: Options, ctx: Context): Evaluation & { deadline: IsoDate | null } {
  if (!eligible) {
    return {
      holds: false,
      deadline: null,
      finding: finding(deferralDeadlineRule, ctx, 'not_applicable', NOT_ELIGIBLE, { maturityDate: loan.maturityDate }),
    };
  }
  const { sixMonths, deadline } = deferralDeadlineFor(loan.maturityDate, options);
  return {
    holds: true,
    deadline,
    finding: finding(deferralDeadlineRule, ctx, 'pass', DEADLINE[options.deferralDeadline](deadline, sixMonths), {
      maturityDate: loan.maturityDate,
      sixMonthDeadline: sixMonths,
      deadline,
      deferralDeadline: options.deferralDeadline,
    }),
  };
}
