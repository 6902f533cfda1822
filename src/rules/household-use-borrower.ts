/**
 * CBIRC-2020-28/5.1 — 要坚持扶贫小额信贷户借、户用、户还……
 * HLJ-2020-47/2.5 — ……坚持扶贫小额信贷户借、户用、户还……
 *
 * 户借: the household itself borrows. A loan taken in the household's name for someone else (冒名、顶名
 * — an enterprise, a cooperative, a relative) breaks 户借 even when the household signs and repays.
 */
import type { FundsUser } from '../model/schemas.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { evaluateHouseholdParty, HLJ_HOUSEHOLD_USE, HOUSEHOLD_USE, partyMessages } from './household-use-party.js';
import { type Context, defineRule, type Evaluation } from './rule.js';

export const borrowedByRule = defineRule({
  id: 'household_use.borrowed_by',
  severity: 'breach',
  description: {
    zh: '贷款须由借款户自己借入，不得冒名、顶名为他人借款（户借）。',
    en: 'The household itself must borrow, not another in its name (户借).',
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [HOUSEHOLD_USE],
  heilongjiang: [HLJ_HOUSEHOLD_USE],
  evaluate: evaluateBorrowedBy,
});

const MESSAGES = partyMessages({ zh: '借入', en: 'borrowed' });

function evaluateBorrowedBy(borrowedBy: FundsUser | null, ctx: Context): Evaluation {
  return evaluateHouseholdParty(borrowedByRule, 'borrowedBy', borrowedBy, MESSAGES, ctx);
}
