/**
 * CBIRC-2020-28/2.5 — 财政部门和扶贫部门要共同落实好财政贴息。
 * CBIRC-2020-28/2.1 — ……贷款申请条件、程序及支持政策等与建档立卡贫困户一致……
 * HLJ-2020-47/3.6 — 财政部门和扶贫部门要共同落实好财政贴息。
 *
 * The fiscal interest subsidy is one of the support policies: registered poor households have it, and
 * edge households get the same support policies.
 */
import type { HouseholdRecord } from '../model/records.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, verdict, type VerdictMessages } from './rule.js';

export const subsidyHouseholdRule = defineRule({
  id: 'subsidy.household',
  severity: 'information',
  description: {
    zh: '财政贴息适用于建档立卡贫困户和边缘户（支持政策与贫困户一致）。',
    en: 'The fiscal interest subsidy is for registered poor and edge households (same support policies).',
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [cite('CBIRC-2020-28/2.5'), cite('CBIRC-2020-28/2.1', '贷款申请条件、程序及支持政策等与建档立卡贫困户一致')],
  heilongjiang: [cite('HLJ-2020-47/3.6')],
  evaluate: evaluateSubsidyHousehold,
});

function evaluateSubsidyHousehold(h: HouseholdRecord, ctx: Context): Evaluation {
  return verdict(subsidyHouseholdRule, ctx, h.povertyStatus !== 'none', MESSAGES, { povertyStatus: h.povertyStatus });
}

const MESSAGES: VerdictMessages<{ povertyStatus: string }> = {
  pass: (f) =>
    f.povertyStatus === 'registered_poor'
      ? { zh: '借款户为建档立卡贫困户，享受财政贴息。', en: 'The borrower is a registered poor household, which has the fiscal interest subsidy.' }
      : {
          zh: '借款户为边缘户，支持政策与贫困户一致，享受财政贴息。',
          en: 'The borrower is an edge household, with the same support policies, including the subsidy.',
        },
  fail: {
    zh: '借款户既非贫困户也非边缘户，不享受扶贫小额信贷财政贴息。',
    en: 'The borrower is neither poor nor an edge household, so no microcredit interest subsidy applies.',
  },
};
