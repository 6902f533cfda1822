// RegionMonitor.part / merge (src/decisions/monitor-portfolio.ts): 28号 五's monitoring region by region
// (CBIRC-2020-28/5.2) and the lead-bank register (CBIRC-2020-28/4.1), summed in parts. With `--workers N` each part
// of the loans file is monitored on its own thread and the parts are merged: the report must be the one a single
// monitor fed every loan gives — the same figures, shares, flags and lead-bank findings — whichever part a loan
// fell in, including a region only one part saw.
import { type Loan } from 'fupin-xindai';
import { describe, expect, it } from 'vitest';
import { RegionMonitor, type RegionTotalsPart, type ThresholdValues } from '../../src/decisions/monitor-portfolio.js';
import { Issues } from '../../src/model/issues.js';
import { Decimal } from '../../src/model/money.js';
import type { LoanRecord } from '../../src/model/records.js';
import { readLoan } from '../../src/model/read-records.js';
import { DEFAULT_COMPILED } from '../../src/rules/classify.js';
import type { Context } from '../../src/rules/rule.js';
import { loan } from '../helpers/fixtures.js';

const asOf = '2021-01-01'; // + 90 days = 2021-04-01
const ctx: Context = { asOf, jurisdiction: 'national' };
const register = new Map([
  ['A', '农业银行'],
  ['B', '建设银行'],
]);

/** A loan record as the audit hands it to the monitor. */
function record(over: Partial<Loan>): LoanRecord {
  const issues = new Issues();
  const r = readLoan(loan(over), 'loan', issues);
  expect(issues.list).toEqual([]);
  return r!;
}

/** The portfolio: each loan with the region the caller found for it. */
const book: readonly [LoanRecord, string][] = [
  // Region A (lead bank 农业银行): 65,000 yuan over four loans, two of them the lead bank's.
  [record({ id: 'a1', outstanding: '10000', maturityDate: '2021-03-31', overdueDays: 30, classification: 'substandard', lender: '农业银行' }), 'A'],
  [record({ id: 'a2', outstanding: '30000', maturityDate: '2021-04-01', classification: 'special_mention', usedBy: 'cooperative', lender: '邮储银行' }), 'A'],
  [record({ id: 'a3', outstanding: '20000', purpose: '入股分红', lender: '农业银行' }), 'A'],
  [record({ id: 'a4', outstanding: '5000', purpose: '其他' }), 'A'],
  // Region B (lead bank 建设银行): 35,000.55 yuan, one loan the lead bank's.
  [record({ id: 'b1', outstanding: '20000', lender: '建设银行', purpose: '盖房子' }), 'B'],
  [record({ id: 'b2', outstanding: '15000.55', overdueDays: 5, classification: 'doubtful', lender: '农业银行' }), 'B'],
  // Region C, in no register, and 'unknown': each one loan.
  [record({ id: 'c1', outstanding: '5000', lender: '农业银行' }), 'C'],
  [record({ id: 'u1', outstanding: '1.01' }), 'unknown'],
];

/** Watched figures that the merged portfolio reaches in A, and no part of the splits below reaches alone. */
const thresholds: ThresholdValues = { enterpriseUseOutstanding: new Decimal('40000'), overdueShare: new Decimal('0.15') };

function monitorOf(loans: readonly [LoanRecord, string][], leadBanks: ReadonlyMap<string, string> | null = register): RegionMonitor {
  const monitor = new RegionMonitor(asOf, 90, DEFAULT_COMPILED, leadBanks);
  for (const [l, region] of loans) monitor.add(l, region);
  return monitor;
}

/** A part as it reaches the audit from another thread: a structured clone. */
const crossed = (part: RegionTotalsPart): RegionTotalsPart => structuredClone(part);

const reportOf = (monitor: RegionMonitor, t: ThresholdValues = thresholds) => monitor.report(t, ctx);

