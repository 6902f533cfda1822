/**
 * CBIRC-2020-28/4.3 — ……符合追加贷款条件的，可予以追加贷款支持，但单户扶贫小额信贷总额不得超过5万元。
 *
 * Whatever was lent, a household's total must not be above the cap: an existing breach, found in a
 * portfolio, not only a limit on the next loan.
 */
import { type Decimal, formatMoney } from '../model/money.js';
import type { Options } from '../model/records.js';
import { CBIRC_2020_28_ISSUED, parameters } from '../sources/parameters.js';
import { HOUSEHOLD_CAP } from './household-total.js';
import { type Context, defineRule, type Evaluation, verdict, type VerdictMessages } from './rule.js';

const CAP = parameters.householdCap.shown;

export const totalCapRule = defineRule({
  id: 'household.total_within_cap',
  severity: 'breach',
  description: {
    zh: `单户扶贫小额信贷总额不得超过${CAP.zh}。`,
    en: `A household's microcredit total must not exceed ${CAP.en}.`,
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [parameters.householdCap.citation],
  evaluate: evaluateTotalCap,
});

function evaluateTotalCap(current: Decimal, options: Options, ctx: Context): Evaluation {
  const facts = { currentTotal: formatMoney(current), cap: parameters.householdCap.value, capBasis: options.capBasis };
  return verdict(totalCapRule, ctx, current.lessThanOrEqualTo(HOUSEHOLD_CAP), MESSAGES, facts);
}

const MESSAGES: VerdictMessages<{ currentTotal: string }> = {
  pass: (f) => ({ zh: `该户现有总额${f.currentTotal}元，未超过${CAP.zh}。`, en: `The household's total is ${f.currentTotal} yuan, within ${CAP.en}.` }),
  fail: (f) => ({
    zh: `该户现有总额${f.currentTotal}元，超过${CAP.zh}上限。`,
    en: `The household's total is ${f.currentTotal} yuan, above the ${CAP.en} cap.`,
  }),
};
