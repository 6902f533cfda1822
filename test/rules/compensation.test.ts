// Tests for the risk-compensation rules: src/rules/compensation-*.ts
import { describe, expect, it } from 'vitest';
import { parseRiskCompensationPolicy, riskCompensationTrigger, RiskCompensationPolicySchema, rules } from 'fupin-xindai';
import { Decimal } from 'decimal.js';
import { compensationDeferralRule } from '../../src/rules/compensation-deferral.js';
import { readLoan } from '../../src/model/read-records.js';
import { Issues } from '../../src/model/issues.js';
import { cited, findingOf, issuesOf, loan, policy } from '../helpers/fixtures.js';

const overdue = (over = {}) => loan({ outstanding: '25000.50', overdueDays: 120, collectionAttempted: true, ...over });

const severity = (id: string) => rules.find((r) => r.id === id)?.severity;

describe('compensation.loan_active (src/rules/compensation-active.ts)', () => {
  it('CBIRC-2020-28/5.3 a closed loan never triggers, however many overdue days its record carries', () => {
    for (const outstanding of ['0', '25000.50']) {
      const r = riskCompensationTrigger(overdue({ status: 'closed', outstanding }), policy(), { asOf: '2021-06-30' });
      expect(findingOf(r, 'compensation.loan_active').outcome).toBe('fail');
      expect(r).toMatchObject({ triggered: false, compensableAmount: '0.00', shares: { fund: '0.00', insurer: '0.00', guarantor: '0.00', bank: '0.00' } });
      // Every other condition is met: the closed status alone stops it.
      expect(r.findings.filter((f) => f.outcome === 'fail').map((f) => f.ruleId)).toEqual(['compensation.loan_active']);
    }
  });

  it('CBIRC-2020-28/5.3 an open loan passes, and status active is the same as none given', () => {
    for (const over of [{}, { status: 'active' as const }]) {
      const r = riskCompensationTrigger(overdue(over), policy());
      expect(findingOf(r, 'compensation.loan_active').outcome).toBe('pass');
      expect(r.triggered).toBe(true);
    }
  });

  it('HLJ-2020-47/2.5 cites the trigger conditions, and a closed loan is information, not a breach', () => {
    expect(cited(findingOf(riskCompensationTrigger(overdue(), policy()), 'compensation.loan_active'))).toEqual(['CBIRC-2020-28/5.3', 'HLJ-2020-47/2.5']);
    expect(severity('compensation.loan_active')).toBe('information');
  });
});

// Matures 2020-10-31 in epidemic difficulty: 三 allows up to 6 months, to 2021-04-30 (later than 2021-03-31), as recorded.
const deferred = (over = {}) =>
  overdue({ contractDate: '2019-06-01', maturityDate: '2020-10-31', covidRepaymentDifficulty: true, deferredTo: '2021-04-30', ...over });

