// The CLI's words in two languages (src/app/messages.ts): the help lists every flag in both, each error of
// the table is one line in both, and every message the library gives a CSV row or an option file has its
// Chinese — so that under --lang zh nothing a user reads falls back to English (issue 16, item 7).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from 'fupin-xindai';
import {
  type AuditFinding,
  HOUSEHOLD_COLUMNS,
  type InvalidRow,
  LOAN_COLUMNS,
  PortfolioAudit,
  readAuditLeadBanks,
  readAuditOptions,
  readAuditThresholds,
  readHeader,
  readPolicySet,
  recordOf,
} from '../../src/audit/index.js';
import { CliError, HELP, issueText, issueZh, MESSAGES, reason } from '../../src/app/messages.js';

const CJK = /[\u4e00-\u9fff]/;

/** The rows' issues the audit emits for CSV text (header first), as the CLI reads it: cells through recordOf. */
function rowIssues(households: string[][], loans: string[][], lang: 'en' | 'zh' = 'en'): InvalidRow[] {
  const options = readAuditOptions({ asOf: '2020-12-31' });
  const engine = new PortfolioAudit({
    asOf: '2020-12-31',
    jurisdiction: 'HLJ',
    lang,
    options,
    policies: null,
    all: false,
    thresholds: {},
    maturityWindowDays: 90,
    householdsFile: 'households.csv',
    loansFile: 'loans.csv',
  });
  const invalid: InvalidRow[] = [];
  const emit = (item: AuditFinding | InvalidRow) => {
    if (item.type === 'invalid') invalid.push(item);
  };
  const hHeader = readHeader(households[0]!, HOUSEHOLD_COLUMNS, 'households.csv');
  households.slice(1).forEach((cells, i) => {
    engine.household(recordOf(hHeader, cells, HOUSEHOLD_COLUMNS), i + 2, emit);
  });
  const lHeader = readHeader(loans[0]!, LOAN_COLUMNS, 'loans.csv');
  loans.slice(1).forEach((cells, i) => {
    engine.loan(recordOf(lHeader, cells, LOAN_COLUMNS), i + 2, emit);
  });
  engine.malformed('loans.csv', 99, { kind: 'quote', from: 99, to: 101 }, emit);
  // Rows whose id's hash repeats are confirmed by reading the loans again, as the CLI does.
  if (engine.loansToRecheck())
    loans.slice(1).forEach((cells, i) => {
      engine.recheckLoan(recordOf(lHeader, cells, LOAN_COLUMNS), i + 2, emit);
    });
  engine.finish(emit);
  return invalid;
}

/** The issues a reader refuses its input with. */
function refused(read: () => unknown): { path: string; code: string; message: string }[] {
  try {
    read();
  } catch (e) {
    if (e instanceof PolicyInputError) return [...e.issues];
    throw e;
  }
  throw new Error('accepted');
}

const HOUSEHOLDS = [
  ['id', 'povertyStatus', 'onPovertyOfficeList', 'hasIndustrialDevelopmentConditions', 'hasLaborCapacity', 'region'],
  ['H1', 'registered_poor', 'true', '', '', 'R1'],
  ['H1', 'registered_poor', 'true', '', '', 'R1'], // repeated
  ['', 'poor', 'maybe', '', '', ''],
  ['H3', 'monitored_edge', '是', '', '', 'R1'],
];
const LOAN_HEADER = [
  'id',
  'householdId',
  'kind',
  'principal',
  'outstanding',
  'contractDate',
  'maturityDate',
  'deferredTo',
  'status',
  'purpose',
  'borrowedBy',
  'covidRepaymentDifficulty',
  'overdueDays',
  'classification',
  'collectionAttempted',
];
const GOOD = ['L1', 'H1', 'new', '50000', '50000', '2020-03-01', '2022-03-01', '', 'active', '养牛', '', 'false', '', 'normal', ''];
/** A good loan row with some cells replaced. */
const loan = (cells: Record<number, string>) => GOOD.map((c, i) => cells[i] ?? c);
const LOANS = [
  LOAN_HEADER,
  loan({ 0: '', 1: 'H9', 2: 'grant', 3: '-1', 4: '12.345', 5: '2020/03/01', 6: '2020-02-30', 8: 'open' }),
  loan({ 3: 'abc', 4: '99999999999999999', 6: '2020-01-01' }),
  loan({ 7: '2021-01-01', 9: '种'.repeat(1001), 10: 'neighbour', 11: 'maybe', 12: '-3', 13: 'bad', 14: 'sometimes' }),
  loan({ 12: '1.5' }),
];

