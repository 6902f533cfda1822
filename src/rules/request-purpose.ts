/**
 * CBIRC-2020-28/5.1 — ……精准用于贫困户及边缘人口个人发展生产，不能用于结婚、建房、理财、购置家庭用品等
 * 非生产性支出，更不能集中用于政府融资平台、生产经营企业等。
 *
 * A loan is granted only for a purpose `classifyUsage` permits. An unrecognised purpose is not a
 * ground to lend: the request is not eligible until a person has read it and given a code.
 */
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, finding, inapplicable } from './rule.js';
import type { UsageMatch } from './usage-matcher.js';
import { PURPOSE_NAMES, usageCitations, usageRule } from './usage.js';

export const requestPurposeRule = defineRule({
  id: 'request.purpose',
  severity: 'information',
  description: {
    zh: '申请用途须为发展生产；非生产性用途或集中用于政府融资平台、生产经营企业的不符合条件，无法识别的用途须人工审核。',
    en: 'The purpose requested must be production; non-productive, platform or enterprise use is not eligible, and an unrecognised purpose needs review.',
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [...usageRule.national],
  heilongjiang: usageRule.heilongjiang.slice(usageRule.national.length),
  evaluate: evaluateRequestPurpose,
});

function evaluateRequestPurpose(usage: UsageMatch | undefined, ctx: Context): Evaluation {
  if (!usage) {
    return inapplicable(requestPurposeRule, ctx, { zh: '未提供贷款申请，未核对用途。', en: 'No request was given, so no purpose was checked.' });
  }
  const { category, matchedTerms } = usage;
  const facts = { category, matchedTerms: matchedTerms.join('、') };
  const citations = usageCitations(category, ctx);
  if (category === 'production') {
    return {
      holds: true,
      finding: finding(requestPurposeRule, ctx, 'pass', { zh: '申请用途为发展生产。', en: 'The purpose requested is production.' }, facts, citations),
    };
  }
  const message =
    category === 'unknown'
      ? {
          zh: '申请用途无法识别，须人工审核并确认为发展生产后方可认定符合条件。',
          en: 'The purpose requested was not recognised; it is not eligible until a person confirms it is production.',
        }
      : {
          zh: `申请用途属于${PURPOSE_NAMES[category].zh}，不符合扶贫小额信贷用途规定。`,
          en: `The purpose requested is ${PURPOSE_NAMES[category].en}, which microcredit may not fund.`,
        };
  const evaluation = { holds: false, finding: finding(requestPurposeRule, ctx, 'fail', message, facts, citations) } as const;
  return category === 'unknown' ? { ...evaluation, needsReview: true } : evaluation;
}