describe('compensation.outside_deferral (src/rules/compensation-deferral.ts)', () => {
  it('CBIRC-2020-28/3.1 a loan inside its lawful deferral is not yet due: no default, and its overdue days are an inconsistent record', () => {
    const r = riskCompensationTrigger(deferred(), policy(), { asOf: '2021-03-01' });
    const f = findingOf(r, 'compensation.outside_deferral');
    expect(f.outcome).toBe('fail');
    expect(f.facts).toMatchObject({ asOf: '2021-03-01', lawfulDue: '2021-04-30', overdueDays: 120 });
    expect(f.message.en).toMatch(/inside its lawful deferral to 2021-04-30.*120 overdue days/);
    expect(r).toMatchObject({ triggered: false, compensableAmount: '0.00' });
    // The overdue days alone would have triggered it.
    expect(findingOf(r, 'compensation.overdue_days').outcome).toBe('pass');
    expect(severity('compensation.outside_deferral')).toBe('review');
  });

  it('CBIRC-2020-28/3.1 the loan is due the day after its lawful deferral ends, not on its last day', () => {
    const last = riskCompensationTrigger(deferred(), policy(), { asOf: '2021-04-30' });
    expect([findingOf(last, 'compensation.outside_deferral').outcome, last.triggered]).toEqual(['fail', false]);
    const after = riskCompensationTrigger(deferred(), policy(), { asOf: '2021-05-01' });
    expect([findingOf(after, 'compensation.outside_deferral').outcome, after.triggered]).toEqual(['pass', true]);
    expect(after.compensableAmount).toBe('25000.50');
  });

  it('CBIRC-2020-28/3.1 inside the deferral with no overdue days: nothing inconsistent to report, and still no default', () => {
    const r = riskCompensationTrigger(deferred({ overdueDays: 0 }), policy({ minOverdueDays: 1 }), { asOf: '2021-03-01' });
    expect(findingOf(r, 'compensation.outside_deferral').outcome).toBe('not_applicable');
    expect(r.triggered).toBe(false);
    // The rule itself does not hold there, whatever the overdue rule says.
    const issues = new Issues();
    const l = readLoan(deferred({ overdueDays: 0 }), 'loan', issues)!;
    const inside = compensationDeferralRule.evaluate(l, { due: '2021-04-30', deferred: true }, { asOf: '2021-03-01', jurisdiction: 'HLJ' });
    expect([inside.finding.outcome, inside.holds]).toEqual(['not_applicable', false]);
  });

  it('CBIRC-2020-28/5.3 without asOf it cannot tell whether the deferral still runs: the overdue days decide', () => {
    const r = riskCompensationTrigger(deferred(), policy());
    expect(findingOf(r, 'compensation.outside_deferral').outcome).toBe('not_applicable');
    expect(findingOf(r, 'compensation.outside_deferral').message.en).toMatch(/Without a decision date/);
    expect(r.triggered).toBe(true);
  });

  it('CBIRC-2020-28/3.1 only the lawful part of a recorded deferral keeps the loan from being due', () => {
    // Recorded to 2021-12-31, but 三 allows 2021-04-30: due from then.
    const beyond = deferred({ deferredTo: '2021-12-31' });
    const inside = riskCompensationTrigger(beyond, policy(), { asOf: '2021-04-15' });
    expect([findingOf(inside, 'compensation.outside_deferral').outcome, inside.triggered]).toEqual(['fail', false]);
    const after = riskCompensationTrigger(beyond, policy(), { asOf: '2021-06-01' });
    expect(findingOf(after, 'compensation.outside_deferral').facts).toMatchObject({ deferredTo: '2021-12-31', lawfulDue: '2021-04-30' });
    expect([findingOf(after, 'compensation.outside_deferral').outcome, after.triggered]).toEqual(['pass', true]);
    // Without epidemic difficulty 三 grants nothing: the recorded deferral does not stop a default from maturity.
    const unlawful = riskCompensationTrigger(deferred({ covidRepaymentDifficulty: false }), policy(), { asOf: '2021-03-01' });
    expect([findingOf(unlawful, 'compensation.outside_deferral').outcome, unlawful.triggered]).toEqual(['not_applicable', true]);
    // Nor for a loan maturing before 2020-01-01.
    const early = riskCompensationTrigger(deferred({ maturityDate: '2019-12-31' }), policy(), { asOf: '2021-03-01' });
    expect([findingOf(early, 'compensation.outside_deferral').outcome, early.triggered]).toEqual(['not_applicable', true]);
  });

  it("CBIRC-2020-28/3.1 follows the pinned deferral deadline: under 'march_2021' the deferral ends 2021-03-31", () => {
    const o = { asOf: '2021-04-15' };
    expect(riskCompensationTrigger(deferred(), policy(), o).triggered).toBe(false);
    const pinned = riskCompensationTrigger(deferred(), policy(), { ...o, interpretations: { deferralDeadline: 'march_2021' } });
    expect(findingOf(pinned, 'compensation.outside_deferral').facts).toMatchObject({ lawfulDue: '2021-03-31' });
    expect(pinned.triggered).toBe(true);
  });

  it('CBIRC-2020-28/5.3 a closed loan or one never deferred is not judged here', () => {
    expect(findingOf(riskCompensationTrigger(deferred({ status: 'closed' }), policy(), { asOf: '2021-03-01' }), 'compensation.outside_deferral').outcome).toBe(
      'not_applicable',
    );
    expect(findingOf(riskCompensationTrigger(overdue(), policy(), { asOf: '2021-03-01' }), 'compensation.outside_deferral').outcome).toBe('not_applicable');
  });

  it('HLJ-2020-47/2.3 cites the trigger conditions and the extended repayment deadline, 47号 too in Heilongjiang', () => {
    const o = { asOf: '2021-03-01' };
    expect(cited(findingOf(riskCompensationTrigger(deferred(), policy(), { ...o, jurisdiction: 'national' }), 'compensation.outside_deferral'))).toEqual([
      'CBIRC-2020-28/5.3',
      'CBIRC-2020-28/3.1',
    ]);
    expect(cited(findingOf(riskCompensationTrigger(deferred(), policy(), o), 'compensation.outside_deferral'))).toEqual([
      'CBIRC-2020-28/5.3',
      'CBIRC-2020-28/3.1',
      'HLJ-2020-47/2.5',
      'HLJ-2020-47/2.3',
    ]);
  });
});

