// `--workers N` (issue 18, item 2): the loans CSV split into N byte ranges, read and judged by worker threads,
// gives the very report `--workers 1` gives, byte for byte, in every format (a workbook: the same sheets and
// cells). These tests are written from the issue's words, not from the implementation: each builds a loans
// file whose trouble sits where a split near k/N of its bytes falls (a quoted cell with line breaks, a quote
// never closed, a repeated id, a household's loans in several ranges), runs `--workers 1` and `--workers N`, and
// compares; and each checks that the `--workers 1` report really holds what the file was built to produce, so
// no test passes on two empty reports.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOUSEHOLD_COLUMNS, LOAN_COLUMNS } from '../../src/audit/rows.js';
import { auditInProcess } from '../helpers/cli.js';
import { writePortfolio } from '../helpers/portfolio.js';
import { addCsvSheet } from '../helpers/xlsx-county.js';

const dir = mkdtempSync(join(tmpdir(), 'fupin-workers-test-'));
const county = (f: string) => new URL(`../../examples/data/county/${f}`, import.meta.url).pathname;
let n = 0;

/** Writes `content` to a fresh file in the test folder and returns its path. */
function file(name: string, content: string | Buffer): string {
  const path = join(dir, `${n++}-${name}`);
  writeFileSync(path, content);
  return path;
}

afterEach(() => vi.restoreAllMocks());

const FORMATS = ['json', 'ndjson', 'csv', 'md', 'html', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

interface Run {
  readonly code: number;
  readonly stderr: string;
  readonly out: string;
  /** The report's bytes (empty when none was written). */
  readonly bytes: Buffer;
}

/** Runs `fupin-xindai audit …args [--workers N] --out <fresh file>`; `workers` null leaves the flag out. */
async function audit(args: readonly string[], workers: number | null, ext = 'json'): Promise<Run> {
  const out = join(dir, `out-${n++}.${ext}`);
  const r = await auditInProcess([...args, ...(workers === null ? [] : ['--workers', String(workers)])], out);
  return { code: r.code, stderr: r.stderr, out, bytes: existsSync(out) ? readFileSync(out) : Buffer.alloc(0) };
}

/** Where two reports first differ, with some text around it (null when they are the same bytes). */
function firstDifference(expected: Buffer, actual: Buffer): string | null {
  if (expected.equals(actual)) return null;
  let at = 0;
  while (at < expected.length && at < actual.length && expected[at] === actual[at]) at++;
  const around = (b: Buffer) =>
    b
      .subarray(Math.max(0, at - 160), at + 160)
      .toString('utf8')
      .replace(/\r?\n/g, '⏎');
  return `${expected.length} and ${actual.length} bytes, first difference at byte ${at}:\n  --workers 1: …${around(expected)}…\n  the other:   …${around(actual)}…`;
}

/** Every sheet of a workbook, in order: its name and each cell's address, type, value and number format. */
async function workbookCells(path: string): Promise<{ name: string; cells: [string, number, unknown, string][] }[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book.worksheets.map((ws) => {
    const cells: [string, number, unknown, string][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.push([cell.address, cell.type, cell.value, cell.numFmt]);
      });
    });
    return { name: ws.name, cells };
  });
}

/**
 * Runs the audit with `--workers 1` and with each of `others`, in `format`; expects exit 0 from each and the same
 * report (bytes; for xlsx, the same sheets and cells). Returns the `--workers 1` report as text (for xlsx, its
 * cells as JSON) for the caller to check that it holds what the input was built to produce.
 */
async function sameReport(args: readonly string[], others: readonly (number | null)[], format: Format = 'json'): Promise<string> {
  const withFormat = [...args, '--format', format];
  const one = await audit(withFormat, 1, format);
  expect(one.code, one.stderr).toBe(0);
  expect(one.bytes.length).toBeGreaterThan(0);
  const cells = format === 'xlsx' ? await workbookCells(one.out) : null;
  for (const workers of others) {
    const other = await audit(withFormat, workers, format);
    const label = `${workers === null ? 'no --workers' : `--workers ${workers}`} (${format})`;
    expect(other.code, `${label}: ${other.stderr}`).toBe(0);
    if (cells) expect(await workbookCells(other.out), label).toEqual(cells);
    else expect(firstDifference(one.bytes, other.bytes), label).toBeNull();
  }
  return cells ? JSON.stringify(cells) : one.bytes.toString('utf8');
}

/** The JSON report, as far as these tests read it. */
interface Report {
  meta: { files: Record<string, { encoding?: string } | undefined> };
  summary: Record<string, number | string>;
  findings: { subjectType: string; subject: string; ruleId: string; outcome: string; message: string; facts?: Record<string, unknown> }[];
  invalidRows: { file: string; line: number; field: string; code: string; message: string }[];
  regions: { region: string; activeLoans: number; outstanding: string }[];
}
const report = (text: string) => JSON.parse(text) as Report;