describe('every message a CSV row can be rejected with has its Chinese', () => {
  const issues = rowIssues(HOUSEHOLDS, LOANS);

  it('the rows above are rejected for many different reasons (the check is not vacuous)', () => {
    expect(new Set(issues.map((i) => i.message)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(['required', 'type', 'enum', 'date', 'money', 'range']));
  });

  // The audit phrases its own row messages (a repeated id, a row that cannot be read as cells) in the report's
  // language itself; the library's messages are translated by the CLI.
  const ownMessage = (i: InvalidRow) => i.field === '(row)' || i.message.startsWith('repeats the id');
  it('the audit says its own row messages in Chinese under zh', () => {
    const own = issues.filter(ownMessage);
    expect(own.length).toBeGreaterThan(1);
    const zh = rowIssues(HOUSEHOLDS, LOANS, 'zh').filter((i) => own.some((o) => o.line === i.line && o.field === i.field && o.file === i.file));
    expect(zh.length).toBe(own.length);
    for (const i of zh) {
      expect(i.message).toMatch(CJK);
      expect(issueText(i, 'zh')).toBe(i.message);
    }
  });

  for (const issue of issues.filter((i) => !ownMessage(i))) {
    it(`${issue.field} ${issue.code}: ${issue.message.slice(0, 70)}`, () => {
      const zh = issueZh(issue.message);
      expect(zh, issue.message).toBeDefined();
      expect(zh).toMatch(CJK);
      expect(issueText(issue, 'zh')).toBe(zh);
      expect(issueText(issue, 'en')).toBe(issue.message);
    });
  }

  it('names and numbers in a message are carried into its Chinese', () => {
    expect(issueZh("must be a real calendar date 'YYYY-MM-DD', got '2020-02-30'")).toBe('须为真实存在的日期（YYYY-MM-DD），实为“2020-02-30”');
    expect(issueZh('must be at most 1000 characters')).toBe('不能超过 1000 个字符');
    expect(issueZh('must not be before contractDate')).toBe('不能早于合同日期（contractDate）');
    expect(issueZh("must be one of 'new', 'renewal'")).toBe("须为以下之一：'new'、'renewal'");
    expect(issueZh("no valid household 'H9' in loans.csv")).toBe('loans.csv 中没有有效的农户“H9”');
  });

  it('a message the table does not know keeps its English after the code’s Chinese', () => {
    expect(issueText({ code: 'range', message: 'repeats loan id on line 7' }, 'zh')).toBe('超出允许范围（repeats loan id on line 7）');
  });
});

describe('every message an option file or option can be refused with has its Chinese', () => {
  const P = { fundEstablished: true, minOverdueDays: 90, fundShare: '0.8' };
  const issues = [
    ...refused(() => readAuditThresholds({ nplRatios: '0.05', overdueShare: '1.5', nplRatio: 'abc', specialMentionShare: `0.${'1'.repeat(25)}` })),
    ...refused(() => readAuditThresholds({ maturingSoonShare: Number.NaN, enterpriseUseOutstanding: '-1', fundShare: '0.8', x: 1 })),
    ...refused(() => readAuditThresholds('0.05')),
    ...refused(() => readPolicySet({ ...P, minOverdueDays: 0 })),
    ...refused(() => readPolicySet({ ...P, fundShare: '0.8', insurerShare: '0.3' })),
    ...refused(() => readPolicySet({ fundEstablished: 'yes', minOverdueDays: 'x', nplRatio: '0.05' })),
    ...refused(() => readPolicySet({ default: P, byRegion: [], extra: 1 })),
    ...refused(() => readAuditOptions({ asOf: '2020-01-01' })),
    ...refused(() => readAuditOptions({ asOf: '2020-13-01', jurisdiction: 'HK', interpretations: { capBasis: 'x', capbasis: 'principal' } })),
    ...refused(() => readAuditLeadBanks({ '': '农业银行', R1: ' ' })),
    ...refused(() => readAuditLeadBanks([])),
  ];

  it('the files above are refused for many different reasons', () => {
    expect(new Set(issues.map((i) => i.message)).size).toBeGreaterThanOrEqual(18);
  });

  for (const issue of issues) {
    it(`${issue.path} ${issue.code}: ${issue.message.slice(0, 70)}`, () => {
      const zh = issueZh(issue.message);
      expect(zh, issue.message).toBeDefined();
      expect(zh).toMatch(CJK);
    });
  }
});

describe('the help', () => {
  const flags = (text: string) => new Set([...text.matchAll(/--[a-z][a-z-]+/g)].map((m) => m[0]));

  it('lists the same flags in Chinese and in English', () => {
    expect(flags(HELP.zh)).toEqual(flags(HELP.en));
  });

  it('lists every flag the CLI parses (src/cli/main.ts)', () => {
    const source = readFileSync(new URL('../../src/cli/main.ts', import.meta.url), 'utf8');
    const table = /options: \{([\s\S]*?)\n {6}\},/.exec(source)?.[1] ?? '';
    const parsed = [...table.matchAll(/^\s+'?([a-z][a-z-]*)'?: \{ type:/gm)].map((m) => `--${m[1]}`);
    expect(parsed.length).toBeGreaterThan(10);
    for (const flag of parsed) {
      expect(HELP.en, flag).toContain(flag);
      expect(HELP.zh, flag).toContain(flag);
    }
  });

  it('is Chinese in Chinese and refers to no file a user of the package does not have', () => {
    expect(HELP.zh).toMatch(/用法：/);
    for (const text of [HELP.zh, HELP.en]) expect(text).not.toMatch(/API\.md|docs\//);
  });
});

describe('the table of one-line errors', () => {
  /** Values for any message: every name a message may use. */
  const values = {
    option: '--x',
    detail: 'd',
    command: 'c',
    flag: '--f',
    path: 'p.csv',
    value: 'v',
    allowed: ['a', 'b'],
    issues: 'i',
    code: 'ENOENT',
    columns: ['a'],
    column: 'c',
    header: 'a,b',
    line: 3,
    key: 'k',
    entry: 'e',
    first: 2,
    folder: 'f',
    input: 'i.csv',
    rows: 50000,
    perSecond: 25000,
    secondsLeft: 3,
  };

  for (const [key, message] of Object.entries(MESSAGES)) {
    it(`${key}: one line in both languages, Chinese in Chinese`, () => {
      const en = (message.en as (p: unknown) => string)(values);
      const zh = (message.zh as (p: unknown) => string)(values);
      for (const text of [en, zh]) {
        expect(text.length).toBeGreaterThan(0);
        expect(text).not.toMatch(/\n/);
      }
      // Pass-through messages carry text already in the language.
      if (!['optionIssues', 'fileIssues', 'headerOther'].includes(key)) {
        expect(zh).toMatch(CJK);
        expect(zh).not.toBe(en);
      }
    });
  }

  it('a CliError says its message in the language asked, and in English as an Error', () => {
    const e = new CliError('outIsFolder', { path: 'reports' });
    expect(e.message).toBe('--out reports is a folder: give a file path');
    expect(e.render('zh')).toBe('--out reports 是文件夹：请给出文件路径');
  });

  it('a reason is the Node code with its meaning; an unknown code as it is', () => {
    expect(reason('EACCES', 'en')).toBe('EACCES (permission denied)');
    expect(reason('EACCES', 'zh')).toBe('没有权限（EACCES）');
    expect(reason('EWHATEVER', 'zh')).toBe('EWHATEVER');
  });
});