describe('compensation.fund_established (src/rules/compensation-fund.ts)', () => {
  it('CBIRC-2020-28/2.6 passes where the region has a fund', () => {
    const r = riskCompensationTrigger(overdue(), policy());
    expect(findingOf(r, 'compensation.fund_established').outcome).toBe('pass');
    expect(r.triggered).toBe(true);
  });

  it('CBIRC-2020-28/2.6 fails where it has none: nothing is triggered and every amount is 0.00', () => {
    const r = riskCompensationTrigger(overdue(), policy({ fundEstablished: false }));
    expect(findingOf(r, 'compensation.fund_established').outcome).toBe('fail');
    expect(r).toMatchObject({ triggered: false, compensableAmount: '0.00', shares: { fund: '0.00', insurer: '0.00', guarantor: '0.00', bank: '0.00' } });
  });

  it('HLJ-2020-47/3.7 passes with a fund and fails without, citing 47号 in Heilongjiang', () => {
    const yes = findingOf(riskCompensationTrigger(overdue(), policy()), 'compensation.fund_established');
    expect(yes.outcome).toBe('pass');
    expect(cited(yes)).toEqual(['CBIRC-2020-28/2.6', 'HLJ-2020-47/3.7']);
    const no = findingOf(riskCompensationTrigger(overdue(), policy({ fundEstablished: false })), 'compensation.fund_established');
    expect(no.outcome).toBe('fail');
    expect(cited(no)).toEqual(['CBIRC-2020-28/2.6', 'HLJ-2020-47/3.7']);
  });
});

