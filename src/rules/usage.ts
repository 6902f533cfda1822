/**
 * CBIRC-2020-28/5.1 — 要坚持扶贫小额信贷户借、户用、户还，精准用于贫困户及边缘人口个人发展生产，
 * 不能用于结婚、建房、理财、购置家庭用品等非生产性支出，更不能集中用于政府融资平台、生产经营企业等。
 * HLJ-2020-47/2.5 — ……坚持扶贫小额信贷户借、户用、户还，精准用于贫困户及边缘人口个人发展生产……
 *
 * Only production is permitted. Each category cites the words of 五 that decide it; a purpose no
 * term recognises needs a person's review and is never guessed.
 */
import type { Citation } from '../sources/types.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, finding, type Finding, type Message } from './rule.js';
import type { UsagePurpose } from './usage-lexicon.js';

const PRODUCTION = cite('CBIRC-2020-28/5.1', '精准用于贫困户及边缘人口个人发展生产');
const NON_PRODUCTIVE = cite('CBIRC-2020-28/5.1', '不能用于结婚、建房、理财、购置家庭用品等非生产性支出');
const PLATFORM_OR_ENTERPRISE = cite('CBIRC-2020-28/5.1', '更不能集中用于政府融资平台、生产经营企业等');
const HOUSEHOLD_USE = cite('CBIRC-2020-28/5.1', '要坚持扶贫小额信贷户借、户用、户还');
const WHOLE = cite('CBIRC-2020-28/5.1');
const HLJ_PRODUCTION = cite('HLJ-2020-47/2.5', '精准用于贫困户及边缘人口个人发展生产');
const HLJ_HOUSEHOLD_USE = cite('HLJ-2020-47/2.5', '坚持扶贫小额信贷户借、户用、户还');

export const usageRule = defineRule({
  id: 'usage.permitted',
  severity: 'breach',
  description: {
    zh: '扶贫小额信贷只能用于贫困户及边缘人口个人发展生产，不能用于非生产性支出，更不能集中用于政府融资平台、生产经营企业。',
    en: "Microcredit may be used only for the household's own production, not for non-productive spending, and still less for government financing platforms or enterprises.",
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [WHOLE],
  heilongjiang: [cite('HLJ-2020-47/2.5')],
  evaluate: evaluateUsage,
});

type CitationSets = { national: readonly Citation[]; heilongjiang: readonly Citation[] };
const sets = (national: Citation[], heilongjiang: Citation[]): CitationSets =>
  Object.freeze({ national: Object.freeze(national), heilongjiang: Object.freeze([...national, ...heilongjiang]) });

const CITATIONS: Readonly<Record<UsagePurpose | 'unknown', CitationSets>> = {
  production: sets([PRODUCTION], [HLJ_PRODUCTION]),
  marriage: sets([NON_PRODUCTIVE], [HLJ_PRODUCTION]),
  housing: sets([NON_PRODUCTIVE], [HLJ_PRODUCTION]),
  wealth_management: sets([NON_PRODUCTIVE], [HLJ_PRODUCTION]),
  household_goods: sets([NON_PRODUCTIVE], [HLJ_PRODUCTION]),
  other_non_productive: sets([NON_PRODUCTIVE], [HLJ_PRODUCTION]),
  government_financing_platform: sets([PLATFORM_OR_ENTERPRISE], [HLJ_HOUSEHOLD_USE]),
  enterprise_use: sets([PLATFORM_OR_ENTERPRISE, HOUSEHOLD_USE], [HLJ_HOUSEHOLD_USE]),
  unknown: sets([WHOLE], [HLJ_PRODUCTION]),
};

/** Each category's name in messages. */
export const PURPOSE_NAMES: Readonly<Record<UsagePurpose | 'unknown', Message>> = {
  production: { zh: '发展生产', en: 'production' },
  marriage: { zh: '结婚', en: 'marriage' },
  housing: { zh: '建房', en: 'housing' },
  wealth_management: { zh: '理财', en: 'wealth management' },
  household_goods: { zh: '购置家庭用品', en: 'household goods' },
  other_non_productive: { zh: '其他非生产性支出', en: 'other non-productive spending' },
  government_financing_platform: { zh: '政府融资平台', en: 'a government financing platform' },
  enterprise_use: { zh: '生产经营企业（户贷企用）', en: 'enterprise use (household loans used by an enterprise)' },
  unknown: { zh: '无法识别', en: 'unrecognised' },
};

export function usageCitations(category: UsagePurpose | 'unknown', ctx: Context): readonly Citation[] {
  return CITATIONS[category][ctx.jurisdiction === 'HLJ' ? 'heilongjiang' : 'national'];
}

// Each category's verdict and message, built once.
const VERDICTS = Object.fromEntries(
  (Object.keys(PURPOSE_NAMES) as (UsagePurpose | 'unknown')[]).map((category) => {
    const name = PURPOSE_NAMES[category];
    const verdict: [Finding['outcome'], Message] =
      category === 'production'
        ? ['pass', { zh: '用途为发展生产，符合规定。', en: 'The purpose is production, which is permitted.' }]
        : category === 'unknown'
          ? [
              'advisory',
              { zh: '未能识别用途，需人工审核是否用于发展生产。', en: 'The purpose was not recognised; a person must review whether it is production.' },
            ]
          : ['fail', { zh: `用途属于${name.zh}，扶贫小额信贷不得用于此。`, en: `The purpose is ${name.en}, which microcredit may not be used for.` }];
    return [category, verdict];
  }),
) as Record<UsagePurpose | 'unknown', [Finding['outcome'], Message]>;

/** Holds for production; an unrecognised purpose needs review. */
function evaluateUsage(category: UsagePurpose | 'unknown', matchedTerms: readonly string[], ctx: Context): Evaluation {
  const [outcome, message] = VERDICTS[category];
  const f = finding(usageRule, ctx, outcome, message, { category, matchedTerms: matchedTerms.join('、') }, usageCitations(category, ctx));
  return outcome === 'advisory' ? { holds: false, needsReview: true, finding: f } : { holds: outcome === 'pass', finding: f };
}
