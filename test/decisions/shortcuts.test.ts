// The audit skips a decision for a loan only where the decision's own module says it can find nothing.
// Each skip is held against its decision over generated records: when it says "nothing", the public
// function counts nothing and reports nothing a portfolio needs to see (a failed or advisory finding of
// a rule whose severity is not information).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHouseholdUse, classifyUsage, computeDeferralDeadline, type Finding, riskCompensationTrigger, rules } from 'fupin-xindai';
import { householdUseCanFail } from '../../src/decisions/check-household-use.js';
import { deferralCanFind } from '../../src/decisions/compute-deferral-deadline.js';
import { contextOf } from '../../src/decisions/context.js';
import { compensationCanTrigger } from '../../src/decisions/risk-compensation-trigger.js';
import { DEFAULT_COMPILED } from '../../src/rules/classify.js';
import { classifyPurpose } from '../../src/rules/classify.js';
import { Issues, readLoan, readOptions, readPolicy } from '../../src/decisions/records.js';
import { addDays, decisionDay, household, loan, policy, RUNS } from '../properties/arbitraries.js';

const severity = new Map(rules.map((r) => [r.id, r.severity]));
/** What the audit would report of these findings. */
const reportable = (findings: readonly Finding[]) =>
  findings.filter((f) => (f.outcome === 'fail' || f.outcome === 'advisory') && severity.get(f.ruleId) !== 'information');

function record<T>(read: (v: unknown, p: string, i: Issues) => T | undefined, value: unknown): T {
  const issues = new Issues();
  const r = read(value, 'x', issues);
  issues.throwIfAny();
  return r!;
}

/** Purposes of every kind the purpose rule tells apart, handed-over ones included. */
const purpose = fc.option(
  fc.constantFrom(
    '养殖肉牛',
    '盖房子',
    '交给合作社统一经营，年底分红',
    '投入村里的公司入股',
    '借给城投公司',
    '借给别人收利息',
    '其他',
    'production',
    'enterprise_use',
  ),
  { nil: undefined },
);
/** Who borrowed, used and repaid (户借、户用、户还): mostly unrecorded, as in a bank's export. */
const party = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom('household' as const, 'enterprise' as const, 'cooperative' as const, 'other' as const) },
);
const parties = fc.record({ borrowedBy: party, usedBy: party, repaidBy: party });
const options = fc.record({ asOf: decisionDay, jurisdiction: fc.constantFrom('HLJ' as const, 'national' as const) });

describe("the audit's skips, held against their decisions", () => {
  it('CBIRC-2020-28/5.1 householdUseCanFail: when false, checkHouseholdUse is never non-compliant and reports nothing', () => {
    let skipped = 0;
    fc.assert(
      fc.property(loan(), purpose, parties, options, (generated, text, who, o) => {
        const l = { ...generated, purpose: text, ...who };
        const r = record(readLoan, l);
        const match = r.purpose === null ? null : classifyPurpose(r.purpose, DEFAULT_COMPILED);
        if (householdUseCanFail(r, match)) return;
        skipped++;
        const use = checkHouseholdUse(l, o);
        expect(use.compliant).not.toBe(false);
        expect(reportable(use.findings)).toEqual([]);
        if (l.purpose) expect(reportable(classifyUsage(l.purpose, o).findings).filter((f) => f.ruleId !== 'usage.permitted')).toEqual([]);
      }),
      RUNS,
    );
    expect(skipped, 'the skip must sometimes apply, or it tests nothing').toBeGreaterThan(RUNS.numRuns / 20);
  });

  it('CBIRC-2020-28/3.1 deferralCanFind: when false, computeDeferralDeadline is never eligible and reports nothing', () => {
    let skipped = 0;
    fc.assert(
      fc.property(loan(), household, options, (l, h, o) => {
        const own = { ...l, householdId: h.id };
        if (deferralCanFind(record(readLoan, own))) return;
        skipped++;
        const d = computeDeferralDeadline(own, h, o);
        expect(d.eligible).toBe(false);
        expect(reportable(d.findings)).toEqual([]);
      }),
      RUNS,
    );
    expect(skipped).toBeGreaterThan(RUNS.numRuns / 20);
  });

  it('CBIRC-2020-28/5.3 CBIRC-2020-28/3.1 compensationCanTrigger: when false, riskCompensationTrigger never triggers and reports nothing', () => {
    // Without asOf too, and under either deferral deadline: both move where a lawful deferral ends.
    const compensationOptions = fc.record(
      {
        asOf: decisionDay,
        jurisdiction: fc.constantFrom('HLJ' as const, 'national' as const),
        interpretations: fc.record({ deferralDeadline: fc.constantFrom('later_of_six_months_and_march_2021' as const, 'march_2021' as const) }),
      },
      { requiredKeys: ['jurisdiction'] },
    );
    // Loans deferred under 28号 三 too (epidemic difficulty, maturing in the window), which few generated loans are.
    const deferred = fc.tuple(loan(), fc.integer({ min: 0, max: 455 }), fc.integer({ min: 0, max: 400 })).map(([l, m, d]) => ({
      ...l,
      contractDate: '2019-06-01',
      maturityDate: addDays('2020-01-01', m),
      deferredTo: addDays('2020-01-01', m + d),
      covidRepaymentDifficulty: true,
    }));
    const cases = fc.tuple(fc.oneof(loan(), deferred), policy, compensationOptions);
    // What the shortcut says of a case: skipped, or decided — and, short of the trigger, kept only for the inconsistent
    // record the deferral rule reports.
    const shortcut = (l: unknown, p: unknown, o: unknown): 'skipped' | 'kept for the record' | 'decided' => {
      const r = record(readLoan, l);
      const pr = record(readPolicy, p);
      const opts = record((v, _, i) => readOptions(v, i).options, o);
      if (!compensationCanTrigger(r, pr, opts, contextOf(opts))) return 'skipped';
      return r.overdueDays < pr.minOverdueDays ? 'kept for the record' : 'decided';
    };
    let skipped = 0;
    fc.assert(
      fc.property(cases, ([l, p, o]) => {
        const says = shortcut(l, p, o);
        if (says === 'kept for the record') {
          expect(reportable(riskCompensationTrigger(l, p, o).findings).map((f) => f.ruleId)).toEqual(['compensation.outside_deferral']);
        }
        if (says !== 'skipped') return;
        skipped++;
        const c = riskCompensationTrigger(l, p, o);
        expect(c.triggered).toBe(false);
        expect(reportable(c.findings)).toEqual([]);
      }),
      RUNS,
    );
    expect(skipped).toBeGreaterThan(RUNS.numRuns / 20);
    // The generators must reach that case: checked on a fixed 1,000 samples, since mutation testing lowers RUNS to 50.
    const reached = fc.sample(cases, { numRuns: 1000, seed: RUNS.seed }).filter(([l, p, o]) => shortcut(l, p, o) === 'kept for the record').length;
    expect(reached, 'a deferred loan short of the trigger with overdue days must be generated').toBeGreaterThan(0);
  });
});
