// One audit run as the CLI and the offline page both make it (src/app/run.ts). The page differs from the CLI
// only in what it hands the run: bytes in memory, Web Crypto for hashes, workbooks loaded whole
// (`loadedSheetRows`), and one run giving every report (the JSON as written, HTML and xlsx from the items it
// kept). Each of those differences is checked here against the CLI's own path, in Node.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOUSEHOLD_COLUMNS, LOAN_COLUMNS } from '../../src/audit/rows.js';
import { htmlReport } from '../../src/app/formats/html.js';
import { xlsxReport } from '../../src/app/formats/xlsx.js';
import { MemoryOutput } from '../../src/app/memory-output.js';
import { MemorySpool } from '../../src/app/memory-spool.js';
import { CliError } from '../../src/app/messages.js';
import { type AuditPlatform, type AuditRequest, maturityWindowOf, prepareAudit, type ReportFormat } from '../../src/app/run.js';
import { type ByteSource, memorySource, type WholeFile } from '../../src/app/source.js';
import { loadedSheetRows } from '../../src/app/xlsx-rows.js';
import { fileSource, NODE } from '../../src/cli/node-platform.js';
import { addCsvSheet } from '../helpers/xlsx-county.js';

const county = (f: string) => new URL(`../../examples/data/county/${f}`, import.meta.url).pathname;

/** A file held in memory and handed over in small slices (smaller than the page's, to cross more boundaries). */
const inMemory = (path: string, name = path.split('/').pop()!): ByteSource => memorySource(name, new Uint8Array(readFileSync(path)), 4096);

