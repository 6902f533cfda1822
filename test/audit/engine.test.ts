// The portfolio audit (src/audit/engine.ts) on small, hand-made portfolios: the rows it refuses and how it
// names them, the settings it is given (language, lexicon, policies, thresholds), and what each finding
// carries. test/audit/reconciliation.test.ts holds every figure against the public functions on generated
// portfolios; this file covers what those portfolios never contain.
import { describe, expect, it } from 'vitest';
import { classifyUsage, createLexicon, type Household, type Loan, monitorPortfolio, riskCompensationTrigger, type RiskCompensationPolicy } from 'fupin-xindai';
import {
  type AuditFinding,
  type AuditSettings,
  type InvalidRow,
  PortfolioAudit,
  readAuditOptions,
  readAuditThresholds,
  readPolicySet,
} from '../../src/audit/index.js';
import { compiledFor } from '../../src/rules/classify.js';
import { findingOf } from '../helpers/fixtures.js';

const AS_OF = '2021-06-30';

function settings(over: Partial<AuditSettings> = {}): AuditSettings {
  return {
    asOf: AS_OF,
    jurisdiction: 'HLJ',
    lang: 'en',
    options: readAuditOptions({ asOf: AS_OF, jurisdiction: 'HLJ' }),
    policies: null,
    all: false,
    thresholds: readAuditThresholds({}),
    maturityWindowDays: 90,
    householdsFile: 'households.csv',
    loansFile: 'loans.csv',
    ...over,
  };
}

/** Feeds rows in order (line 2 onwards in each file, as under a header) and finishes. */
function audit(households: readonly unknown[], loans: readonly unknown[], over: Partial<AuditSettings> = {}) {
  const engine = new PortfolioAudit(settings(over));
  const findings: AuditFinding[] = [];
  const invalid: InvalidRow[] = [];
  const emit = (item: AuditFinding | InvalidRow) => {
    if (item.type === 'finding') findings.push(item);
    else invalid.push(item);
  };
  households.forEach((h, i) => {
    engine.household(h, i + 2, emit);
  });
  loans.forEach((l, i) => {
    engine.loan(l, i + 2, emit);
  });
  if (engine.loansToRecheck())
    loans.forEach((l, i) => {
      engine.recheckLoan(l, i + 2, emit);
    });
  const { summary } = engine.finish(emit);
  return { summary, findings, invalid };
}

const H1: Household = { id: 'H1', povertyStatus: 'registered_poor', onPovertyOfficeList: true, region: '230183' };
const H2: Household = { id: 'H2', povertyStatus: 'registered_poor', onPovertyOfficeList: true, region: '230184' };
const LOAN: Loan = {
  id: 'L1',
  householdId: 'H1',
  kind: 'new',
  principal: '30000',
  outstanding: '30000',
  contractDate: '2020-07-01',
  maturityDate: '2022-07-01',
  purpose: '养殖肉牛',
};