/** A CSV cell: quoted (quotes doubled) when it holds a comma, a quote or a line break. */
const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** A CSV text built row by row, knowing the line each row starts on (line 1 is the header). */
class CsvText {
  private readonly parts: string[] = [];
  private next = 1;
  constructor(
    header: string,
    private readonly eol = '\n',
    bom = false,
  ) {
    this.add(`${bom ? '\uFEFF' : ''}${header}`);
  }
  /** Appends a row (its cells may hold line breaks inside quotes); returns the line it starts on. */
  add(row: string): number {
    const line = this.next;
    this.parts.push(row + this.eol);
    this.next += (row + this.eol).split('\n').length - 1;
    return line;
  }
  /** Appends an empty line. */
  blank(): void {
    this.add('');
  }
  get text(): string {
    return this.parts.join('');
  }
}

const HOUSEHOLD_HEADER = 'id,povertyStatus,onPovertyOfficeList,region';
const LOAN_HEADER = 'id,householdId,kind,principal,outstanding,contractDate,maturityDate,status,purpose,overdueDays,classification,collectionAttempted';

interface LoanRow {
  id: string;
  household: string;
  outstanding?: string;
  principal?: string;
  status?: 'active' | 'closed';
  purpose?: string;
  overdueDays?: number;
  classification?: string;
  collectionAttempted?: boolean;
  contractDate?: string;
  maturityDate?: string;
}

/** A loans row under LOAN_HEADER: a new 10,000 yuan loan signed 2020-07-01 for two years, to raise cattle, unless told otherwise. */
function loanRow(l: LoanRow): string {
  const outstanding = l.outstanding ?? '10000';
  return [
    l.id,
    l.household,
    'new',
    l.principal ?? outstanding,
    outstanding,
    l.contractDate ?? '2020-07-01',
    l.maturityDate ?? '2022-07-01',
    l.status ?? 'active',
    cell(l.purpose ?? '养殖肉牛'),
    l.overdueDays === undefined ? '' : String(l.overdueDays),
    l.classification ?? 'normal',
    l.collectionAttempted === undefined ? '' : String(l.collectionAttempted),
  ].join(',');
}

/** A households file of registered poor households on the poverty office's list, each in its region. */
function householdsText(households: readonly [id: string, region: string][], extra = ''): string {
  return `${HOUSEHOLD_HEADER}\n${households.map(([id, region]) => `${id},registered_poor,true,${region}\n`).join('')}${extra}`;
}

/** The byte offsets near k/N of a file's bytes, k = 1 … N−1: where a split into N ranges falls, give or take a line. */
const splitPoints = (size: number, parts: number) => Array.from({ length: parts - 1 }, (_, k) => Math.floor(((k + 1) * size) / parts));

/** Whether byte `at` of a well-formed CSV lies inside a quoted cell ("" inside quotes toggles twice). */
function insideQuotes(bytes: Buffer, at: number): boolean {
  let quoted = false;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x22) quoted = !quoted;
  return quoted;
}

