// Tests for the risk-compensation rules: src/rules/compensation-*.ts
import { describe, expect, it } from 'vitest';
import { riskCompensationTrigger } from 'fupin-xindai';
import { Decimal } from 'decimal.js';
import { cited, findingOf, loan, policy } from '../helpers/fixtures.js';

const overdue = (over = {}) => loan({ outstanding: '25000.50', overdueDays: 120, collectionAttempted: true, ...over });

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