describe('rows the audit refuses, each named and left out of every count', () => {
  it('a repeated household id: the first row stands, the repeat is named with its line', () => {
    const run = audit([H1, { ...H1, povertyStatus: 'none' }], [LOAN]);
    expect(run.invalid).toStrictEqual([
      { type: 'invalid', file: 'households.csv', line: 3, field: 'id', code: 'range', message: "repeats the id 'H1' of line 2" },
    ]);
    expect(run.summary).toMatchObject({ households: 1, eligibleHouseholds: 1, invalidRows: 1, loans: 1, activeLoans: 1 });
  });

  it('a long repeated id is shown by its first 40 characters', () => {
    const id = `H-${'0123456789'.repeat(6)}`;
    const run = audit(
      [
        { ...H1, id },
        { ...H1, id },
      ],
      [],
    );
    expect(run.invalid.map((i) => i.message)).toEqual([`repeats the id '${id.slice(0, 40)}' of line 2`]);
  });

  it('a loan whose household is not among the valid ones (absent, or its row refused) names the households file', () => {
    const run = audit(
      [H1, { ...H2, povertyStatus: 'poor' }],
      [
        { ...LOAN, householdId: 'H9' },
        { ...LOAN, id: 'L2', householdId: 'H2' },
        { ...LOAN, id: 'L3' },
      ],
      { householdsFile: 'in/households.csv', loansFile: 'in/loans.csv' },
    );
    expect(run.invalid.filter((i) => i.file === 'in/loans.csv')).toStrictEqual([
      { type: 'invalid', file: 'in/loans.csv', line: 2, field: 'householdId', code: 'range', message: "no valid household 'H9' in in/households.csv" },
      { type: 'invalid', file: 'in/loans.csv', line: 3, field: 'householdId', code: 'range', message: "no valid household 'H2' in in/households.csv" },
    ]);
    expect(run.invalid.filter((i) => i.file === 'in/households.csv').map((i) => [i.line, i.field])).toEqual([[3, 'povertyStatus']]);
    expect(run.summary).toMatchObject({ households: 1, loans: 1, activeLoans: 1, invalidRows: 3 });
  });

  it('a long unknown household id is shown by its first 40 characters', () => {
    const id = `H-${'abcdefghij'.repeat(6)}`;
    const run = audit([H1], [{ ...LOAN, householdId: id }]);
    expect(run.invalid.map((i) => i.message)).toEqual([`no valid household '${id.slice(0, 40)}' in households.csv`]);
  });

  it('a row that is not a record at all is named as (row); a bad field by its name, without the record prefix', () => {
    const run = audit(['H1', null, { ...H1, id: 'H3', onPovertyOfficeList: 'maybe' }], [42, { ...LOAN, principal: 'abc', kind: 'gift' }]);
    expect(run.invalid.map((i) => `${i.file}:${i.line}:${i.field}`)).toEqual([
      'households.csv:2:(row)',
      'households.csv:3:(row)',
      'households.csv:4:onPovertyOfficeList',
      'loans.csv:2:(row)',
      'loans.csv:3:kind',
      'loans.csv:3:principal',
    ]);
    // One rejected row each, however many of its fields are bad.
    expect(run.summary).toMatchObject({ households: 0, loans: 0, invalidRows: 5, findings: 0 });
  });

  it('a row that cannot be read as cells (a quote never closed, too many cells) is one unreadable row, counted as invalid', () => {
    const engine = new PortfolioAudit(settings());
    const emitted: (AuditFinding | InvalidRow)[] = [];
    engine.malformed('loans.csv', 7, { kind: 'quote', from: 7, to: 12 }, (item) => emitted.push(item));
    engine.malformed('households.csv', 9, { kind: 'cells', cells: 8, header: 6 }, (item) => emitted.push(item));
    expect(emitted).toStrictEqual([
      {
        type: 'invalid',
        file: 'loans.csv',
        line: 7,
        field: '(row)',
        code: 'type',
        message: 'a quote opened on line 7 is never closed properly: it took in lines 7–12; the lines after line 7 are read again as rows',
      },
      {
        type: 'invalid',
        file: 'households.csv',
        line: 9,
        field: '(row)',
        code: 'type',
        message: "has 8 cells, more than the header's 6 columns (a comma outside quotes?), so no cell can be trusted to its column",
      },
    ]);
    expect(engine.finish(() => undefined).summary).toMatchObject({ invalidRows: 2, households: 0, loans: 0 });
  });
});