describe('compensation.overdue_days (src/rules/compensation-overdue.ts)', () => {
  it('CBIRC-2020-28/5.3 triggers at exactly the minimum days overdue, not a day before', () => {
    expect(findingOf(riskCompensationTrigger(overdue({ overdueDays: 90 }), policy()), 'compensation.overdue_days').outcome).toBe('pass');
    const r = riskCompensationTrigger(overdue({ overdueDays: 89 }), policy());
    expect(findingOf(r, 'compensation.overdue_days').outcome).toBe('fail');
    expect(r.triggered).toBe(false);
  });

  it('CBIRC-2020-28/5.3 a trigger of 0 days overdue is bad input: a loan not overdue is in no default', () => {
    const zero = policy({ minOverdueDays: 0 });
    const expected = [{ path: 'policy.minOverdueDays', code: 'range', message: 'must be at least 1: a loan 0 days overdue is not in default' }];
    expect(issuesOf(() => riskCompensationTrigger(overdue({ overdueDays: 0 }), zero))).toEqual(expected);
    expect(issuesOf(() => parseRiskCompensationPolicy(zero))).toEqual(expected);
    expect(RiskCompensationPolicySchema.safeParse(zero).error?.issues).toMatchObject([{ path: ['minOverdueDays'], params: { code: 'range' } }]);
    // Reported with every other bad field; the shares are judged as a whole only when every field is good.
    expect(issuesOf(() => riskCompensationTrigger(overdue(), policy({ minOverdueDays: 0, fundShare: '2' }))).map((i) => i.path)).toEqual([
      'policy.fundShare',
      'policy.minOverdueDays',
    ]);
    expect(issuesOf(() => riskCompensationTrigger(overdue(), policy({ minOverdueDays: 0, insurerShare: '0.3' }))).map((i) => i.path)).toEqual([
      'policy.minOverdueDays',
    ]);
    expect(RiskCompensationPolicySchema.safeParse(policy({ minOverdueDays: 0, insurerShare: '0.3' })).error?.issues.map((i) => i.path)).toEqual([
      ['minOverdueDays'],
    ]);
    // One day is the least a region may set, and a loan one day overdue then triggers.
    expect(riskCompensationTrigger(overdue({ overdueDays: 1 }), policy({ minOverdueDays: 1 })).triggered).toBe(true);
    expect(riskCompensationTrigger(overdue({ overdueDays: 0 }), policy({ minOverdueDays: 1 })).triggered).toBe(false);
  });

  it('HLJ-2020-47/2.5 cites the duty to set trigger conditions', () => {
    expect(cited(findingOf(riskCompensationTrigger(overdue(), policy()), 'compensation.overdue_days'))).toEqual(['CBIRC-2020-28/5.3', 'HLJ-2020-47/2.5']);
  });
});

describe('compensation.collection_attempted (src/rules/compensation-collection.ts)', () => {
  it('CBIRC-2020-28/5.3 needs collection first only when the policy says so', () => {
    const notRequired = riskCompensationTrigger(overdue({ collectionAttempted: false }), policy());
    expect(findingOf(notRequired, 'compensation.collection_attempted').outcome).toBe('not_applicable');
    expect(notRequired.triggered).toBe(true);
    const required = riskCompensationTrigger(overdue({ collectionAttempted: false }), policy({ requireCollectionAttempted: true }));
    expect(findingOf(required, 'compensation.collection_attempted').outcome).toBe('fail');
    expect(required.triggered).toBe(false);
    const done = riskCompensationTrigger(overdue(), policy({ requireCollectionAttempted: true }));
    expect(findingOf(done, 'compensation.collection_attempted').outcome).toBe('pass');
  });

  it('CBIRC-2020-28/5.3 names every unmet condition', () => {
    const r = riskCompensationTrigger(
      overdue({ overdueDays: 0, collectionAttempted: false }),
      policy({ fundEstablished: false, requireCollectionAttempted: true }),
    );
    expect(r.findings.filter((f) => f.outcome === 'fail').map((f) => f.ruleId)).toEqual([
      'compensation.fund_established',
      'compensation.overdue_days',
      'compensation.collection_attempted',
    ]);
  });
});

