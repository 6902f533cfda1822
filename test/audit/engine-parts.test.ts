// PortfolioAudit in parts (src/audit/engine.ts: beginPart, part, absorb, holdBack, judge), as `--workers N` runs it:
// one engine reads the households and the first half of the loans, a second engine reads the same households, starts
// its part (`beginPart`) and reads the second half, and the first absorbs what the second added up to. The report —
// summary, regions, every finding and rejected row, in order — must be the one an engine reading every loan gives:
// a household over the 5万元 cap (CBIRC-2020-28/4.3) whose loans straddle the halves, a region's figures (CBIRC-2020-28/5.2),
// the risk-compensation fund (CBIRC-2020-28/5.3), and a repeated loan id whose first copy is in the other half.
import { type Household, type Loan, type RiskCompensationPolicy, riskCompensationTrigger } from 'fupin-xindai';
import { describe, expect, it } from 'vitest';
import {
  type AuditFinding,
  type AuditSettings,
  type InvalidRow,
  type LoanPart,
  PortfolioAudit,
  readAuditOptions,
  readAuditThresholds,
  readPolicySet,
} from '../../src/audit/index.js';
import { type IdHash, IdHashSet, idOf } from '../../src/audit/id-hashes.js';
import type { RowFault } from '../../src/audit/rows.js';

const AS_OF = '2021-06-30';
const policy: RiskCompensationPolicy = { fundEstablished: true, minOverdueDays: 90, fundShare: '0.6' };

function settings(loanIdHash?: IdHash): AuditSettings {
  return {
    asOf: AS_OF,
    jurisdiction: 'HLJ',
    lang: 'en',
    options: readAuditOptions({ asOf: AS_OF, jurisdiction: 'HLJ' }),
    policies: readPolicySet(policy),
    all: false,
    thresholds: readAuditThresholds({ overdueShare: '0.1' }),
    maturityWindowDays: 90,
    householdsFile: 'households.csv',
    loansFile: 'loans.csv',
    leadBanks: new Map([['230183', '农业银行']]),
    ...(loanIdHash ? { loanIdHash } : {}),
  };
}

const household = (id: string, region: string, over: Partial<Household> = {}): Household => ({
  id,
  povertyStatus: 'registered_poor',
  onPovertyOfficeList: true,
  region,
  ...over,
});

/** Household rows from line 2: one not eligible (not poor) and one refused (a bad field), among eligible ones. */
const households: readonly unknown[] = [
  household('H1', '230183'),
  household('H2', '230184', { povertyStatus: 'none' }),
  { ...household('HX', '230184'), onPovertyOfficeList: 'maybe' },
  household('H3', '230185'),
];

const loan = (id: string, householdId: string, outstanding: string, over: Partial<Loan> = {}): Loan => ({
  id,
  householdId,
  kind: 'new',
  principal: outstanding === '0' ? '10000' : outstanding,
  outstanding,
  contractDate: '2020-07-01',
  maturityDate: '2022-07-01',
  purpose: '养殖肉牛',
  ...over,
});

/** Overdue 120 days after maturity, collection tried: the fund compensates (28号 五). */
const defaulted = { overdueDays: 120, classification: 'substandard', collectionAttempted: true, maturityDate: '2021-01-31' } as const;

/** A loans row: a record, or a row the reader could not split into cells. */
type Row = { readonly record: unknown } | { readonly fault: RowFault };

/** Loan rows from line 2. The first half is rows 0–3 (lines 2–5), the second rows 4–10 (lines 6–12). */
const loans: readonly Row[] = [
  { record: loan('L1', 'H1', '30000') }, // line 2: H1's first 30,000
  { record: loan('L2', 'H2', '10000') }, // line 3: lent to a household that is not eligible
  { record: loan('L3', 'H3', '20000', defaulted) }, // line 4: compensated
  { record: { ...loan('L4', 'H1', '1000'), principal: 'abc' } }, // line 5: refused
  { record: loan('L5', 'H1', '25000') }, // line 6: H1's second loan, 55,000 in all: over the cap
  { record: loan('L3', 'H1', '40000') }, // line 7: repeats line 4's id; counted, it would be H1's too
  { record: loan('L7', 'H3', '15000', defaulted) }, // line 8: compensated
  { record: loan('L8', 'H9', '1000') }, // line 9: no such household
  { fault: { kind: 'cells', cells: 9, header: 8 } }, // line 10: unreadable
  { record: loan('L9', 'H1', '0', { status: 'closed' }) }, // line 11: closed, adds nothing
  { record: loan('L10', 'H2', '5000', { purpose: '入股分红' }) }, // line 12: not for the household's production
];
const HALF = 4;
const lineOf = (row: number) => row + 2;

