// Rows the audit rejects as data checks of its own (issue 16, item 6): a household or loan id that repeats an
// earlier row's (every copy after the first, naming the first's line), confirmed against the ids before
// anything is rejected; and a closed loan that still owes. The library keeps ignoring closed loans.
import { describe, expect, it } from 'vitest';
import { computeDeferralDeadline, type Household, type Loan } from 'fupin-xindai';
import { type AuditFinding, type AuditSettings, type InvalidRow, PortfolioAudit, readAuditOptions, readAuditThresholds } from '../../src/audit/index.js';
import type { IdHash } from '../../src/audit/id-hashes.js';

const AS_OF = '2020-12-31';
const settings = (over: Partial<AuditSettings> = {}): AuditSettings => ({
  asOf: AS_OF,
  jurisdiction: 'HLJ',
  lang: 'en',
  options: readAuditOptions({ asOf: AS_OF }),
  policies: null,
  all: false,
  thresholds: readAuditThresholds({}),
  maturityWindowDays: 90,
  householdsFile: 'h.csv',
  loansFile: 'l.csv',
  ...over,
});
const H1: Household = { id: 'H1', povertyStatus: 'registered_poor', onPovertyOfficeList: true };
const loan = (id: string, over: Partial<Loan> = {}): Loan => ({
  id,
  householdId: 'H1',
  kind: 'new',
  principal: '10000',
  outstanding: '10000',
  contractDate: '2020-07-01',
  maturityDate: '2022-07-01',
  ...over,
});

/** Runs the audit as the CLI does: the loans once, and again for `recheckLoan` when it asks. Lines from 2. */
function audit(households: readonly unknown[], loans: readonly unknown[], over: Partial<AuditSettings> = {}) {
  const engine = new PortfolioAudit(settings(over));
  const invalid: InvalidRow[] = [];
  const findings: AuditFinding[] = [];
  const emit = (item: AuditFinding | InvalidRow) => (item.type === 'invalid' ? invalid.push(item) : findings.push(item));
  households.forEach((h, i) => {
    engine.household(h, i + 2, emit);
  });
  loans.forEach((l, i) => {
    engine.loan(l, i + 2, emit);
  });
  const rechecked = engine.loansToRecheck();
  if (rechecked)
    loans.forEach((l, i) => {
      engine.recheckLoan(l, i + 2, emit);
    });
  return { ...engine.finish(emit), invalid, findings, rechecked };
}

const lines = (invalid: InvalidRow[]) => invalid.map((i) => `${i.file}:${i.line}:${i.field}:${i.message}`);

describe('repeated ids', () => {
  it('every copy of a loan id after the first is rejected, naming the first line; the first stands', () => {
    const run = audit([H1], [loan('L1'), loan('L2'), loan('L1', { outstanding: '500' }), loan('L1')]);
    expect(lines(run.invalid)).toEqual(["l.csv:4:id:repeats the id 'L1' of line 2", "l.csv:5:id:repeats the id 'L1' of line 2"]);
    expect(run.summary).toMatchObject({ loans: 2, activeLoans: 2, invalidRows: 2 });
    expect(run.rechecked).toBe(true);
  });

  it('a repeat of a rejected row is still a repeat: the first row with an id claims it', () => {
    const run = audit([H1], [loan('L1', { principal: 'abc' }), loan('L1')]);
    expect(lines(run.invalid)).toEqual([
      'l.csv:2:principal:must be yuan as a plain decimal string with at most two decimals, e.g. "12345.67"',
      "l.csv:3:id:repeats the id 'L1' of line 2",
    ]);
    const households = audit([{ ...H1, povertyStatus: 'poor' }, H1], []);
    expect(lines(households.invalid)).toEqual([
      "h.csv:2:povertyStatus:must be one of 'registered_poor', 'monitored_edge', 'none'",
      "h.csv:3:id:repeats the id 'H1' of line 2",
    ]);
    expect(households.summary.households).toBe(0);
  });

  it('a repeated row is also checked for everything else, each bad field named', () => {
    const run = audit([H1], [loan('L1'), loan('L1', { kind: 'gift' as Loan['kind'] })]);
    expect(lines(run.invalid)).toEqual(["l.csv:3:kind:must be one of 'new', 'renewal', 'extension', 'top_up'", "l.csv:3:id:repeats the id 'L1' of line 2"]);
  });

  it('ids that differ only in case or spaces are different ids', () => {
    const run = audit([H1], [loan('L1'), loan('l1'), loan(' L1')]);
    expect(run.invalid).toEqual([]);
    expect(run.rechecked).toBe(false);
  });

  it('two ids sharing a hash are not a repeat: the row held back is judged when the ids are compared', () => {
    // A hash that gives every id the same value: each later row is held back, and only a real repeat is rejected.
    const same: IdHash = (_id, out) => {
      out[0] = 7;
      out[1] = 7;
    };
    const loans = [loan('L1'), loan('L2', { purpose: '娶媳妇彩礼' }), loan('L3'), loan('L2'), loan('L3')];
    const poor = audit([H1], loans, { loanIdHash: same });
    const good = audit([H1], loans);
    expect(poor.rechecked).toBe(true);
    expect(lines(poor.invalid)).toEqual(["l.csv:5:id:repeats the id 'L2' of line 3", "l.csv:6:id:repeats the id 'L3' of line 4"]);
    expect(poor.invalid).toEqual(good.invalid);
    // L2 and L3 were judged, late but the same: the summary and the findings are those of a good hash.
    expect(poor.summary).toEqual(good.summary);
    expect(poor.summary).toMatchObject({ loans: 3, activeLoans: 3, usageViolations: 1 });
    expect(new Set(poor.findings.map((f) => `${f.subject} ${f.ruleId}`))).toEqual(new Set(good.findings.map((f) => `${f.subject} ${f.ruleId}`)));
  });

  it('finishing with rows held back and not rechecked is a caller error, never a silent loss', () => {
    const engine = new PortfolioAudit(settings());
    const emit = () => undefined;
    engine.household(H1, 2, emit);
    engine.loan(loan('L1'), 2, emit);
    engine.loan(loan('L1'), 3, emit);
    expect(() => engine.finish(emit)).toThrow(/1 loan rows wait for recheckLoan/);
  });
});

describe('a closed loan with money outstanding', () => {
  it('is a rejected row (a data check of the audit), though the library judges it as closed', () => {
    const owing = loan('L1', { status: 'closed', outstanding: '0.01' });
    // The library reads it as a closed loan: no deferral matters.
    expect(computeDeferralDeadline(owing, H1).eligible).toBe(false);
    const run = audit([H1], [owing, loan('L2', { status: 'closed', outstanding: '0' }), loan('L3', { status: 'closed', outstanding: '0.00' })]);
    expect(lines(run.invalid)).toEqual(['l.csv:2:outstanding:is 0.01 on a closed loan: a closed loan owes nothing']);
    expect(run.summary).toMatchObject({ loans: 2, activeLoans: 0, invalidRows: 1 });
  });

  it("is named in the report's language", () => {
    const run = audit([H1], [loan('L1', { status: 'closed', outstanding: '1200' })], { lang: 'zh' });
    expect(run.invalid.map((i) => i.message)).toEqual(['贷款状态为结清，但贷款余额为1200.00元：结清的贷款不应有余额']);
  });
});
