/**
 * CBIRC-2020-28/2.5 — 财政部门和扶贫部门要共同落实好财政贴息。
 * CBIRC-2020-28/2.1 — ……贷款申请条件、程序及支持政策等与建档立卡贫困户一致……
 * HLJ-2020-47/3.6 — 财政部门和扶贫部门要共同落实好财政贴息。
 *
 * The fiscal interest subsidy is one of the support policies: registered poor households have it, and
 * edge households get the same support policies — so the household must qualify as eligibility requires
 * (its status, an edge household's two conditions, the poverty office's list per jurisdiction). The record is
 * read as the household was when the loan was made: policies stay unchanged for the contract's term.
 */
import type { HouseholdRecord } from '../model/records.js';
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, verdict, type VerdictMessages } from './rule.js';

export const subsidyHouseholdRule = defineRule({
  id: 'subsidy.household',
  severity: 'information',
  description: {
    zh: '财政贴息适用于符合扶贫小额信贷申请条件的建档立卡贫困户和边缘户（支持政策与贫困户一致）。',
    en: 'The fiscal interest subsidy is for registered poor and edge households that qualify as eligibility requires (same support policies).',
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [cite('CBIRC-2020-28/2.5'), cite('CBIRC-2020-28/2.1', '贷款申请条件、程序及支持政策等与建档立卡贫困户一致')],
  heilongjiang: [cite('HLJ-2020-47/3.6')],
  evaluate: evaluateSubsidyHousehold,
});

/** `qualifies`: whether every condition eligibility sets on the household holds (evaluateHousehold in src/decisions/eligibility.ts). */
function evaluateSubsidyHousehold(h: HouseholdRecord, qualifies: boolean, ctx: Context): Evaluation {
  return verdict(subsidyHouseholdRule, ctx, qualifies, MESSAGES, { povertyStatus: h.povertyStatus });
}

const MESSAGES: VerdictMessages<{ povertyStatus: string }> = {
  pass: (f) =>
    f.povertyStatus === 'registered_poor'
      ? { zh: '借款户为建档立卡贫困户，享受财政贴息。', en: 'The borrower is a registered poor household, which has the fiscal interest subsidy.' }
      : {
          zh: '借款户为边缘户，支持政策与贫困户一致，享受财政贴息。',
          en: 'The borrower is an edge household, with the same support policies, including the subsidy.',
        },
  fail: (f) =>
    f.povertyStatus === 'none'
      ? {
          zh: '借款户既非贫困户也非边缘户，不享受扶贫小额信贷财政贴息。',
          en: 'The borrower is neither poor nor an edge household, so no microcredit interest subsidy applies.',
        }
      : {
          zh: '借款户不符合扶贫小额信贷的申请条件（见同列的户况判断），不享受财政贴息。',
          en: 'The borrower does not qualify as eligibility requires (see the household findings beside this one), so no interest subsidy applies.',
        },
};
