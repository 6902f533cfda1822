/**
 * CBIRC-2020-28/4.3 — ……符合追加贷款条件的，可予以追加贷款支持，但单户扶贫小额信贷总额不得超过5万元。
 *
 * A top-up is possible only while the household's total is below the cap; the room left is
 * max(0, 50,000 − current total).
 */
import { type Decimal, formatMoney } from '../model/money.js';
import type { Options } from '../model/records.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED, parameters } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, verdict, type VerdictMessages } from './rule.js';

const CAP = parameters.householdCap.shown;

export const topUpCapRule = defineRule({
  id: 'top_up.household_cap',
  severity: 'information',
  description: {
    zh: `追加贷款后单户扶贫小额信贷总额不得超过${CAP.zh}；现有总额达到${CAP.zh}时不能追加。`,
    en: `A top-up may not take the household's total above ${CAP.en}; at ${CAP.en} nothing more can be added.`,
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [cite('CBIRC-2020-28/4.3', '符合追加贷款条件的，可予以追加贷款支持，但单户扶贫小额信贷总额不得超过5万元')],
  evaluate: evaluateTopUpCap,
});

function evaluateTopUpCap(current: Decimal, room: Decimal, options: Options, ctx: Context): Evaluation {
  const facts = { currentTotal: formatMoney(current), cap: parameters.householdCap.value, maxTopUp: formatMoney(room), capBasis: options.capBasis };
  return verdict(topUpCapRule, ctx, room.greaterThan(0), MESSAGES, facts);
}

const MESSAGES: VerdictMessages<{ currentTotal: string; maxTopUp: string }> = {
  pass: (f) => ({
    zh: `该户现有总额${f.currentTotal}元，最多可追加${f.maxTopUp}元。`,
    en: `The household's total is ${f.currentTotal} yuan; at most ${f.maxTopUp} yuan can be added.`,
  }),
  fail: (f) => ({
    zh: `该户现有总额${f.currentTotal}元，已达到或超过${CAP.zh}上限，不能追加贷款。`,
    en: `The household's total is ${f.currentTotal} yuan, at or above the ${CAP.en} cap, so no top-up is possible.`,
  }),
};