/** GBK bytes of a text, from the platform's own GBK decoder: every double-byte sequence decoded once, the table inverted. */
let gbkTable: Map<string, Buffer> | undefined;
function gbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk', { fatal: true });
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        let ch: string;
        try {
          ch = decoder.decode(Uint8Array.of(lead, trail));
        } catch {
          continue;
        }
        if (ch.length === 1 && !gbkTable.has(ch)) gbkTable.set(ch, Buffer.from([lead, trail]));
      }
    }
  }
  const table = gbkTable;
  return Buffer.concat(
    // By code point: every character of these texts is one GBK character.
    Array.from(text, (ch) => {
      if (ch.charCodeAt(0) < 0x80) return Buffer.from(ch, 'latin1');
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GBK bytes for ${ch}`);
      return bytes;
    }),
  );
}

const AS_OF = ['--as-of', '2020-12-31'];

/** Yuan as the report writes them, from a whole number of fen. */
const money = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

describe('--workers N: repeated loan ids across ranges', () => {
  it('every copy after the first is a rejected row naming the first copy’s line, whichever ranges the copies fall in', async () => {
    // 240 rows of about the same length, so a split near k/N of the bytes falls near row 240·k/N.
    const households: [string, string][] = Array.from({ length: 30 }, (_, i) => [`H${i}`, `R${i % 3}`]);
    households.push(['HD', 'R0']);
    const csv = new CsvText(LOAN_HEADER);
    const first = new Map<string, number>();
    const repeats: { id: string; line: number }[] = [];
    const at: Record<number, LoanRow> = {
      // L-A: first copy in the first range, repeated past the middle (another range for every N from 2 to 8).
      // The repeat is a second 40,000 on household HD: counted, it would put HD over the 50,000 cap.
      5: { id: 'L-A', household: 'HD', outstanding: '20000' },
      130: { id: 'L-A', household: 'HD', outstanding: '40000' },
      // L-B: repeated on the very next row, within one range.
      60: { id: 'L-B', household: 'H1' },
      61: { id: 'L-B', household: 'H2' },
      // L-C: three copies, one in each third of the file (three ranges under --workers 3).
      20: { id: 'L-C', household: 'H3' },
      120: { id: 'L-C', household: 'H4' },
      220: { id: 'L-C', household: 'H5' },
      // L-D: a first copy that is itself a bad row (no real date), then a good one in another range. Which
      // copy counts as the first is the single-thread reader's business; the split must not change it.
      30: { id: 'L-D', household: 'H6', contractDate: '2020-02-30' },
      150: { id: 'L-D', household: 'H7' },
    };
    for (let i = 0; i < 240; i++) {
      const row = at[i] ?? { id: `L${String(i).padStart(4, '0')}`, household: `H${i % 30}`, outstanding: '1000' };
      const line = csv.add(loanRow(row));
      if (['L-A', 'L-B', 'L-C'].includes(row.id)) {
        if (first.has(row.id)) repeats.push({ id: row.id, line });
        else first.set(row.id, line);
      }
    }
    const args = ['--households', file('h.csv', householdsText(households)), '--loans', file('l.csv', csv.text), ...AS_OF, '--lang', 'en'];
    const json = report(await sameReport(args, [2, 3]));

    const named = json.invalidRows.filter((r) => /'L-[ABC]'/.test(r.message));
    expect(named.map((r) => `${r.line}:${r.field}:${r.code}:${r.message}`)).toEqual(
      repeats.map((r) => `${r.line}:id:range:repeats the id '${r.id}' of line ${first.get(r.id)!}`),
    );
    expect(repeats).toHaveLength(4);
    // Every row is read or rejected, once; HD holds only its first L-A.
    const rejectedLoanLines = new Set(json.invalidRows.filter((r) => r.file.endsWith('l.csv')).map((r) => r.line));
    expect(Number(json.summary.loans) + rejectedLoanLines.size).toBe(240);
    expect(rejectedLoanLines.size).toBeGreaterThanOrEqual(5);
    expect(json.findings.filter((f) => f.ruleId === 'household.total_within_cap' && f.outcome === 'fail')).toEqual([]);
    expect(json.summary.overCapHouseholds).toBe(0);
  });
});

describe('--workers N: where a split falls inside a quoted cell', () => {
  it('quoted purposes holding line breaks, commas, quotes, blank lines and lines that look like rows; CRLF; blank lines; a BOM', async () => {
    const households: [string, string][] = Array.from({ length: 30 }, (_, i) => [`H${i}`, `R${i % 3}`]);
    const csv = new CsvText(LOAN_HEADER, '\r\n', true);
    const bridePrice: string[] = [];
    const lineOf = new Map<string, number>();
    for (let i = 0; i < 300; i++) {
      const id = `Q${String(i).padStart(4, '0')}`;
      // Most of the file's bytes are inside quotes: each cell holds a fake row (a loan that is not one, on a
      // household that does not exist or does), a doubled quote, an empty line and a lone LF.
      const purpose =
        i % 10 === 7
          ? '娶媳妇彩礼'
          : [
              `养殖肉牛${i % 9}头,购买饲料`,
              `FAKE-${i},H-FAKE,new,50000,50000,2020-07-01,2022-07-01,active,"种植,玉米"`,
              '',
              `说明："自用",不外借\nFAKE-${i}b,H1,new,10000,10000,2020-07-01,2022-07-01,active,养牛,,normal,`,
              `"`,
            ].join('\r\n');
      if (i % 10 === 7) bridePrice.push(id);
      lineOf.set(id, csv.add(loanRow({ id, household: `H${i % 30}`, purpose })));
      if (i % 17 === 16) csv.blank();
    }
    // A repeat at the very end of an id from the first rows: its line is counted through every multi-line cell and blank line.
    const repeatLine = csv.add(loanRow({ id: 'Q0003', household: 'H9' }));
    const loans = file('l.csv', csv.text);
    const bytes = readFileSync(loans);

    // The file is what this test says it is, and most splits near k/N fall inside a quoted cell.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text).toMatch(/\r\n\r\n/);
    const points = [2, 3, 4, 8].flatMap((parts) => splitPoints(bytes.length, parts));
    expect(points.filter((p) => insideQuotes(bytes, p)).length).toBeGreaterThanOrEqual(points.length / 2);

    const args = ['--households', file('h.csv', householdsText(households)), '--loans', loans, ...AS_OF, '--lang', 'en'];
    const json = report(await sameReport(args, [2, 3, 4, 8]));
    expect(json.summary).toMatchObject({ loans: 300, invalidRows: 1 });
    expect(json.invalidRows.map((r) => `${r.line}:${r.field}:${r.message}`)).toEqual([
      `${repeatLine}:id:repeats the id 'Q0003' of line ${lineOf.get('Q0003')!}`,
    ]);
    expect(json.findings.some((f) => f.subject.includes('FAKE'))).toBe(false);
    const violations = new Set(json.findings.filter((f) => f.ruleId === 'usage.permitted' && f.outcome === 'fail').map((f) => f.subject));
    for (const id of bridePrice) expect(violations, id).toContain(id);
  });
});

