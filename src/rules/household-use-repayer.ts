/**
 * CBIRC-2020-28/5.1 — 要坚持扶贫小额信贷户借、户用、户还……
 * HLJ-2020-47/2.5 — ……坚持扶贫小额信贷户借、户用、户还……
 *
 * 户还: the household itself repays.
 */
import type { FundsUser } from '../model/schemas.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { evaluateHouseholdParty, HLJ_HOUSEHOLD_USE, HOUSEHOLD_USE, partyMessages } from './household-use-party.js';
import { type Context, defineRule, type Evaluation } from './rule.js';

export const repaidByRule = defineRule({
  id: 'household_use.repaid_by',
  severity: 'breach',
  description: { zh: '贷款须由借款户自己偿还（户还）。', en: 'The household itself must repay the loan (户还).' },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [HOUSEHOLD_USE],
  heilongjiang: [HLJ_HOUSEHOLD_USE],
  evaluate: evaluateRepaidBy,
});

const MESSAGES = partyMessages({ zh: '偿还', en: 'repaid' });

function evaluateRepaidBy(repaidBy: FundsUser | null, ctx: Context): Evaluation {
  return evaluateHouseholdParty(repaidByRule, 'repaidBy', repaidBy, MESSAGES, ctx);
}
