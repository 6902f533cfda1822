/**
 * CBIRC-2020-28/3.1 — 对到期日在2020年1月1日后（含续贷、展期），受疫情影响还款困难的贫困户扶贫小额信贷，
 * 在延长还款期限最长不超过6个月的基础上，将还款期限进一步延长至2021年3月底。
 * CBIRC-2020-28/2.1 — ……贷款申请条件、程序及支持政策等与建档立卡贫困户一致……
 *
 * 三 names 贫困户; 二 gives edge households the same support policies, so by default they are
 * covered too (interpretation `edgeHouseholdDeferral`, docs/interpretations.md).
 */
import type { HouseholdRecord, Options } from '../model/records.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, finding } from './rule.js';

const POOR = cite('CBIRC-2020-28/3.1', '受疫情影响还款困难的贫困户扶贫小额信贷');
const SAME_SUPPORT = cite('CBIRC-2020-28/2.1', '贷款申请条件、程序及支持政策等与建档立卡贫困户一致');
const HLJ_POOR = cite('HLJ-2020-47/2.3', '受疫情影响还款困难的贫困户扶贫小额信贷');

export const deferralHouseholdRule = defineRule({
  id: 'deferral.household',
  severity: 'information',
  description: {
    zh: '延长还款期限适用于贫困户；边缘户支持政策与贫困户一致，同样适用。',
    en: 'The deferral is for poor households; edge households get the same support policies, so it covers them too.',
  },
  governedBy: 'act',
  period: { from: CBIRC_2020_28_ISSUED },
  national: [POOR, SAME_SUPPORT],
  heilongjiang: [HLJ_POOR],
  evaluate: evaluateDeferralHousehold,
});

const forPoor = { national: Object.freeze([POOR]), heilongjiang: Object.freeze([POOR, HLJ_POOR]) };

// Messages are built once: this rule runs for every loan of an audit.
const POOR_PASS = { zh: '借款户为贫困户。', en: 'The borrower is a registered poor household.' };
const EDGE_PASS = {
  zh: '借款户为边缘户，其支持政策与建档立卡贫困户一致，适用延长还款期限。',
  en: 'The borrower is an edge household, whose support policies are the same as registered poor households, so the deferral covers it.',
};
const EDGE_EXCLUDED = {
  zh: '按所选解释（edgeHouseholdDeferral = excluded），延长还款期限仅适用于贫困户，不含边缘户。',
  en: 'Under the chosen reading (edgeHouseholdDeferral = excluded) the deferral covers registered poor households only, not edge households.',
};
const NEITHER = {
  zh: '借款户既非贫困户也非边缘户，不适用延长还款期限。',
  en: 'The borrower is neither poor nor an edge household, so the deferral does not apply.',
};

function evaluateDeferralHousehold(h: HouseholdRecord, options: Options, ctx: Context): Evaluation {
  const facts = { povertyStatus: h.povertyStatus, edgeHouseholdDeferral: options.edgeHouseholdDeferral };
  if (h.povertyStatus === 'registered_poor') {
    return {
      holds: true,
      finding: finding(deferralHouseholdRule, ctx, 'pass', POOR_PASS, facts, forPoor[ctx.jurisdiction === 'HLJ' ? 'heilongjiang' : 'national']),
    };
  }
  if (h.povertyStatus === 'monitored_edge' && options.edgeHouseholdDeferral === 'included') {
    return {
      holds: true,
      finding: finding(deferralHouseholdRule, ctx, 'pass', EDGE_PASS, facts),
    };
  }
  return {
    holds: false,
    finding: finding(deferralHouseholdRule, ctx, 'fail', h.povertyStatus === 'monitored_edge' ? EDGE_EXCLUDED : NEITHER, facts),
  };
}
