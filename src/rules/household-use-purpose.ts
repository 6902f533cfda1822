/**
 * CBIRC-2020-28/5.1 — 要坚持扶贫小额信贷户借、户用、户还，……更不能集中用于政府融资平台、生产经营企业等。
 * HLJ-2020-47/2.5 — ……坚持扶贫小额信贷户借、户用、户还……
 *
 * A purpose that hands the funds to an enterprise, cooperative or platform (户贷企用) breaks 户用
 * whatever `usedBy` says.
 */
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { HLJ_HOUSEHOLD_USE, HOUSEHOLD_USE } from './household-use-party.js';
import { type Context, defineRule, type Evaluation, inapplicable, verdict } from './rule.js';
import type { UsageMatch } from './usage-matcher.js';

export const usePurposeRule = defineRule({
  id: 'household_use.purpose',
  severity: 'breach',
  description: {
    zh: '贷款用途不得为交由企业、合作社等使用或集中用于政府融资平台（户贷企用）。',
    en: 'The purpose must not hand the funds to an enterprise, cooperative or government financing platform (户贷企用).',
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [HOUSEHOLD_USE, cite('CBIRC-2020-28/5.1', '更不能集中用于政府融资平台、生产经营企业等')],
  heilongjiang: [HLJ_HOUSEHOLD_USE],
  evaluate: evaluateUsePurpose,
});

/** Whether a purpose's category means the funds went to an enterprise or a platform. */
export function isHandedOver(category: UsageMatch['category']): boolean {
  return category === 'enterprise_use' || category === 'government_financing_platform';
}

const NO_PURPOSE = { zh: '未记录贷款用途。', en: 'No purpose is recorded.' };
const UNRECOGNISED = { zh: '贷款用途无法识别，未能判断是否户贷企用。', en: 'The purpose was not recognised, so enterprise use could not be judged.' };
const MESSAGES = {
  pass: { zh: '贷款用途不属于户贷企用。', en: 'The purpose is not enterprise or platform use.' },
  fail: { zh: '贷款用途属于户贷企用或集中用于政府融资平台。', en: 'The purpose hands the funds to an enterprise or a government financing platform.' },
};

function evaluateUsePurpose(usage: UsageMatch | null, ctx: Context): Evaluation {
  if (usage === null || usage.category === 'unknown') {
    return inapplicable(usePurposeRule, ctx, usage === null ? NO_PURPOSE : UNRECOGNISED, { category: usage === null ? null : 'unknown' });
  }
  return verdict(usePurposeRule, ctx, !isHandedOver(usage.category), MESSAGES, { category: usage.category, matchedTerms: usage.matchedTerms.join('、') });
}