const whole = (path: string, name = path.split('/').pop()!): WholeFile => {
  const bytes = new Uint8Array(readFileSync(path));
  return { path: name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
};

/** The page's platform, as far as Node can have it: workbooks loaded whole (its hashing is Web Crypto's SHA-256, the same digest). */
const LOADED: AuditPlatform = { newHash: () => NODE.newHash(), sheetRows: loadedSheetRows };

const request = (over: Partial<AuditRequest> = {}): AuditRequest => ({
  households: fileSource(county('households.csv')),
  loans: fileSource(county('loans.csv')),
  asOf: '2021-06-30',
  format: 'json',
  lang: 'zh',
  jurisdiction: 'HLJ',
  all: false,
  maturityWindowDays: 90,
  encodings: {},
  sheets: {},
  policy: whole(county('policy.json'), county('policy.json')),
  packageVersion: 'test',
  ...over,
});

/** What these tests read of a JSON report. */
interface JsonReport {
  readonly summary: Record<string, unknown>;
  readonly meta: { readonly files: Record<string, { readonly sheet?: string }> };
  readonly findings: readonly unknown[];
  readonly invalidRows: readonly unknown[];
}
const parsed = (text: string) => JSON.parse(text) as JsonReport;

async function report(r: AuditRequest, platform: AuditPlatform = NODE, format: ReportFormat = r.format): Promise<string> {
  const out = new MemoryOutput();
  const prepared = await prepareAudit({ ...r, format }, platform);
  await prepared.run({ out, spool: new MemorySpool() });
  return out.text();
}

describe('prepareAudit and run: the page’s way gives the CLI’s report', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'fupin-run-test-'));
  });

  it('files in memory, in slices, give the same JSON report as the same files streamed from disk', async () => {
    const fromDisk = parsed(await report(request()));
    const fromMemory = parsed(
      await report(
        request({
          households: inMemory(county('households.csv'), county('households.csv')),
          loans: inMemory(county('loans.csv'), county('loans.csv')),
        }),
      ),
    );
    expect(fromMemory).toEqual(fromDisk);
    expect(fromDisk.summary.invalidRows).toBeGreaterThan(0); // bad rows are part of what is compared
  });

  it('a workbook loaded whole (the page) reads as the one streamed from disk (the CLI): same summary, findings and rejected rows', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('说明').addRow(['贷款台账']);
    addCsvSheet(book, 'households', county('households.csv'), HOUSEHOLD_COLUMNS);
    addCsvSheet(book, 'loans', county('loans.csv'), LOAN_COLUMNS);
    const path = join(dir, 'county.xlsx');
    await book.xlsx.writeFile(path);
    const r = request({ households: fileSource(path), loans: fileSource(path), sheets: { households: 'households', loans: 'loans' } });
    const streamed = parsed(await report(r, NODE));
    const loaded = parsed(await report({ ...r, households: inMemory(path, path), loans: inMemory(path, path) }, LOADED));
    const csv = parsed(await report(request()));
    expect(loaded.summary).toEqual(csv.summary);
    expect(loaded).toEqual(streamed);
    expect(loaded.meta.files.loans?.sheet).toBe('loans');
  });

  it('a loaded workbook without the sheet asked for is the same one-line error as the streamed one', async () => {
    const book = new ExcelJS.Workbook();
    addCsvSheet(book, 'loans', county('loans.csv'), LOAN_COLUMNS);
    const path = join(dir, 'loans-only.xlsx');
    await book.xlsx.writeFile(path);
    const r = request({ loans: fileSource(path), sheets: { loans: 'nope' } });
    const fail = async (platform: AuditPlatform) => {
      const prepared = await prepareAudit(r, platform);
      const e = await prepared.run({ out: new MemoryOutput(), spool: new MemorySpool() }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(CliError);
      return (e as CliError).render('en');
    };
    const streamed = await fail(NODE);
    expect(streamed).toMatch(/no sheet named 'nope' \(sheets: loans\)/);
    expect(await fail(LOADED)).toBe(streamed);
  });

  it('one run gives every report: HTML and xlsx from the items the JSON run kept equal those of their own runs', async () => {
    // Every finding listed (--all), so every sheet kind is compared; English and 28号 alone, unlike the other cases.
    for (const r of [request({ all: true, lang: 'en', jurisdiction: 'national' })]) {
      const kept = new MemorySpool();
      const json = new MemoryOutput();
      const prepared = await prepareAudit(r, NODE);
      const end = await prepared.run({
        out: json,
        spool: new MemorySpool(),
        tap: (item) => {
          kept.add(item);
        },
      });
      expect(json.text()).toBe(await report(r));
      const html = new MemoryOutput();
      await htmlReport(html).end(end, kept);
      expect(html.text()).toBe(await report(r, NODE, 'html'));
      // The workbook's sheets (its zip container aside): the same cells as the xlsx run's.
      const sheetsOf = async (bytes: Uint8Array) => {
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(bytes.buffer as ArrayBuffer);
        return book.worksheets.map((s) => ({ name: s.name, rows: s.getSheetValues() }));
      };
      const xlsx = new MemoryOutput();
      await xlsxReport(xlsx).end(end, kept);
      const own = new MemoryOutput();
      await (await prepareAudit({ ...r, format: 'xlsx' }, NODE)).run({ out: own, spool: new MemorySpool() });
      expect(await sheetsOf(xlsx.bytes())).toEqual(await sheetsOf(own.bytes()));
      expect(kept.findingCount).toBe(parsed(json.text()).findings.length);
      expect(kept.invalidCount).toBe(parsed(json.text()).invalidRows.length);
    }
    // Three whole audits of the sample portfolio (JSON, HTML, xlsx): on a loaded 2-core runner this once took 69 s, so it
    // gets three times the default; no speed is asserted here (bench:audit measures that).
  }, 180_000);

  it('--maturity-window-days, from a flag or the page’s field: whole days, 90 when not given, else the CLI’s one-line error', () => {
    expect(maturityWindowOf(undefined)).toBe(90);
    expect(maturityWindowOf('0')).toBe(0);
    expect(maturityWindowOf('365')).toBe(365);
    for (const bad of ['-1', '1.5', 'ninety', '', '123456']) expect(() => maturityWindowOf(bad)).toThrow(CliError);
  });
});