describe('--workers N: broken rows in the middle of the file', () => {
  const households: [string, string][] = Array.from({ length: 20 }, (_, i) => [`H${i}`, `R${i % 2}`]);
  const hFile = () => file('h.csv', householdsText(households));

  /** 200 plain rows; row `open` has a quote never closed, row `close` (if any) a properly quoted purpose, row `wide` one cell too many. */
  function broken(open: number, close: number | null, wide: number) {
    const csv = new CsvText(LOAN_HEADER);
    const lines: Record<string, number> = {};
    for (let i = 0; i < 200; i++) {
      const id = `B${String(i).padStart(4, '0')}`;
      let row = loanRow({ id, household: `H${i % 20}` });
      if (i === open) row = loanRow({ id, household: `H${i % 20}`, purpose: '@' }).replace(',@,', ',"养牛 买饲料,');
      if (i === close) row = loanRow({ id, household: `H${i % 20}`, purpose: '买饲料,种子' });
      if (i === wide) row = loanRow({ id, household: `H${i % 20}`, purpose: '@' }).replace(',@,', ',养牛,买饲料,');
      lines[id] = csv.add(row);
    }
    return { text: csv.text, lines };
  }

  it('a quote opened before a split and closed (badly) after it, and a row with more cells than the header, in other ranges', async () => {
    // Row 80's quote runs on until row 140's opening quote closes it: it spans the splits near 1/2 (and 1/3… of --workers 8).
    const { text, lines } = broken(80, 140, 175);
    expect(text.split('"').length - 1).toBe(3);
    const json = report(await sameReport(['--households', hFile(), '--loans', file('l.csv', text), ...AS_OF, '--lang', 'en'], [2, 3]));
    // The row with the open quote is rejected; the rows it took in are read again, so no good loan is lost.
    expect(json.summary).toMatchObject({ loans: 198, invalidRows: 2 });
    expect(json.invalidRows.map((r) => [r.line, r.field])).toEqual([
      [lines.B0080, '(row)'],
      [lines.B0175, '(row)'],
    ]);
    expect(json.invalidRows[0]!.message).toMatch(new RegExp(`quote opened on line ${lines.B0080!} is never closed`));
    expect(json.invalidRows[1]).toMatchObject({ code: 'type' });
    expect(json.invalidRows[1]!.message).toMatch(/more than the header/);
  });

  it('a quote opened in the middle and never closed at all', async () => {
    const { text, lines } = broken(110, null, 30);
    const json = report(await sameReport(['--households', hFile(), '--loans', file('l.csv', text), ...AS_OF, '--lang', 'en'], [2, 3]));
    expect(json.summary).toMatchObject({ loans: 198, invalidRows: 2 });
    expect(json.invalidRows.map((r) => [r.line, r.field])).toEqual([
      [lines.B0030, '(row)'],
      [lines.B0110, '(row)'],
    ]);
    expect(json.invalidRows[1]!.message).toMatch(new RegExp(`quote opened on line ${lines.B0110!} is never closed`));
  });
});

describe('--workers N: a GBK loans file', () => {
  it('Chinese ids, households and quoted purposes in GBK, found without a flag and named with --loans-encoding gbk', async () => {
    const households: [string, string][] = Array.from({ length: 24 }, (_, i) => [`户${String(i).padStart(3, '0')}`, `乡镇${i % 4}`]);
    const csv = new CsvText(LOAN_HEADER, '\r\n');
    const bridePrice: string[] = [];
    const purposes = ['养殖肉牛，购买饲料', '种植玉米、大豆,\r\n购买化肥农药', '开办农家乐\r\n（“自用”）', '娶媳妇彩礼', '扩建鸡舍，\n引进鸡苗'];
    for (let i = 0; i < 240; i++) {
      const id = `贷${String(i).padStart(4, '0')}`;
      const purpose = purposes[i % purposes.length]!;
      if (purpose === '娶媳妇彩礼') bridePrice.push(id);
      csv.add(loanRow({ id, household: households[i % households.length]![0], purpose }));
    }
    const loans = file('loans-gbk.csv', gbk(csv.text));
    // The bytes are GBK, not UTF-8 (a Chinese character is two bytes).
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(loans))).toThrow();
    expect(new TextDecoder('gbk').decode(readFileSync(loans))).toBe(csv.text);

    const base = ['--households', file('h.csv', householdsText(households)), '--loans', loans, ...AS_OF];
    for (const [args, others] of [
      [base, [2, 3, 8]],
      [[...base, '--loans-encoding', 'gbk'], [3]],
    ] as const) {
      const json = report(await sameReport(args, others));
      expect(json.summary).toMatchObject({ loans: 240, invalidRows: 0, households: 24 });
      const violations = json.findings.filter((f) => f.ruleId === 'usage.permitted' && f.outcome === 'fail').map((f) => f.subject);
      expect(new Set(violations)).toEqual(new Set(bridePrice));
      expect(json.regions.map((r) => r.region).sort()).toEqual(['乡镇0', '乡镇1', '乡镇2', '乡镇3']);
    }
  });
});

