/**
 * CBIRC-2020-28/2.1 — 将返贫监测对象中，具备产业发展条件和有劳动能力的边缘人口纳入扶贫小额信贷支持范围，
 * 贷款申请条件、程序及支持政策等与建档立卡贫困户一致，防止产生新的致贫人口。
 * HLJ-2020-47/2.2 — 进一步扩大扶贫小额信贷支持对象，将返贫监测对象中具备产业发展条件和有劳动能力的边缘人口
 * 纳入扶贫小额信贷支持范围。
 * HLJ-2020-47/3.8 — 各银行机构要对符合条件的贫困户和边缘户扶贫小额信贷需求给予满足，……
 *
 * Microcredit serves registered poor households (建档立卡贫困户) and, from 28号 on, edge households. In
 * Heilongjiang a registered poor household's finding cites 47号 三's sentence on poor and edge households, not
 * 47号 二's, which speaks of the edge population only.
 */
import type { HouseholdRecord } from '../model/records.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, finding } from './rule.js';

const NATIONAL = [
  cite('CBIRC-2020-28/2.1', '具备产业发展条件和有劳动能力的边缘人口纳入扶贫小额信贷支持范围，贷款申请条件、程序及支持政策等与建档立卡贫困户一致'),
];
const EDGE_47 = cite('HLJ-2020-47/2.2');
const POOR_AND_EDGE_47 = cite('HLJ-2020-47/3.8', '各银行机构要对符合条件的贫困户和边缘户扶贫小额信贷需求给予满足');
/** A registered poor household in Heilongjiang: 28号 二 and the 47号 sentence that speaks of poor households. */
const HLJ_REGISTERED_POOR = Object.freeze([...NATIONAL, POOR_AND_EDGE_47]);

export const povertyStatusRule = defineRule({
  id: 'household.poverty_status',
  severity: 'breach',
  description: {
    zh: '借款户须为建档立卡贫困户或返贫监测对象中的边缘户。',
    en: 'The household must be a registered poor household or a monitored edge household.',
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: NATIONAL,
  heilongjiang: [EDGE_47, POOR_AND_EDGE_47],
  evaluate: evaluatePovertyStatus,
});

function evaluatePovertyStatus(h: HouseholdRecord, ctx: Context): Evaluation {
  const facts = { povertyStatus: h.povertyStatus };
  if (h.povertyStatus === 'none') {
    return {
      holds: false,
      finding: finding(
        povertyStatusRule,
        ctx,
        'fail',
        {
          zh: '该户既非建档立卡贫困户，也非边缘户，不属于扶贫小额信贷支持对象。',
          en: 'The household is neither registered poor nor an edge household, so it is outside the microcredit programme.',
        },
        facts,
      ),
    };
  }
  return {
    holds: true,
    finding: finding(
      povertyStatusRule,
      ctx,
      'pass',
      h.povertyStatus === 'registered_poor'
        ? { zh: '该户为建档立卡贫困户，属于扶贫小额信贷支持对象。', en: 'The household is registered poor, within the programme.' }
        : { zh: '该户为边缘户，已纳入扶贫小额信贷支持范围。', en: 'The household is a monitored edge household, which 28号 brings into the programme.' },
      facts,
      h.povertyStatus === 'registered_poor' && ctx.jurisdiction === 'HLJ' ? HLJ_REGISTERED_POOR : undefined,
    ),
  };
}