type Item = AuditFinding | InvalidRow;

/** Which rows a reader holds back: a row whose id's hash an earlier row of the file has (RangeIds, with the audit's hash). */
function heldBack(hash: IdHash | undefined): boolean[] {
  const seen = new IdHashSet(loans.length, hash);
  return loans.map((row) => {
    const id = 'record' in row ? idOf(row.record) : undefined;
    return id !== undefined && seen.seenOrAdd(id);
  });
}

function readHouseholds(engine: PortfolioAudit, emit: (item: Item) => void): void {
  households.forEach((h, i) => {
    engine.household(h, i + 2, emit);
  });
}

/** Gives rows `from`…`to` (excluded) to an engine as a part's reader does: unreadable ones reported, held-back ones held back, others judged. */
function readPart(engine: PortfolioAudit, from: number, to: number, held: readonly boolean[], emit: (item: Item) => void): void {
  for (let i = from; i < to; i++) {
    const row = loans[i]!;
    if ('fault' in row) engine.malformed('loans.csv', lineOf(i), row.fault, emit);
    else if (held[i]) engine.holdBack(row.record, lineOf(i));
    else engine.judge(row.record, lineOf(i), emit);
  }
}

/** The second reading, when some rows were held back: every readable row, in order, to `recheckLoan`. */
function recheck(engine: PortfolioAudit, emit: (item: Item) => void): void {
  loans.forEach((row, i) => {
    if ('record' in row) engine.recheckLoan(row.record, lineOf(i), emit);
  });
}

/** An engine reading every loan (`loan`, which keeps its own table of id hashes). */
function whole(hash?: IdHash) {
  const engine = new PortfolioAudit(settings(hash));
  const items: Item[] = [];
  const emit = (item: Item) => items.push(item);
  readHouseholds(engine, emit);
  loans.forEach((row, i) => {
    if ('fault' in row) engine.malformed('loans.csv', lineOf(i), row.fault, emit);
    else engine.loan(row.record, lineOf(i), emit);
  });
  expect(engine.loansToRecheck()).toBe(true);
  recheck(engine, emit);
  return { ...engine.finish(emit), items };
}

/** The first half read by the audit's engine, the second by another whose part it absorbs (as it crosses a thread: cloned). */
function inParts(hash?: IdHash) {
  const held = heldBack(hash);
  const engine = new PortfolioAudit(settings(hash));
  const items: Item[] = [];
  const emit = (item: Item) => items.push(item);
  readHouseholds(engine, emit);
  readPart(engine, 0, HALF, held, emit);

  const other = new PortfolioAudit(settings(hash));
  // The households are the audit's to report: the other engine's items about them are dropped.
  readHouseholds(other, () => undefined);
  other.beginPart();
  readPart(other, HALF, loans.length, held, emit);
  const part: LoanPart = structuredClone(other.part());

  const waiting = engine.loansToRecheck();
  engine.absorb(part);
  const afterAbsorb = engine.loansToRecheck();
  expect(() => engine.finish(() => undefined)).toThrow(/recheckLoan/);
  recheck(engine, emit);
  return { ...engine.finish(emit), items, waiting, afterAbsorb };
}