describe('--workers N: a household’s loans in several ranges add up', () => {
  it('CBIRC-2020-28/4.3 a household over the 50,000 cap only across ranges is reported once; region totals and the summary add up', async () => {
    const households: [string, string][] = [
      ['H-X', 'R1'],
      ['H-Y', 'R1'],
      ['H-Z', 'R2'],
      ['H-W', 'R3'],
      ...Array.from({ length: 60 }, (_, i): [string, string] => [`F${i}`, `R${(i % 3) + 1}`]),
    ];
    const regionOf = new Map(households);
    const special: Record<number, LoanRow> = {
      // 3 × 20,000 in three ranges: 60,000, over the cap.
      10: { id: 'X1', household: 'H-X', outstanding: '20000' },
      150: { id: 'X2', household: 'H-X', outstanding: '20000' },
      290: { id: 'X3', household: 'H-X', outstanding: '20000' },
      // 3 × 16,666.67: 50,000.01, over the cap by one fen.
      40: { id: 'Z1', household: 'H-Z', outstanding: '16666.67' },
      160: { id: 'Z2', household: 'H-Z', outstanding: '16666.67' },
      280: { id: 'Z3', household: 'H-Z', outstanding: '16666.67' },
      // 2 × 25,000: exactly 50,000, not over it.
      50: { id: 'W1', household: 'H-W', outstanding: '25000' },
      250: { id: 'W2', household: 'H-W', outstanding: '25000' },
      // 2 × 20,000 and a closed 20,000 loan that owes nothing: 40,000 active.
      70: { id: 'Y1', household: 'H-Y', outstanding: '20000' },
      200: { id: 'Y2', household: 'H-Y', outstanding: '0.00', principal: '20000', status: 'closed', contractDate: '2019-07-01', maturityDate: '2020-07-01' },
      230: { id: 'Y3', household: 'H-Y', outstanding: '20000' },
    };
    const csv = new CsvText(LOAN_HEADER);
    const expected = new Map<string, { activeLoans: number; fen: number }>();
    for (let i = 0; i < 300; i++) {
      const row = special[i] ?? {
        id: `F-L${String(i).padStart(4, '0')}`,
        household: `F${i % 60}`,
        outstanding: `${1000 + (i % 7)}.${String(i % 100).padStart(2, '0')}`,
      };
      csv.add(loanRow(row));
      if (row.status === 'closed') continue;
      const region = regionOf.get(row.household)!;
      const total = expected.get(region) ?? { activeLoans: 0, fen: 0 };
      const [yuan, fen = '0'] = (row.outstanding ?? '10000').split('.');
      expected.set(region, { activeLoans: total.activeLoans + 1, fen: total.fen + Number(yuan) * 100 + Number(fen.padEnd(2, '0')) });
    }
    const args = ['--households', file('h.csv', householdsText(households)), '--loans', file('l.csv', csv.text), ...AS_OF, '--lang', 'en'];
    const json = report(await sameReport(args, [2, 3]));

    expect(json.summary).toMatchObject({ households: 64, loans: 300, invalidRows: 0, activeLoans: 299, eligibleHouseholds: 64, overCapHouseholds: 2 });
    const overCap = json.findings.filter((f) => f.ruleId === 'household.total_within_cap' && f.outcome === 'fail');
    expect(overCap.map((f) => [f.subject, f.facts?.currentTotal]).sort()).toEqual([
      ['H-X', '60000.00'],
      ['H-Z', '50000.01'],
    ]);
    expect(json.regions.map((r) => [r.region, r.activeLoans, r.outstanding]).sort()).toEqual(
      ['R1', 'R2', 'R3'].map((region) => [region, expected.get(region)!.activeLoans, money(expected.get(region)!.fen)]),
    );
  });
});

