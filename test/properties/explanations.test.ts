// Every finding explains itself (issue 7: tests that would notice a wrong rule): over generated records,
// decision dates in and outside the rules' periods and both jurisdictions, each finding of each
// decision has a Chinese and an English message, scalar facts and verbatim citations. A blank,
// swapped or missing message is a defect an auditor would see, so it must fail here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditLendingDecision,
  canonicalText,
  checkEligibility,
  checkHouseholdUse,
  checkInterestSubsidy,
  checkPolicyContinuity,
  classifyUsage,
  monitorPortfolio,
  computeDeferralDeadline,
  computeMaxTopUp,
  riskCompensationTrigger,
  USAGE_PURPOSES,
  type Finding,
} from 'fupin-xindai';
import { decisionDay, household, loan, policy, RUNS } from './arbitraries.js';

const texts = canonicalText('CBIRC-2020-28') + canonicalText('HLJ-2020-47');
const CJK = /[\u4e00-\u9fff]/;

function explained(f: Finding): void {
  const where = `${f.ruleId} (${f.outcome})`;
  expect(f.message.zh, where).toMatch(CJK);
  // English sentences may name 28号 or 户借、户用、户还, but they are English: words of Latin letters.
  expect(f.message.en, where).toMatch(/[A-Za-z]{3,}.*[A-Za-z]{3,}/);
  expect(f.message.zh, where).not.toBe(f.message.en);
  expect(['pass', 'fail', 'not_applicable', 'advisory']).toContain(f.outcome);
  expect(f.citations.length, where).toBeGreaterThan(0);
  for (const c of f.citations) expect(texts.includes(c.quote) && c.quote.length > 0, `${where}: ${c.clauseId}`).toBe(true);
  for (const v of Object.values(f.facts ?? {})) expect(['string', 'number', 'boolean'].includes(typeof v) || v === null, where).toBe(true);
  // A verdict says what it was decided on, so an auditor can check it.
  if (f.outcome === 'pass' || f.outcome === 'fail') expect(Object.keys(f.facts ?? {}).length, where).toBeGreaterThan(0);
}

describe('explanations', () => {
  it('every finding of every decision has zh and en messages, scalar facts and verbatim citations', () => {
    const options = fc.record({
      asOf: fc.option(decisionDay, { nil: undefined }),
      jurisdiction: fc.constantFrom('HLJ', 'national') as fc.Arbitrary<'HLJ' | 'national'>,
    });
    const purpose = fc.oneof(fc.constantFrom(...USAGE_PURPOSES), fc.constantFrom('养殖肉牛', '给儿子结婚', '建房', '转贷给公司', '买彩票', '种植玉米', '随便'));
    fc.assert(
      fc.property(
        household,
        loan(),
        policy,
        options,
        decisionDay,
        fc.integer({ min: 1, max: 6_000_000 }),
        purpose,
        fc.constantFrom('approved', 'refused') as fc.Arbitrary<'approved' | 'refused'>,
        (h, l, p, o, asOf, fen, why, bankDecision) => {
          const request = { amount: (fen / 100).toFixed(2), purpose: why };
          const findings: Finding[] = [
            ...checkEligibility(h, request, { ...o, existingLoans: [l] }).findings,
            ...computeMaxTopUp(h, [l], o).findings,
            ...computeDeferralDeadline(l, h, o).findings,
            ...classifyUsage(why, o).findings,
            ...riskCompensationTrigger(l, p, o).findings,
            ...checkPolicyContinuity(l, asOf, o).findings,
            ...checkInterestSubsidy(l, h, asOf, o).findings,
            ...checkHouseholdUse({ ...l, purpose: why }, o).findings,
            ...monitorPortfolio([{ ...h, region: 'r1' }], [l], {
              ...o,
              asOf: o.asOf ?? asOf,
              thresholds: { overdueShare: '0.1', nplRatio: '0.05', enterpriseUseOutstanding: '1000', maturingSoonShare: '0.2', specialMentionShare: '0.1' },
            }).findings,
            ...auditLendingDecision(
              { household: h, request, existingLoans: [l], kind: 'top_up', bankDecision, ...(bankDecision === 'refused' ? { refusalReason: 'other' } : {}) },
              o,
            ).findings,
          ];
          findings.forEach(explained);
        },
      ),
      RUNS,
    );
  });
});