describe('settings', () => {
  it("messages are in the report's language, each the public function's own", () => {
    const loan = { ...LOAN, purpose: '盖房子' };
    const expected = classifyUsage('盖房子', { asOf: AS_OF, jurisdiction: 'HLJ' }).findings.find((f) => f.outcome === 'fail')!;
    for (const lang of ['zh', 'en'] as const) {
      const run = audit([H1], [loan], { lang });
      expect(run.findings.filter((f) => f.function === 'classifyUsage').map((f) => f.message)).toEqual([expected.message[lang]]);
    }
  });

  it("a bank's lexicon classifies the purposes: 地窨子 is housing under it, and unknown (for review) without", () => {
    const lexicon = createLexicon({ housing: ['地窨子'] });
    const loan = { ...LOAN, purpose: '地窨子' };
    const withLexicon = audit([H1], [loan], { lexicon: compiledFor(lexicon) });
    const without = audit([H1], [loan]);
    expect(classifyUsage('地窨子', { asOf: AS_OF, lexicon }).permitted).toBe(false);
    expect(classifyUsage('地窨子', { asOf: AS_OF }).permitted).toBeNull();
    expect(withLexicon.summary).toMatchObject({ usageViolations: 1, usageNeedsReview: 0 });
    expect(without.summary).toMatchObject({ usageViolations: 0, usageNeedsReview: 1 });
    expect(withLexicon.findings.filter((f) => f.function === 'classifyUsage').map((f) => f.message)).toEqual(
      classifyUsage('地窨子', { asOf: AS_OF, jurisdiction: 'HLJ', lexicon })
        .findings.filter((f) => f.outcome === 'fail')
        .map((f) => f.message.en),
    );
  });

  const defaulted: Loan = {
    ...LOAN,
    overdueDays: 120,
    classification: 'substandard',
    collectionAttempted: true,
    maturityDate: '2021-01-31',
    contractDate: '2020-07-01',
    covidRepaymentDifficulty: false,
  };
  const policy: RiskCompensationPolicy = { fundEstablished: true, minOverdueDays: 90, fundShare: '0.6' };

  it('CBIRC-2020-28/5.3 without policies no compensation is computed; with them the fund pays its share', () => {
    expect(riskCompensationTrigger(defaulted, policy, { asOf: AS_OF }).triggered).toBe(true);
    const none = audit([H1], [defaulted]);
    expect(none.summary).toMatchObject({ compensationTriggeredLoans: 0, compensationFundTotal: '0.00' });
    expect(none.findings.some((f) => f.function === 'riskCompensationTrigger')).toBe(false);
    const paid = audit([H1], [defaulted], { policies: readPolicySet(policy) });
    expect(paid.summary).toMatchObject({
      compensationTriggeredLoans: 1,
      compensationFundTotal: riskCompensationTrigger(defaulted, policy, { asOf: AS_OF }).shares.fund,
    });
  });

  it('CBIRC-2020-28/3.1 a loan inside its lawful deferral triggers nothing, and its overdue days are reported for review, short of the trigger or not', () => {
    // Matures 2021-01-31 in epidemic difficulty: 三 allows to 2021-07-31, after AS_OF.
    const inside: Loan = { ...defaulted, covidRepaymentDifficulty: true, deferredTo: '2021-07-31' };
    for (const overdueDays of [30, 120]) {
      const loan = { ...inside, overdueDays };
      const run = audit([H1], [loan], { policies: readPolicySet(policy) });
      expect(run.summary, String(overdueDays)).toMatchObject({ compensationTriggeredLoans: 0, compensationFundTotal: '0.00' });
      const reported = run.findings.filter((f) => f.function === 'riskCompensationTrigger');
      expect(
        reported.map((f) => [f.ruleId, f.outcome]),
        String(overdueDays),
      ).toEqual([['compensation.outside_deferral', 'fail']]);
      expect(reported[0]!.message).toBe(findingOf(riskCompensationTrigger(loan, policy, { asOf: AS_OF }), 'compensation.outside_deferral').message.en);
    }
    // Not overdue inside its deferral: nothing to report.
    expect(
      audit([H1], [{ ...inside, overdueDays: 0 }], { policies: readPolicySet(policy) }).findings.filter((f) => f.function === 'riskCompensationTrigger'),
    ).toEqual([]);
  });

  it("CBIRC-2020-28/5.3 a loan takes its own region's policy, else its household's region's, else the default", () => {
    const set = readPolicySet({ default: policy, byRegion: { '230183': { ...policy, fundShare: '0.5' }, '230184': { ...policy, fundEstablished: false } } });
    const one = (loan: Loan, household: Household) => audit([household], [loan], { policies: set }).summary;
    expect(one(defaulted, H1)).toMatchObject({ compensationTriggeredLoans: 1, compensationFundTotal: '15000.00' });
    expect(one({ ...defaulted, region: '230184' }, H1)).toMatchObject({ compensationTriggeredLoans: 0, compensationFundTotal: '0.00' });
    expect(one(defaulted, { ...H1, region: '230185' })).toMatchObject({ compensationTriggeredLoans: 1, compensationFundTotal: '18000.00' });
    const noRegion: Household = { id: 'H1', povertyStatus: 'registered_poor', onPovertyOfficeList: true };
    expect(one(defaulted, noRegion)).toMatchObject({ compensationTriggeredLoans: 1, compensationFundTotal: '18000.00' });
  });

  it('CBIRC-2020-28/5.2 counts as flagged only the regions with a flag, as monitorPortfolio flags them', () => {
    const households = [H1, H2];
    const loans: Loan[] = [defaulted, { ...LOAN, id: 'L2', householdId: 'H2' }];
    const thresholds = { overdueShare: '0.1' };
    const run = audit(households, loans, { thresholds: readAuditThresholds(thresholds) });
    const monitored = monitorPortfolio(households, loans, { asOf: AS_OF, jurisdiction: 'HLJ', thresholds, maturityWindowDays: 90 });
    expect(monitored.regions.map((r) => [r.region, r.flags.length])).toEqual([
      ['230183', 1],
      ['230184', 0],
    ]);
    expect(run.summary.regionsFlagged).toBe(1);
    const flags = run.findings.filter((f) => f.function === 'monitorPortfolio');
    expect(flags.map((f) => [f.subjectType, f.subject, f.ruleId, f.clauseId])).toEqual([
      ['region', '230183', monitored.regions[0]!.flags[0]!.ruleId, 'CBIRC-2020-28/5.2'],
    ]);
    // No thresholds, no flags: every region is monitored, none is flagged.
    expect(audit(households, loans).summary.regionsFlagged).toBe(0);
  });

  it('the region of a loan and household that name none is "unknown"', () => {
    const noRegion: Household = { id: 'H1', povertyStatus: 'registered_poor', onPovertyOfficeList: true };
    const run = audit([noRegion], [defaulted], { thresholds: readAuditThresholds({ overdueShare: '0.1' }) });
    expect(run.findings.filter((f) => f.function === 'monitorPortfolio').map((f) => f.subject)).toEqual(['unknown']);
  });
});