describe('--workers N: every report format, both languages, with and without --all, with a --policy', () => {
  // Households in a region with its own policy (fund 0.7, insurer 0.1), one whose region has no fund, one under the default (fund 0.8).
  const policy = JSON.parse(readFileSync(county('policy.json'), 'utf8')) as {
    default: { fundShare: string };
    byRegion: Record<string, { fundEstablished: boolean; fundShare: string }>;
  };
  const regions = ['230623100', '231223201', '230231100'];
  const households: [string, string][] = Array.from({ length: 12 }, (_, i) => [`P${String(i).padStart(2, '0')}`, regions[i % 3]!]);
  const csv = new CsvText(LOAN_HEADER);
  const triggered: string[] = [];
  const bridePrice: string[] = [];
  let fundFen = 0;
  let badLine = 0;
  for (let i = 0; i < 60; i++) {
    const id = `FMT-${String(i).padStart(3, '0')}`;
    const [household, region] = households[i % 12]!;
    if (i === 33) {
      badLine = csv.add(loanRow({ id, household, maturityDate: '2022-02-30' }));
    } else if (i % 10 === 0) {
      // 120 days overdue, collection attempted: compensation triggers where the region has a fund.
      csv.add(
        loanRow({
          id,
          household,
          contractDate: '2018-09-01',
          maturityDate: '2019-09-01',
          overdueDays: 120,
          classification: 'substandard',
          collectionAttempted: true,
        }),
      );
      const p = policy.byRegion[region] ?? { fundEstablished: true, fundShare: policy.default.fundShare };
      if (p.fundEstablished) {
        triggered.push(id);
        fundFen += Math.round(10000 * 100 * Number(p.fundShare));
      }
    } else if (i % 7 === 3) {
      csv.add(loanRow({ id, household, purpose: '娶媳妇彩礼' }));
      bridePrice.push(id);
    } else {
      csv.add(loanRow({ id, household, purpose: i % 2 ? '养殖肉牛,\n购买饲料' : '种植"大豆"\r\n和玉米' }));
    }
  }
  const args = ['--households', file('h.csv', householdsText(households)), '--loans', file('l.csv', csv.text), ...AS_OF, '--policy', county('policy.json')];

  it('the file is what the cases below need', () => {
    expect(triggered.length).toBeGreaterThanOrEqual(3);
    expect(triggered.length).toBeLessThan(6); // the region without a fund triggers nothing
    expect(bridePrice.length).toBeGreaterThanOrEqual(5);
  });

  for (const lang of ['zh', 'en'] as const) {
    for (const all of [false, true]) {
      it(`--lang ${lang}${all ? ' --all' : ''}: json, ndjson, csv, md, html and xlsx as --workers 1 writes them`, async () => {
        for (const format of FORMATS) {
          const text = await sameReport([...args, '--lang', lang, ...(all ? ['--all'] : [])], [2], format);
          // Every format lists the triggered loans' shares and the bride-price loans' failures.
          for (const id of [...triggered, ...bridePrice]) expect(text, `${format} names ${id}`).toContain(id);
          if (format === 'json') {
            const json = report(text);
            expect(json.summary).toMatchObject({
              loans: 59,
              invalidRows: 1,
              compensationTriggeredLoans: triggered.length,
              compensationFundTotal: money(fundFen),
            });
            expect(json.invalidRows).toMatchObject([{ line: badLine, field: 'maturityDate' }]);
            expect(json.findings.some((f) => f.outcome === 'pass' && f.ruleId !== 'compensation.shares')).toBe(all);
            expect(json.findings[0]!.message).toMatch(lang === 'zh' ? /[\u4e00-\u9fff]/ : /[a-z]{3}/);
          }
        }
      });
    }
  }

  it('without --policy', async () => {
    const json = report(await sameReport(args.slice(0, -2), [3]));
    expect(json.summary).toMatchObject({ loans: 59, compensationTriggeredLoans: 0, compensationFundTotal: '0.00' });
    expect(new Set(json.findings.filter((f) => f.ruleId === 'usage.permitted' && f.outcome === 'fail').map((f) => f.subject))).toEqual(new Set(bridePrice));
  });

  it('the sample county, with --all and its policy', async () => {
    const sample = ['--households', county('households.csv'), '--loans', county('loans.csv'), ...AS_OF, '--policy', county('policy.json'), '--all'];
    const json = report(await sameReport(sample, [3]));
    const lines = readFileSync(county('loans.csv'), 'utf8').split(/\r?\n/);
    const rejected = json.invalidRows.filter((r) => r.file.endsWith('loans.csv'));
    // The sample's deliberate bad loans (test/cli/input.test.ts), the repeated one among them.
    expect(new Set(rejected.map((r) => lines[r.line - 1]!.split(',')[0]))).toEqual(
      new Set(['LN-BAD-DATE', 'LN-BAD-MONEY', 'LN-BAD-FEN', 'LN-BAD-KIND', 'LN-NO-HOUSEHOLD', 'LN-BAD-DAYS', 'LN-BAD-CLOSED', 'LN-BAD-REPEAT']),
    );
    expect(Number(json.summary.loans) + new Set(rejected.map((r) => r.line)).size).toBe(lines.filter((l) => l !== '').length - 1);
    expect(Number(json.summary.compensationTriggeredLoans)).toBeGreaterThan(0);
    expect(Number(json.summary.overCapHouseholds)).toBeGreaterThan(0);
  });
});