describe('PortfolioAudit: the loans judged in two parts give the report of one engine', () => {
  it('CBIRC-2020-28/4.3 CBIRC-2020-28/5.2 CBIRC-2020-28/5.3 the same summary, regions, region findings and items, in order', () => {
    const one = whole();
    const two = inParts();
    expect(two.summary).toEqual(one.summary);
    expect(two.regions).toEqual(one.regions);
    expect(two.regionFindings).toEqual(one.regionFindings);
    expect(two.items).toEqual(one.items);
  });

  it('CBIRC-2020-28/4.3 a household whose loans straddle the halves is over the cap: 30,000 + 25,000 yuan', () => {
    const two = inParts();
    const cap = two.items.filter((i): i is AuditFinding => i.type === 'finding' && i.ruleId === 'household.total_within_cap');
    expect(cap.map((f) => [f.subject, f.outcome, f.facts?.currentTotal])).toEqual([['H1', 'fail', '55000.00']]);
    expect(two.summary.overCapHouseholds).toBe(1);
    // The household that is not poor was lent to (L2 in the first half, L10 in the second): reported once, not per part.
    const h2 = two.items.filter((i): i is AuditFinding => i.type === 'finding' && i.subject === 'H2');
    expect(h2.map((f) => [f.ruleId, f.outcome])).toEqual([['household.poverty_status', 'fail']]);
  });

  it('CBIRC-2020-28/5.3 the fund’s share of both halves’ compensated loans is summed', () => {
    const two = inParts();
    const fund = (l: Loan) => Number(riskCompensationTrigger(l, policy, { asOf: AS_OF, jurisdiction: 'HLJ' }).shares.fund);
    const expected = fund(loan('L3', 'H3', '20000', defaulted)) + fund(loan('L7', 'H3', '15000', defaulted));
    expect(expected).toBe(21000); // 60% of 20,000 and of 15,000
    expect(two.summary).toMatchObject({ compensationTriggeredLoans: 2, compensationFundTotal: '21000.00' });
  });

  it('the counts add up across the halves: every rejected household and loan row counted once, households read twice counted once', () => {
    const two = inParts();
    // L1, L2, L3, L5, L7, L9 (closed), L10 are loans; HX, L4, L8, line 10 and the repeat on line 7 are rejected rows.
    expect(two.summary).toMatchObject({ households: 3, eligibleHouseholds: 2, loans: 7, activeLoans: 6, invalidRows: 5, usageViolations: 1 });
    expect(two.regions.map((r) => [r.region, r.activeLoans, r.outstanding])).toEqual([
      ['230183', 2, '55000.00'],
      ['230184', 2, '15000.00'],
      ['230185', 2, '35000.00'],
    ]);
    expect(two.summary.regionsWithoutLeadBank).toBe(2);
  });

  it('a held-back row absorbed from the other part waits for the recheck, which rejects the repeat naming its first line', () => {
    const two = inParts();
    // The repeat was held back by the second engine: the first has nothing to recheck until it absorbs that part.
    expect(two.waiting).toBe(false);
    expect(two.afterAbsorb).toBe(true);
    expect(two.items.filter((i) => i.type === 'invalid' && i.line === 7)).toStrictEqual([
      { type: 'invalid', file: 'loans.csv', line: 7, field: 'id', code: 'range', message: "repeats the id 'L3' of line 4" },
    ]);
    // The repeat's 40,000 did not reach H1's total.
    expect(two.regions[0]!.outstanding).toBe('55000.00');
  });

  it('with every id sharing one hash, the rows held back in both parts are all rechecked: only the true repeat is rejected', () => {
    const same: IdHash = (_id, out) => {
      out[0] = 7;
      out[1] = 7;
    };
    // Every row with an id after the first is held back, in both halves.
    expect(heldBack(same).filter(Boolean).length).toBe(9);
    const one = whole(same);
    const two = inParts(same);
    expect(two.summary).toEqual(one.summary);
    expect(two.regions).toEqual(one.regions);
    expect(two.items).toEqual(one.items);
    // And the one-hash audit is the ordinary audit, rows only in another order (held-back ones judged at the recheck).
    const ordinary = whole();
    expect(two.summary).toEqual(ordinary.summary);
    const byLine = (items: readonly Item[]) =>
      items.filter((i): i is InvalidRow => i.type === 'invalid').sort((a, b) => a.line - b.line || a.field.localeCompare(b.field));
    expect(byLine(two.items)).toEqual(byLine(ordinary.items));
  });
});
