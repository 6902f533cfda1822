/**
 * CBIRC-2020-28/5.1 — 要坚持扶贫小额信贷户借、户用、户还……
 * HLJ-2020-47/2.5 — ……坚持扶贫小额信贷户借、户用、户还……
 *
 * What 户借、户用 and 户还 share: a recorded party (`borrowedBy`, `usedBy`, `repaidBy`) must be the household itself.
 */
import type { FundsUser } from '../model/schemas.js';
import { cite } from '../sources/clauses.js';
import { type Context, type Evaluation, inapplicable, type Message, type RuleDefinition, verdict } from './rule.js';

export const HOUSEHOLD_USE = cite('CBIRC-2020-28/5.1', '要坚持扶贫小额信贷户借、户用、户还');
export const HLJ_HOUSEHOLD_USE = cite('HLJ-2020-47/2.5', '坚持扶贫小额信贷户借、户用、户还');

const PARTY: Readonly<Record<FundsUser, Message>> = {
  household: { zh: '借款户', en: 'the household' },
  enterprise: { zh: '企业', en: 'an enterprise' },
  cooperative: { zh: '合作社', en: 'a cooperative' },
  government_platform: { zh: '政府融资平台', en: 'a government financing platform' },
  other: { zh: '他人', en: 'someone else' },
};

/** The messages for one act (使用 / used) and each party, built once: the audit asks for every loan. */
export function partyMessages(act: Message): { unknown: Message; by: Readonly<Record<FundsUser, { pass: Message; fail: Message }>> } {
  const by = {} as Record<FundsUser, { pass: Message; fail: Message }>;
  for (const who of Object.keys(PARTY) as FundsUser[]) {
    by[who] = {
      pass: { zh: `贷款由借款户自己${act.zh}。`, en: `The household itself ${act.en} the loan.` },
      fail: { zh: `贷款实际由${PARTY[who].zh}${act.zh}，不符合户借、户用、户还。`, en: `The loan is ${act.en} by ${PARTY[who].en}, not the household.` },
    };
  }
  return { unknown: { zh: `未记录实际${act.zh}人。`, en: `Who actually ${act.en} the loan is not recorded.` }, by };
}

export function evaluateHouseholdParty(
  rule: RuleDefinition,
  field: 'borrowedBy' | 'usedBy' | 'repaidBy',
  who: FundsUser | null,
  messages: ReturnType<typeof partyMessages>,
  ctx: Context,
): Evaluation {
  if (who === null) return inapplicable(rule, ctx, messages.unknown, { [field]: null });
  return verdict(rule, ctx, who === 'household', messages.by[who], { [field]: who });
}
