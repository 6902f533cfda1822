/**
 * CBIRC-2020-28/2.1 — 将返贫监测对象中，具备产业发展条件和有劳动能力的边缘人口纳入扶贫小额信贷支持范围……
 * HLJ-2020-47/2.2 — ……将返贫监测对象中具备产业发展条件和有劳动能力的边缘人口纳入扶贫小额信贷支持范围。
 *
 * An edge household qualifies only with both: conditions for developing production and labour capacity.
 */
import type { HouseholdRecord } from '../model/records.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, inapplicable, verdict, type VerdictMessages } from './rule.js';

export const edgeConditionsRule = defineRule({
  id: 'household.edge_conditions',
  severity: 'breach',
  description: {
    zh: '边缘户须同时具备产业发展条件和劳动能力。',
    en: 'An edge household must have both conditions for developing production and labour capacity.',
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [cite('CBIRC-2020-28/2.1', '将返贫监测对象中，具备产业发展条件和有劳动能力的边缘人口纳入扶贫小额信贷支持范围')],
  heilongjiang: [cite('HLJ-2020-47/2.2', '将返贫监测对象中具备产业发展条件和有劳动能力的边缘人口纳入扶贫小额信贷支持范围')],
  evaluate: evaluateEdgeConditions,
});

function evaluateEdgeConditions(h: HouseholdRecord, ctx: Context): Evaluation {
  if (h.povertyStatus !== 'monitored_edge') {
    return inapplicable(
      edgeConditionsRule,
      ctx,
      {
        zh: '该户不是边缘户，本条件不适用。',
        en: 'The household is not an edge household, so these conditions do not apply.',
      },
      { povertyStatus: h.povertyStatus },
    );
  }
  const industry = h.hasIndustrialDevelopmentConditions === true;
  const labor = h.hasLaborCapacity === true;
  const facts = { povertyStatus: h.povertyStatus, hasIndustrialDevelopmentConditions: industry, hasLaborCapacity: labor };
  return verdict(edgeConditionsRule, ctx, industry && labor, MESSAGES, facts);
}

const MESSAGES: VerdictMessages<{ hasIndustrialDevelopmentConditions: boolean; hasLaborCapacity: boolean }> = {
  pass: { zh: '该边缘户具备产业发展条件且有劳动能力。', en: 'The edge household has conditions for developing production and labour capacity.' },
  fail: (f) => {
    const missing = [
      !f.hasIndustrialDevelopmentConditions && ['产业发展条件', 'conditions for developing production'],
      !f.hasLaborCapacity && ['劳动能力', 'labour capacity'],
    ].filter((x): x is string[] => Array.isArray(x));
    return {
      zh: `该边缘户不具备${missing.map((m) => m[0]).join('和')}，不纳入扶贫小额信贷支持范围。`,
      en: `The edge household lacks ${missing.map((m) => m[1]).join(' and ')}, so it is not within the programme.`,
    };
  },
};
