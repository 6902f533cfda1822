/**
 * CBIRC-2020-28/5.1 — 要坚持扶贫小额信贷户借、户用、户还……
 * HLJ-2020-47/2.5 — ……坚持扶贫小额信贷户借、户用、户还……
 *
 * 户用: the household itself uses the funds.
 */
import type { FundsUser } from '../model/schemas.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { evaluateHouseholdParty, HLJ_HOUSEHOLD_USE, HOUSEHOLD_USE, partyMessages } from './household-use-party.js';
import { type Context, defineRule, type Evaluation } from './rule.js';

export const usedByRule = defineRule({
  id: 'household_use.used_by',
  severity: 'breach',
  description: { zh: '贷款资金须由借款户自己使用（户用）。', en: 'The household itself must use the funds (户用).' },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [HOUSEHOLD_USE],
  heilongjiang: [HLJ_HOUSEHOLD_USE],
  evaluate: evaluateUsedBy,
});

const MESSAGES = partyMessages({ zh: '使用', en: 'used' });

function evaluateUsedBy(usedBy: FundsUser | null, ctx: Context): Evaluation {
  return evaluateHouseholdParty(usedByRule, 'usedBy', usedBy, MESSAGES, ctx);
}
