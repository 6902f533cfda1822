// Every finding of every decision, over a spread of inputs, quotes the canonical text verbatim,
// from the very clause it names.
import { describe, expect, it } from 'vitest';
import {
  auditLendingDecision,
  canonicalText,
  checkHouseholdUse,
  checkInterestSubsidy,
  monitorPortfolio,
  checkEligibility,
  checkPolicyContinuity,
  classifyUsage,
  computeDeferralDeadline,
  computeMaxTopUp,
  getClause,
  riskCompensationTrigger,
  rules,
  USAGE_PURPOSES,
  type Finding,
} from 'fupin-xindai';
import { edge, loan, poor, policy } from './helpers/fixtures.js';

function* spread(): Generator<{ findings: Finding[] }> {
  const households = [
    poor(),
    poor({ onPovertyOfficeList: false }),
    poor({ povertyStatus: 'none' }),
    edge(),
    edge({ hasLaborCapacity: false }),
    edge({ onPovertyOfficeList: false }),
  ];
  const optionsList = [
    {},
    { jurisdiction: 'national' as const },
    { asOf: '2020-06-29' },
    { asOf: '2021-06-30' },
    { asOf: '2021-10-01' },
    { interpretations: { capBasis: 'principal' as const, edgeHouseholdDeferral: 'excluded' as const, deferralDeadline: 'march_2021' as const } },
  ];
  const maturities = ['2019-12-31', '2020-01-01', '2020-10-31', '2021-03-31', '2021-04-01'];
  const purposes = [...USAGE_PURPOSES, '养殖肉牛', '转贷给养殖公司', '不用于建房', '无法识别'];
  for (const options of optionsList) {
    for (const h of households) {
      yield checkEligibility(h, null, options);
      for (const purpose of purposes)
        yield checkEligibility(h, { amount: '20000', purpose }, { ...options, existingLoans: [loan({ outstanding: '30000.01' })] });
      yield computeMaxTopUp(h, [loan({ outstanding: '49999.99' })], options);
      yield computeMaxTopUp(h, [loan({ outstanding: '50000' })], options);
      for (const maturityDate of maturities) {
        for (const covidRepaymentDifficulty of [true, false]) {
          yield computeDeferralDeadline(
            loan({ contractDate: '2019-01-01', maturityDate, covidRepaymentDifficulty, deferredTo: maturityDate < '2021-01-01' ? '2021-03-31' : null }),
            h,
            options,
          );
        }
      }
    }
    for (const purpose of purposes) yield classifyUsage(purpose, options);
    for (const p of [policy(), policy({ fundEstablished: false, requireCollectionAttempted: true }), policy({ insurerShare: '0.1', guarantorShare: '0.1' })]) {
      for (const overdueDays of [0, 90, 200]) yield riskCompensationTrigger(loan({ overdueDays, outstanding: '1234.57' }), p, options);
    }
    for (const h of households) {
      for (const kind of ['new', 'renewal', 'extension', 'top_up'] as const) {
        for (const bankDecision of ['approved', 'refused'] as const) {
          for (const refusalReason of [null, '信用记录不良']) {
            yield auditLendingDecision({ household: h, request: { amount: '10000', purpose: '养牛' }, kind, bankDecision, refusalReason }, options);
          }
        }
      }
      yield checkInterestSubsidy(loan({ contractDate: '2020-10-01', maturityDate: '2022-10-01' }), h, options.asOf ?? '2021-01-01', options);
      yield checkInterestSubsidy(loan({ contractDate: '2021-10-01', maturityDate: '2022-10-01' }), h, '2022-01-01', options);
    }
    for (const usedBy of [null, 'household', 'enterprise'] as const) {
      for (const purpose of [null, '养牛', '入股分红', '无法识别']) yield checkHouseholdUse(loan({ usedBy, repaidBy: usedBy, purpose }), options);
    }
    yield monitorPortfolio(
      [poor({ region: 'A' }), poor({ id: 'h2', region: 'B' })],
      [
        loan({ overdueDays: 5, classification: 'substandard', maturityDate: '2021-02-01', usedBy: 'enterprise' }),
        loan({ id: 'l2', householdId: 'h2', classification: 'special_mention' }),
      ],
      {
        ...options,
        asOf: options.asOf ?? '2021-01-01',
        thresholds: { maturingSoonShare: 0.1, overdueShare: 0.1, enterpriseUseOutstanding: 1, nplRatio: 0.1, specialMentionShare: 0.1 },
      },
    );
    yield monitorPortfolio([], [loan()], { ...options, asOf: options.asOf ?? '2021-01-01' });
    for (const contractDate of ['2020-06-01', '2020-12-31', '2021-01-01']) {
      for (const deferredTo of [null, '2021-09-30']) {
        yield checkPolicyContinuity(loan({ contractDate, maturityDate: '2021-06-30', deferredTo }), options.asOf ?? '2021-07-01', options);
      }
    }
  }
}

describe('citations', () => {
  it('quote verbatim canonical text from the clause they name, in every finding', () => {
    const texts = { 'CBIRC-2020-28': canonicalText('CBIRC-2020-28'), 'HLJ-2020-47': canonicalText('HLJ-2020-47') };
    let findings = 0;
    const seenClauses = new Set<string>();
    for (const result of spread()) {
      for (const f of result.findings) {
        findings++;
        expect(f.citations.length, f.ruleId).toBeGreaterThan(0);
        for (const c of f.citations) {
          const clause = getClause(c.clauseId);
          expect(clause, c.clauseId).toBeDefined();
          expect(clause!.document).toBe(c.document);
          expect(clause!.text.includes(c.quote), `${f.ruleId} ${c.clauseId}: ${c.quote}`).toBe(true);
          expect(texts[c.document].includes(c.quote)).toBe(true);
          expect(c.quote.trim()).toBe(c.quote);
          // An empty quote is "in" every sentence, so being verbatim is not enough: it must say something.
          expect(c.quote.length, `${f.ruleId} ${c.clauseId}`).toBeGreaterThanOrEqual(4);
          seenClauses.add(c.clauseId);
        }
        expect(f.message.zh.length).toBeGreaterThan(0);
        expect(f.message.en.length).toBeGreaterThan(0);
      }
    }
    expect(findings).toBeGreaterThan(1000);
    // Every clause a rule rests on is actually quoted by some finding.
    for (const id of new Set(rules.flatMap((r) => r.clauseIds))) expect(seenClauses.has(id), id).toBe(true);
  });

  it('cite 47号 only in Heilongjiang', () => {
    for (const r of [
      checkEligibility(edge(), null, { jurisdiction: 'national' }),
      computeDeferralDeadline(loan({ maturityDate: '2020-05-01', covidRepaymentDifficulty: true }), poor(), { jurisdiction: 'national' }),
    ]) {
      for (const f of r.findings) for (const c of f.citations) expect(c.document).toBe('CBIRC-2020-28');
    }
  });
});