describe('compensation.shares (src/rules/compensation-shares.ts)', () => {
  it('CBIRC-2020-28/5.3 splits the outstanding balance, the bank taking the rest', () => {
    const r = riskCompensationTrigger(overdue({ outstanding: '10000' }), policy({ fundShare: '0.7', insurerShare: '0.1', guarantorShare: '0.05' }));
    expect(r.compensableAmount).toBe('10000.00');
    expect(r.shares).toEqual({ fund: '7000.00', insurer: '1000.00', guarantor: '500.00', bank: '1500.00' });
    expect(findingOf(r, 'compensation.shares').outcome).toBe('pass');
  });

  it('CBIRC-2020-28/5.3 gives the leftover fen to the largest remainders, ties fund first', () => {
    // 0.01 yuan = 1 fen, split 1/3 each between fund, insurer and guarantor.
    const third = riskCompensationTrigger(overdue({ outstanding: '0.01' }), policy({ fundShare: 1 / 3, insurerShare: 1 / 3, guarantorShare: 1 / 3 }));
    expect(third.shares).toEqual({ fund: '0.01', insurer: '0.00', guarantor: '0.00', bank: '0.00' });
    // 100.01 split in halves: 5000.5 fen each, the odd fen goes to the fund.
    const half = riskCompensationTrigger(overdue({ outstanding: '100.01' }), policy({ fundShare: '0.5', insurerShare: '0.5' }));
    expect(half.shares).toEqual({ fund: '50.01', insurer: '50.00', guarantor: '0.00', bank: '0.00' });
    // The larger remainder wins over order: fund 0.1 → 0.1 fen, bank 0.9 → 0.9 fen of 1 fen.
    const bank = riskCompensationTrigger(overdue({ outstanding: '0.01' }), policy({ fundShare: '0.1' }));
    expect(bank.shares).toEqual({ fund: '0.00', insurer: '0.00', guarantor: '0.00', bank: '0.01' });
    // Every party can take the leftover fen when its remainder is the largest.
    const insurer = riskCompensationTrigger(overdue({ outstanding: '0.01' }), policy({ fundShare: '0', insurerShare: '0.9' }));
    expect(insurer.shares).toEqual({ fund: '0.00', insurer: '0.01', guarantor: '0.00', bank: '0.00' });
    const guarantor = riskCompensationTrigger(overdue({ outstanding: '0.01' }), policy({ fundShare: '0', guarantorShare: '0.9' }));
    expect(guarantor.shares).toEqual({ fund: '0.00', insurer: '0.00', guarantor: '0.01', bank: '0.00' });
    // 4 fen: 0.4, 0.8, 1.2 and 1.6 fen. Two whole fen, two left over: one each to the largest remainders,
    // the insurer's 0.8 and the bank's 0.6, none to the fund's 0.4 or the guarantor's 0.2.
    const three = riskCompensationTrigger(overdue({ outstanding: '0.04' }), policy({ fundShare: '0.1', insurerShare: '0.2', guarantorShare: '0.3' }));
    expect(three.shares).toEqual({ fund: '0.00', insurer: '0.01', guarantor: '0.01', bank: '0.02' });
  });

  it('CBIRC-2020-28/5.3 shares that round still sum exactly, each within one fen of amount × share', () => {
    const amounts = ['0.01', '0.02', '1.00', '333.33', '25000.50', '49999.99', '12345.67'];
    const shareSets = [
      { fundShare: '0.7', insurerShare: '0.15', guarantorShare: '0.1' },
      { fundShare: 1 / 3, insurerShare: 1 / 3 },
      { fundShare: '0.333', insurerShare: '0.333', guarantorShare: '0.333' },
      { fundShare: '0.8' },
      { fundShare: '1' },
      { fundShare: '0' },
    ];
    for (const outstanding of amounts) {
      for (const s of shareSets) {
        const r = riskCompensationTrigger(overdue({ outstanding }), policy(s));
        const parts = [r.shares.fund, r.shares.insurer, r.shares.guarantor, r.shares.bank].map((x) => new Decimal(x));
        expect(parts.reduce((a, b) => a.plus(b)).toFixed(2), `${outstanding} ${JSON.stringify(s)}`).toBe(new Decimal(outstanding).toFixed(2));
        const ratios = [s.fundShare, s.insurerShare ?? 0, s.guarantorShare ?? 0].map((x) => new Decimal(x));
        ratios.push(new Decimal(1).minus(ratios[0]!).minus(ratios[1]!).minus(ratios[2]!));
        parts.forEach((p, i) => {
          expect(p.isNegative()).toBe(false);
          expect(p.minus(new Decimal(outstanding).times(ratios[i]!)).abs().lessThan('0.01')).toBe(true);
        });
      }
    }
  });

  it('CBIRC-2020-28/5.3 shares nothing when not triggered', () => {
    expect(findingOf(riskCompensationTrigger(overdue({ overdueDays: 1 }), policy()), 'compensation.shares').outcome).toBe('not_applicable');
  });
});
