/**
 * CBIRC-2020-28/4.1 — 要认真落实分片包干责任，坚持以乡镇为单位不断完善扶贫小额信贷主责任银行机制，实行名单制管理。
 * HLJ-2020-47/3.9 — ……认真落实分片包干责任，坚持以乡镇为单位不断完善扶贫小额信贷主责任银行机制，实行名单制管理；……
 *
 * Each region (township) where microloans are lent has a lead bank (主责任银行), named in a list (名单制管理). The
 * rule judges the mechanism, not the market: given the caller's register, a region with active loans and no
 * lead bank in it fails; how many of its loans the lead bank made is reported (`leadBankShare`), never judged.
 * Without a register nothing is judged. The register is keyed by the region codes the records carry.
 */
import { cite } from '../sources/clauses.js';
import { CBIRC_2020_28_ISSUED } from '../sources/parameters.js';
import { type Context, defineRule, type Evaluation, finding, type Finding, inapplicable } from './rule.js';

/** A region with active loans, and its lead bank in the register (`null` when it has none). */
export interface RegionLeadBank {
  readonly region: string;
  readonly activeLoans: number;
  readonly leadBank: string | null;
}

/** The portfolio's finding, and each region without a lead bank's own failed finding, by region. */
export type LeadBankEvaluation = Evaluation & { readonly missing: ReadonlyMap<string, Finding> };

const NONE_MISSING: ReadonlyMap<string, Finding> = new Map();
const MECHANISM = '坚持以乡镇为单位不断完善扶贫小额信贷主责任银行机制，实行名单制管理';

export const leadBankRule = defineRule({
  id: 'monitoring.lead_bank',
  severity: 'review',
  description: {
    zh: '以乡镇为单位建立主责任银行机制、实行名单制管理：有在贷扶贫小额信贷的地区须在名单中有主责任银行。',
    en: 'A lead bank for each township, kept in a list: a region with active microloans must have a lead bank in the register.',
  },
  period: { from: CBIRC_2020_28_ISSUED },
  national: [cite('CBIRC-2020-28/4.1', MECHANISM)],
  heilongjiang: [cite('HLJ-2020-47/3.9', MECHANISM)],
  evaluate: evaluateLeadBanks,
  outside: { missing: NONE_MISSING },
});

/**
 * Judges every region with active loans against the register: `not_applicable` without one; otherwise a pass
 * when each has a lead bank, or a failure naming those without, each of which also gets its own finding.
 */
function evaluateLeadBanks(regions: readonly RegionLeadBank[], registerGiven: boolean, ctx: Context): LeadBankEvaluation {
  if (!registerGiven) {
    return {
      ...inapplicable(
        leadBankRule,
        ctx,
        {
          zh: '未提供主责任银行名单，未检查各地区是否有主责任银行。',
          en: 'No lead-bank register was given, so no region was checked for a lead bank.',
        },
        { register: false },
      ),
      missing: NONE_MISSING,
    };
  }
  const without = regions.filter((r) => r.leadBank === null);
  const missing = new Map(without.map((r) => [r.region, regionFinding(r, ctx)]));
  const facts = { register: true, regions: regions.length, regionsWithoutLeadBank: without.length, without: without.map((r) => r.region).join('、') };
  const f =
    without.length === 0
      ? finding(
          leadBankRule,
          ctx,
          'pass',
          { zh: '每个有在贷贷款的地区在名单中都有主责任银行。', en: 'Every region with active loans has a lead bank in the register.' },
          facts,
        )
      : finding(
          leadBankRule,
          ctx,
          'fail',
          {
            zh: `${without.length}个有在贷贷款的地区在名单中没有主责任银行：${facts.without}。`,
            en: `${without.length} region(s) with active loans have no lead bank in the register: ${without.map((r) => r.region).join(', ')}.`,
          },
          facts,
        );
  return { holds: without.length === 0, finding: f, missing };
}

function regionFinding({ region, activeLoans }: RegionLeadBank, ctx: Context): Finding {
  return finding(
    leadBankRule,
    ctx,
    'fail',
    {
      zh: `${region}地区有${activeLoans}笔在贷扶贫小额信贷，但主责任银行名单中没有该地区的主责任银行。`,
      en: `Region ${region} has ${activeLoans} active microloan(s) but no lead bank (主责任银行) in the register.`,
    },
    { region, activeLoans, leadBank: null },
  );
}