describe('--workers N: how many workers', () => {
  const households: [string, string][] = Array.from({ length: 5 }, (_, i) => [`H${i}`, 'R1']);
  const hFile = file('h.csv', householdsText(households));
  /** `rows` loans; the third is a bride price (a finding); `end` the text after the last row. */
  const loans = (rows: number, end = '\n') => {
    const csv = new CsvText(LOAN_HEADER);
    for (let i = 0; i < rows; i++) csv.add(loanRow({ id: `N${i}`, household: `H${i % 5}`, purpose: i === 2 ? '娶媳妇彩礼' : '养殖肉牛' }));
    return file('l.csv', csv.text.replace(/\n$/, end));
  };
  const violations = (json: Report) => json.findings.filter((f) => f.ruleId === 'usage.permitted' && f.outcome === 'fail').map((f) => f.subject);

  it('more workers than data rows (5 rows; 8 and 64 workers)', async () => {
    const json = report(await sameReport(['--households', hFile, '--loans', loans(5), ...AS_OF], [8, 64]));
    expect(json.summary).toMatchObject({ loans: 5, invalidRows: 0 });
    expect(violations(json)).toEqual(['N2']);
  });

  // Found by the unit tests (test/app/loan-ranges.test.ts): empty lines before the header once let a cut fall before it.
  // (A later part starting with U+FEFF, the other bug they found, needs a cut placed by hand: test/app/csv.test.ts.)
  it('empty lines before the header filling the first part; an id beginning with U+FEFF', async () => {
    const csv = new CsvText(LOAN_HEADER);
    for (let i = 0; i < 6; i++) csv.add(loanRow({ id: i === 4 ? '\uFEFFN4' : `N${i}`, household: `H${i % 5}` }));
    const text = `${'\n'.repeat(600)}${csv.text}`;
    const json = report(await sameReport(['--households', hFile, '--loans', file('l.csv', text), ...AS_OF], [2, 3]));
    expect(json.summary).toMatchObject({ loans: 6, invalidRows: 0 });
  });

  it('as many workers as data rows (8 rows, 8 workers: one row a range)', async () => {
    const json = report(await sameReport(['--households', hFile, '--loans', loans(8), ...AS_OF], [8, 7]));
    expect(json.summary).toMatchObject({ loans: 8 });
    expect(violations(json)).toEqual(['N2']);
  });

  it('--workers 1, 3 and 8 and no flag at all (the default) give one report, also for a file without a final line break', async () => {
    const json = report(await sameReport(['--households', hFile, '--loans', loans(50, ''), ...AS_OF, '--all'], [1, 3, 8, null]));
    expect(json.summary).toMatchObject({ loans: 50, invalidRows: 0 });
    expect(json.findings.some((f) => f.subject === 'N49')).toBe(true);
    expect(violations(json)).toEqual(['N2']);
  });

  it('a loans file with a header and no rows', async () => {
    const json = report(await sameReport(['--households', hFile, '--loans', file('l.csv', `${LOAN_HEADER}\n`), ...AS_OF], [4]));
    expect(json.summary).toMatchObject({ households: 5, loans: 0, invalidRows: 0 });
  });

  it('loans in a workbook (nothing to split by bytes) are read as with one worker', async () => {
    const book = new ExcelJS.Workbook();
    addCsvSheet(book, 'loans', loans(30), LOAN_COLUMNS);
    const path = join(dir, `${n++}-loans.xlsx`);
    await book.xlsx.writeFile(path);
    const json = report(await sameReport(['--households', hFile, '--loans', path, ...AS_OF], [4]));
    expect(json.summary).toMatchObject({ loans: 30 });
    expect(violations(json)).toEqual(['N2']);
  });

  // The households of a workbook go into the store the threads share as a CSV's do; the loans CSV is still cut.
  it('households in a workbook, loans in a CSV cut into parts', async () => {
    const book = new ExcelJS.Workbook();
    addCsvSheet(book, 'households', hFile, HOUSEHOLD_COLUMNS);
    const path = join(dir, `${n++}-households.xlsx`);
    await book.xlsx.writeFile(path);
    const json = report(await sameReport(['--households', path, '--loans', loans(30), ...AS_OF], [2, 3]));
    expect(json.summary).toMatchObject({ households: 5, loans: 30, invalidRows: 0 });
    expect(violations(json)).toEqual(['N2']);
  });
});