describe('RegionMonitor: parts merged give the whole portfolio’s report', () => {
  const whole = reportOf(monitorOf(book));

  it('CBIRC-2020-28/5.2 the whole portfolio’s figures, as 28号 五 measures them (what every split must give back)', () => {
    expect(whole.regions.map((r) => [r.region, r.activeLoans, r.outstanding])).toEqual([
      ['A', 4, '65000.00'],
      ['B', 2, '35000.55'],
      ['C', 1, '5000.00'],
      ['unknown', 1, '1.01'],
    ]);
    expect(whole.regions[0]).toMatchObject({
      maturingSoonOutstanding: '40000.00', // a1 and a2 fall due within 90 days of asOf
      overdueOutstanding: '10000.00',
      enterpriseUseOutstanding: '50000.00', // a2 used by a cooperative, a3 入股分红
      notForProductionOutstanding: '50000.00',
      needsReviewOutstanding: '5000.00', // 其他: not recognised
      nplOutstanding: '10000.00',
      specialMentionOutstanding: '30000.00',
      overdueShare: '0.1538', // 10,000 / 65,000
      leadBank: '农业银行',
      leadBankShare: '0.5000', // a1 and a3 of four
    });
    expect(whole.regions[1]).toMatchObject({
      notForProductionOutstanding: '20000.00', // b1 盖房子
      nplOutstanding: '15000.55',
      overdueShare: '0.4286',
      leadBank: '建设银行',
      leadBankShare: '0.5000',
    });
    // A reaches both thresholds; B's overdue share (15,000.55 / 35,000.55) reaches 0.15 too.
    expect(whole.regions.map((r) => [r.region, r.flags.length])).toEqual([
      ['A', 2],
      ['B', 1],
      ['C', 0],
      ['unknown', 0],
    ]);
    expect([...whole.withoutLeadBank.keys()]).toEqual(['C', 'unknown']);
  });

  it('CBIRC-2020-28/5.2 CBIRC-2020-28/4.1 every split of the loans into two parts, merged either way, gives the report of one monitor', () => {
    for (let mask = 0; mask < 1 << book.length; mask++) {
      const first = book.filter((_, k) => (mask >> k) & 1);
      const second = book.filter((_, k) => !((mask >> k) & 1));
      const one = monitorOf(first);
      one.merge(crossed(monitorOf(second).part()));
      const other = monitorOf(second);
      other.merge(crossed(monitorOf(first).part()));
      const fresh = monitorOf([]);
      fresh.merge(crossed(monitorOf(first).part()));
      fresh.merge(crossed(monitorOf(second).part()));
      for (const [label, merged] of [
        ['second into first', one],
        ['first into second', other],
        ['both into an empty monitor', fresh],
      ] as const)
        expect(reportOf(merged), `split ${mask.toString(2)}: ${label}`).toEqual(whole);
    }
  });

  it('CBIRC-2020-28/5.2 a threshold only the merged figures reach flags the region: no part alone would', () => {
    // a2 (30,000, used by a cooperative) and a3 (20,000, 入股分红) in different parts: 户贷企用 of 50,000 in A.
    const first = book.filter(([l]) => ['a1', 'a3', 'b1'].includes(l.id));
    const second = book.filter(([l]) => !['a1', 'a3', 'b1'].includes(l.id));
    const enterprise = { enterpriseUseOutstanding: thresholds.enterpriseUseOutstanding! };
    const flagged = (r: ReturnType<typeof reportOf>) => r.regions.filter((x) => x.flags.length > 0).map((x) => x.region);
    expect(flagged(reportOf(monitorOf(first), enterprise))).toEqual([]);
    expect(flagged(reportOf(monitorOf(second), enterprise))).toEqual([]);
    const merged = monitorOf(first);
    merged.merge(crossed(monitorOf(second).part()));
    expect(flagged(reportOf(merged, enterprise))).toEqual(['A']);
    expect(reportOf(merged).regions[0]!.flags).toEqual(whole.regions[0]!.flags);
    // Part one alone has A's overdue share at 10,000 / 30,000: the merged share is A's whole, 10,000 / 65,000.
    expect(reportOf(monitorOf(first)).regions[0]!.overdueShare).toBe('0.3333');
    expect(reportOf(merged).regions[0]!.overdueShare).toBe('0.1538');
  });

  it('CBIRC-2020-28/4.1 a region only one part saw is merged whole: its loans, its lead-bank count, and its missing lead bank', () => {
    const first = book.filter(([, region]) => region === 'A');
    const second = book.filter(([, region]) => region !== 'A');
    // Merged into the part that never saw B, C or unknown.
    const merged = monitorOf(first);
    merged.merge(crossed(monitorOf(second).part()));
    const report = reportOf(merged);
    expect(report.regions.map((r) => [r.region, r.activeLoans, r.leadBank, r.leadBankShare])).toEqual([
      ['A', 4, '农业银行', '0.5000'],
      ['B', 2, '建设银行', '0.5000'],
      ['C', 1, null, null],
      ['unknown', 1, null, null],
    ]);
    expect([...report.withoutLeadBank.keys()]).toEqual(['C', 'unknown']);
    expect(report.findings.filter((f) => f.ruleId === 'monitoring.lead_bank').map((f) => [f.outcome, f.facts?.region])).toEqual([
      ['fail', 'C'],
      ['fail', 'unknown'],
    ]);
    // The lead bank's loans of A split across parts: one of two here, one of two there, two of four merged.
    const a = book.filter(([, region]) => region === 'A');
    const halves = monitorOf([a[0]!, a[1]!]);
    expect(reportOf(halves).regions[0]!.leadBankShare).toBe('0.5000');
    halves.merge(crossed(monitorOf([a[2]!, a[3]!]).part()));
    expect(reportOf(halves).regions[0]).toEqual(whole.regions[0]);
  });

  it('CBIRC-2020-28/5.2 merging leaves the part as it was: loans added after the merge, to either monitor, count only there', () => {
    const part = monitorOf(book.filter(([, region]) => region === 'C'));
    const before = reportOf(part);
    const into = monitorOf(book.filter(([, region]) => region !== 'C'));
    // Not a clone: the part's own totals, as one monitor in one thread would hand them over.
    into.merge(part.part());
    const c2 = record({ id: 'c2', outstanding: '7000', overdueDays: 1 });
    into.add(c2, 'C');
    expect(reportOf(part)).toEqual(before);
    expect(reportOf(into).regions.find((r) => r.region === 'C')).toMatchObject({ activeLoans: 2, outstanding: '12000.00', overdueOutstanding: '7000.00' });
    part.add(record({ id: 'c3', outstanding: '1' }), 'C');
    expect(reportOf(into).regions.find((r) => r.region === 'C')).toMatchObject({ activeLoans: 2, outstanding: '12000.00' });
  });

  it('CBIRC-2020-28/5.2 region sums past 2^53 fen merge exactly, to the fen', () => {
    // The largest amount a loan may have, in each of two parts: the region's balance is twice it, exactly.
    const big = (id: string) => record({ id, principal: '90071992547409.91', outstanding: '90071992547409.91', overdueDays: 1 });
    const one = monitorOf([[big('x1'), 'R']]);
    one.merge(crossed(monitorOf([[big('x2'), 'R']]).part()));
    one.merge(crossed(monitorOf([[record({ id: 'x3', outstanding: '0.01' }), 'R']]).part()));
    expect(reportOf(one).regions[0]).toMatchObject({ activeLoans: 3, outstanding: '180143985094819.83', overdueOutstanding: '180143985094819.82' });
    expect(reportOf(one)).toEqual(
      reportOf(
        monitorOf([
          [big('x1'), 'R'],
          [big('x2'), 'R'],
          [record({ id: 'x3', outstanding: '0.01' }), 'R'],
        ]),
      ),
    );
  });
});