describe('--workers N: rows rejected for what another file or another row says, in different ranges', () => {
  it('a loan of a household not in the households file, loans of a rejected household, a closed loan that still owes', async () => {
    const households: [string, string][] = Array.from({ length: 9 }, (_, i) => [`H${i}`, 'R1']);
    // H-BAD is not a household at all: its poverty-office flag is no boolean, so its row is rejected.
    const hText = householdsText(households, 'H-BAD,registered_poor,maybe,R1\n');
    const csv = new CsvText(LOAN_HEADER);
    const expected: [number, string, string][] = [];
    for (let i = 0; i < 90; i++) {
      const id = `M${String(i).padStart(3, '0')}`;
      if (i === 10) expected.push([csv.add(loanRow({ id, household: 'H-NONE' })), 'householdId', 'range']);
      else if (i === 45 || i === 50) expected.push([csv.add(loanRow({ id, household: 'H-BAD' })), 'householdId', 'range']);
      else if (i === 80)
        expected.push([
          csv.add(
            loanRow({
              id,
              household: 'H1',
              status: 'closed',
              outstanding: '2500.50',
              principal: '10000',
              contractDate: '2019-07-01',
              maturityDate: '2020-07-01',
            }),
          ),
          'outstanding',
          'range',
        ]);
      else if (i === 20)
        // A closed loan that owes nothing is a good row.
        csv.add(
          loanRow({ id, household: 'H2', status: 'closed', outstanding: '0.00', principal: '10000', contractDate: '2019-07-01', maturityDate: '2020-07-01' }),
        );
      else csv.add(loanRow({ id, household: `H${i % 9}` }));
    }
    const args = ['--households', file('h.csv', hText), '--loans', file('l.csv', csv.text), ...AS_OF, '--lang', 'en'];
    const json = report(await sameReport(args, [2, 3]));
    expect(json.summary).toMatchObject({ households: 9, loans: 86, activeLoans: 85, invalidRows: 5 });
    expect(json.invalidRows.filter((r) => r.file.endsWith('l.csv')).map((r) => [r.line, r.field, r.code])).toEqual(expected);
    expect(json.invalidRows.filter((r) => r.file.endsWith('h.csv')).map((r) => [r.line, r.field])).toEqual([[11, 'onPovertyOfficeList']]);
  });
});

describe('--workers N: a bigger portfolio', () => {
  it('2,000 households and 20,000 loans: --workers 2 and 4 write the JSON --workers 1 writes', async () => {
    const folder = join(dir, `portfolio-${n++}`);
    mkdirSync(folder);
    const files = await writePortfolio(folder, { households: 2000, loans: 20000 });
    const json = report(await sameReport(['--households', files.households, '--loans', files.loans, ...AS_OF], [2, 4]));
    expect(json.summary).toMatchObject({ households: 2000, loans: 20000, invalidRows: 0 });
    expect(Number(json.summary.overCapHouseholds)).toBeGreaterThan(100);
    expect(Number(json.summary.usageViolations)).toBeGreaterThan(100);
    expect(json.findings.length).toBeGreaterThan(1000);
  });
});

describe('--workers with an unusable value exits 2 with one line naming it', () => {
  const hFile = file('h.csv', householdsText([['H1', 'R1']]));
  const lFile = file('l.csv', `${LOAN_HEADER}\n${loanRow({ id: 'L1', household: 'H1' })}\n`);
  for (const value of ['0', 'abc', '1.5', '65', '-2', '']) {
    for (const lang of ['zh', 'en']) {
      it(`--workers=${value} (--lang ${lang})`, async () => {
        const folder = join(dir, `bad-${n++}`);
        mkdirSync(folder);
        const out = join(folder, 'report.json');
        const r = await auditInProcess(['--households', hFile, '--loans', lFile, ...AS_OF, '--lang', lang, `--workers=${value}`], out);
        expect(r.code).toBe(2);
        expect(r.stderr.endsWith('\n'), r.stderr).toBe(true);
        expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
        expect(r.stderr).toContain('--workers');
        // The flag is known: the line is about its value, not an unknown option.
        expect(r.stderr).not.toMatch(/unknown option|未知选项/);
        expect(r.stderr).not.toMatch(/\n\s+at |node:internal/);
        expect(readdirSync(folder)).toEqual([]);
      });
    }
  }

  it('while --workers=1, --workers 2 and --workers=64 are accepted and write the report', async () => {
    for (const flag of [['--workers=1'], ['--workers', '2'], ['--workers=64']]) {
      const out = join(dir, `ok-${n++}.json`);
      const r = await auditInProcess(['--households', hFile, '--loans', lFile, ...AS_OF, '--lang', 'en', ...flag], out);
      expect(r.code, `${flag.join(' ')}: ${r.stderr}`).toBe(0);
      expect(report(r.text).summary).toMatchObject({ households: 1, loans: 1 });
    }
  });

  it('the same values as a separate argument (--workers 0, abc, 1.5)', async () => {
    for (const value of ['0', 'abc', '1.5']) {
      const folder = join(dir, `bad-${n++}`);
      mkdirSync(folder);
      const r = await auditInProcess(['--households', hFile, '--loans', lFile, ...AS_OF, '--lang', 'en', '--workers', value], join(folder, 'report.json'));
      expect(r.code, value).toBe(2);
      expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
      expect(r.stderr).toContain('--workers');
      expect(r.stderr).not.toMatch(/unknown option|未知选项/);
      expect(readdirSync(folder)).toEqual([]);
    }
  });
});
