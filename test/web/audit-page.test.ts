// The offline audit page (issue 17) in a real browser: dist/web/audit.html opened from file:// in headless Chromium
// (Debian's, through playwright-core), driven only by its data-role hooks — inputs `households`, `loans`, `policy`,
// `thresholds`, `interpretations`, `as-of`, `jurisdiction`, `lang`, the encodings, `run`, `cancel`; outputs `status`
// (idle, running, done, cancelled or `error: <the CLI's line>`), `progress`, `summary-json`, `meta-json`, the
// `report` frame and the `download-*` links — and held against the CLI run in-process on the same files and
// options: the same summary, meta, rejected rows, fault line and reports, file paths being file names.
//
// `npm run build` writes the page; these tests never build it, and fail (not skip) when it is missing.
// AUDIT_PAGE=path points them at another page (the default is dist/web/audit.html).
// Like every Chromium test they skip only on a developer's machine without Chromium, and fail in CI (CI is set).
// No network: each test's context is offline and watched (test/helpers/browser.ts), and after each test the
// watch must have seen no attempt to reach one — no request but file:, blob: and data:, no WebSocket, no
// connection blocked by the page's Content-Security-Policy.
//
// Speed is not asserted here: the 100,000-loan run has a generous deadline (its time is printed); issue 17's
// 15-second target belongs to a benchmark of the built page, not to a suite run on a shared machine.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HOUSEHOLD_COLUMNS, LOAN_COLUMNS } from '../../src/audit/rows.js';
import { inkShare, launchChromium, openWatchedPage, type WatchedPage } from '../helpers/browser.js';
import { skipWithoutChromium } from '../helpers/chromium.js';
import { checkGlyphs, type GlyphCheck } from '../helpers/cjk-glyphs.js';
import { auditInProcess, type CliRun } from '../helpers/cli.js';
import { type PortfolioFiles, writePortfolio } from '../helpers/portfolio.js';
import { addCsvSheet } from '../helpers/xlsx-county.js';

const root = new URL('../../', import.meta.url).pathname;
const PAGE = resolve(root, process.env.AUDIT_PAGE ?? 'dist/web/audit.html');
const MISSING = `${PAGE} is missing: run \`npm run build\` first (it writes dist/web/audit.html)`;
const SCREENSHOT = join(root, 'reports/web/audit-page.png');
/** The share of dark pixels above which a picture shows text: a blank frame has none, a page of the report about 2%. */
const INK = 0.005;

const county = (f: string) => join(root, 'examples/data/county', f);
const fixture = (f: string) => join(root, 'test/fixtures/cli', f);
const dir = mkdtempSync(join(tmpdir(), 'fupin-web-test-'));
/** Writes a file for one test into the test folder; returns its path. */
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const AS_OF = '2020-12-31';
const SECOND = 1000;
/** How long one ordinary run (the sample county) may take before the test gives up on it. */
const RUN_MS = 60 * SECOND;
/** A test's own deadline: a few runs of the page and of the CLI on a busy machine. */
const TEST_MS = 180 * SECOND;
/** The 100,000-loan tests' deadline: generating the portfolio, the page's run and the CLI's. */
const BIG_TEST_MS = 300 * SECOND;
/** The generated portfolio of issue 17's "done when": 100,000 loans (and 40,000 households). */
const BIG = { households: 40_000, loans: 100_000 };

// ---------------------------------------------------------------------------------------------------
// One description of a run, given to the page and to the CLI alike.

type FileRole = 'households' | 'loans' | 'policy' | 'thresholds' | 'interpretations' | 'columns' | 'lead-banks' | 'regions';

interface Inputs {
  readonly files: Partial<Record<FileRole, string>> & { readonly households: string; readonly loans: string };
  /** Left empty on the page and off the command line when absent. */
  readonly asOf?: string;
  readonly jurisdiction?: 'HLJ' | 'national';
  readonly lang?: 'zh' | 'en';
  readonly householdsEncoding?: 'utf8' | 'gbk' | 'gb18030';
  readonly loansEncoding?: 'utf8' | 'gbk' | 'gb18030';
}

const SAMPLE: Inputs = { files: { households: county('households.csv'), loans: county('loans.csv') }, asOf: AS_OF };

/** The CLI's arguments for the same run (the page's defaults are the CLI's, so an option not set is not given). */
function cliArgs(inputs: Inputs): string[] {
  const args = Object.entries(inputs.files).flatMap(([role, path]) => [`--${role}`, path]);
  if (inputs.asOf !== undefined) args.push('--as-of', inputs.asOf);
  if (inputs.jurisdiction) args.push('--jurisdiction', inputs.jurisdiction);
  if (inputs.lang) args.push('--lang', inputs.lang);
  if (inputs.householdsEncoding) args.push('--households-encoding', inputs.householdsEncoding);
  if (inputs.loansEncoding) args.push('--loans-encoding', inputs.loansEncoding);
  return args;
}

/** The CLI's text with each input's path as the page has it: the file's name. */
function asNames(text: string, inputs: Inputs): string {
  const paths = Object.values(inputs.files).sort((a, b) => b.length - a.length);
  return paths.reduce((t, path) => t.split(path).join(basename(path)), text);
}

const cliRuns = new Map<string, Promise<CliRun>>();
/** The CLI run in-process on the same inputs (once per inputs and format). */
function cli(inputs: Inputs, format: 'json' | 'html' | 'xlsx' = 'json'): Promise<CliRun> {
  const args = [...cliArgs(inputs), '--format', format];
  const key = JSON.stringify(args);
  let run = cliRuns.get(key);
  if (!run) {
    run = auditInProcess(args, join(dir, `cli-${cliRuns.size}.${format}`));
    cliRuns.set(key, run);
  }
  return run;
}

interface JsonReport {
  meta: Record<string, unknown>;
  summary: Record<string, number | string>;
  invalidRows: { file: string; line: number; field: string; code: string }[];
}

/** The CLI's JSON report, file paths as file names. */
async function cliJson(inputs: Inputs): Promise<JsonReport> {
  const run = await cli(inputs);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(asNames(run.text, inputs)) as JsonReport;
}

/** The line the CLI prints on stderr for a fault, without `fupin-xindai: `, file paths as file names. */
async function cliFault(inputs: Inputs): Promise<string> {
  const run = await cli(inputs);
  expect(run.code, 'the CLI refuses these inputs').toBe(2);
  const line = run.stderr.split('\n')[0]!;
  expect(line).toMatch(/^fupin-xindai: /);
  return asNames(line.slice('fupin-xindai: '.length), inputs);
}

// ---------------------------------------------------------------------------------------------------
// The page, through its data-role hooks.

const role = (page: Page, name: string): Locator => page.locator(`[data-role="${name}"]`);
const text = async (page: Page, name: string) => ((await role(page, name).textContent()) ?? '').trim();
const pageUrl = () => pathToFileURL(PAGE).href;
const delay = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Loads the page afresh from file://. */
async function load(page: Page): Promise<void> {
  const response = await page.goto(pageUrl());
  expect(page.url()).toMatch(/^file:\/\//);
  expect(response === null || response.ok()).toBe(true);
  expect(await text(page, 'status')).toBe('idle');
}

/** Chooses the files and options of `inputs` on the page (what is not given keeps the page's default). */
async function fill(page: Page, inputs: Inputs): Promise<void> {
  // As a script would set them (issue 17 item 4): wherever the page lays a control out (a drop zone, a folded
  // section of options), it is set. Run and cancel are clicked as a user would, visible and enabled.
  const force = { force: true };
  for (const [name, path] of Object.entries(inputs.files)) await role(page, name).setInputFiles(path);
  if (inputs.asOf !== undefined) await role(page, 'as-of').fill(inputs.asOf, force);
  if (inputs.jurisdiction) await role(page, 'jurisdiction').selectOption(inputs.jurisdiction, force);
  if (inputs.lang) await role(page, 'lang').selectOption(inputs.lang, force);
  if (inputs.householdsEncoding) await role(page, 'households-encoding').selectOption(inputs.householdsEncoding, force);
  if (inputs.loansEncoding) await role(page, 'loans-encoding').selectOption(inputs.loansEncoding, force);
}

/** Waits until the status leaves `running` (and whatever else `unfinished` names); returns it. */
async function ended(page: Page, timeout = RUN_MS, unfinished: readonly string[] = ['idle', 'running']): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const status = await text(page, 'status');
    if (!unfinished.includes(status)) return status;
    if (Date.now() > deadline) throw new Error(`status still '${status}' after ${timeout / SECOND} s`);
    await delay(100);
  }
}

/** Loads the page, runs `inputs` on it and returns the status it ends with. */
async function audit(page: Page, inputs: Inputs, timeout = RUN_MS): Promise<string> {
  await load(page);
  await fill(page, inputs);
  await role(page, 'run').click();
  return ended(page, timeout);
}

const shownJson = async (page: Page, name: 'summary-json' | 'meta-json'): Promise<unknown> => JSON.parse(await text(page, name));

/** The page's run ended `done` and shows the CLI's summary and meta for the same inputs. */
async function expectCliResult(page: Page, inputs: Inputs, status: string): Promise<JsonReport> {
  expect(status).toBe('done');
  const expected = await cliJson(inputs);
  expect(await shownJson(page, 'summary-json')).toEqual(expected.summary);
  expect(await shownJson(page, 'meta-json')).toEqual(expected.meta);
  return expected;
}

/**
 * Clicks a download link and returns the bytes of the file the browser saved. The workbook is built after `done`
 * (README): its link, clicked at once, downloads when the workbook is ready; either way it ends as an <a download>.
 */
async function download(page: Page, name: string): Promise<Buffer> {
  const link = role(page, name);
  const check = async () => {
    expect(await link.getAttribute('download'), `${name} is an <a download>`).not.toBeNull();
    expect(await link.getAttribute('href'), `${name} links to the page's own memory`).toMatch(/^(blob|data):/);
  };
  if (name !== 'download-xlsx') await check();
  const [saved] = await Promise.all([page.waitForEvent('download'), link.click()]);
  await check();
  return readFileSync(await saved.path());
}

/** Every cell's value of every sheet, by sheet name (text cells with file paths as file names). */
async function workbookValues(bytes: Buffer, inputs: Inputs): Promise<Record<string, unknown[][]>> {
  const book = new ExcelJS.Workbook();
  // exceljs declares its own Buffer (an ArrayBuffer); Node's Buffer is what it reads.
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets: Record<string, unknown[][]> = {};
  for (const ws of book.worksheets) {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.push(values.map((v) => (typeof v === 'string' ? asNames(v, inputs) : v)));
    });
    sheets[ws.name] = rows;
  }
  return sheets;
}

/** The bad-row folder: two households, three loans, the second loan (line 3) with a negative principal. */
function badRowInputs(): Inputs {
  const households = file(
    'households-small.csv',
    'id,povertyStatus,onPovertyOfficeList,region\nH1,registered_poor,true,230231102\nH2,registered_poor,true,230231102\n',
  );
  const loans = file(
    'loans-bad-row.csv',
    'id,householdId,kind,principal,outstanding,contractDate,maturityDate,status\n' +
      'L1,H1,new,50000,50000,2020-03-01,2022-03-01,active\n' +
      'L2,H2,new,-5,0,2020-03-01,2022-03-01,active\n' +
      'L3,H2,new,30000,30000,2020-04-01,2023-04-01,active\n',
  );
  return { files: { households, loans }, asOf: AS_OF };
}

/** Inputs whose run the CLI refuses, each with the fault it has. */
function faultyInputs(): Record<string, Inputs> {
  const loansText = readFileSync(county('loans.csv'), 'utf8').split('\n');
  // 0xFF is no byte of UTF-8 and begins no GB18030 sequence: the file decodes under neither.
  const undecodable = file('loans-undecodable.csv', Buffer.concat([Buffer.from(`${loansText.slice(0, 3).join('\n')}\n`), Buffer.from([0xff, 0x0a])]));
  const withoutColumns = file('loans-without-columns.csv', 'id,householdId\nL1,H1\n');
  return {
    'a loans file that decodes under no encoding': { ...SAMPLE, files: { ...SAMPLE.files, loans: undecodable } },
    'a loans file missing required columns': { ...SAMPLE, files: { ...SAMPLE.files, loans: withoutColumns } },
    'a loans file missing required columns, in English': { ...SAMPLE, lang: 'en', files: { ...SAMPLE.files, loans: withoutColumns } },
    'no as-of date': { files: SAMPLE.files },
  };
}

let bigPortfolio: Promise<PortfolioFiles> | undefined;
/** The 100,000-loan portfolio, written once for the tests that need a long run. */
const big = (): Promise<PortfolioFiles> => (bigPortfolio ??= writePortfolio(dir, BIG, { households: 'households-100k.csv', loans: 'loans-100k.csv' }));

// ---------------------------------------------------------------------------------------------------

describe('dist/web/audit.html, the file an auditor downloads', () => {
  it('exists (`npm run build` writes it) and is under 2 MB', () => {
    expect(existsSync(PAGE), MISSING).toBe(true);
    expect(statSync(PAGE).size).toBeLessThan(2 * 1024 * 1024);
  });
});

describe.skipIf(skipWithoutChromium('audit-page.test.ts'))('the audit page in headless Chromium, opened from file://', () => {
  let browser: Browser | undefined;
  let session: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    expect(existsSync(PAGE), MISSING).toBe(true);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    session = await openWatchedPage(browser!);
    page = session.page;
  });
  afterEach(async () => {
    const attempts = session.network.attempts().map((a) => `${a.via}: ${a.url}`);
    await session.close();
    expect(attempts, 'the page tried to reach a network').toEqual([]);
  });

  it(
    "before any run: status idle, the CLI's defaults, cancel disabled, no download; a Content-Security-Policy in its head forbids connections, and holds",
    async () => {
      await load(page);
      expect(await role(page, 'cancel').isDisabled()).toBe(true);
      for (const name of ['download-json', 'download-xlsx', 'download-html']) expect(await role(page, name).count(), name).toBe(0);
      // The CLI's defaults: HLJ, zh, a 90-day window, no --all, encodings detected, no as-of.
      const values = { jurisdiction: 'HLJ', lang: 'zh', 'maturity-window-days': '90', 'households-encoding': '', 'loans-encoding': '', 'as-of': '' };
      for (const [name, value] of Object.entries(values)) expect(await role(page, name).inputValue(), name).toBe(value);
      expect(await role(page, 'all').isChecked()).toBe(false);

      const metas = page.locator('head meta[http-equiv="Content-Security-Policy" i]');
      const policies = await Promise.all(Array.from({ length: await metas.count() }, (_, i) => metas.nth(i).getAttribute('content')));
      expect(policies.length, 'a CSP meta tag in <head>').toBeGreaterThan(0);
      expect(
        policies.some((p) => forbidsConnections(p ?? '')),
        `a policy forbids connections: ${JSON.stringify(policies)}`,
      ).toBe(true);

      // And it holds: a connection tried from inside the page is refused by the policy (not by this test's own
      // offline context), and the watch sees the attempt — so a page that tried one would fail the afterEach check.
      const outcome = await page.evaluate(() =>
        fetch('https://example.invalid/upload', { method: 'POST', body: 'portfolio' }).then(
          () => 'sent',
          () => 'refused',
        ),
      );
      expect(outcome).toBe('refused');
      await expect.poll(() => session.network.attempts()).toContainEqual({ via: 'blocked by CSP', url: 'https://example.invalid/upload' });
      expect(session.network.attempts().filter((a) => a.via !== 'blocked by CSP')).toEqual([]);
      session.network.clear(); // that attempt was this test's own
    },
    TEST_MS,
  );

  it(
    "the sample county gives the CLI's summary and meta (defaults: HLJ, zh, 90 days) and shows its HTML report",
    async () => {
      const status = await audit(page, SAMPLE);
      await expectCliResult(page, SAMPLE, status);
      expect(await role(page, 'cancel').isDisabled()).toBe(true);
      expect(await role(page, 'progress').evaluate((p) => (p as { value: number }).value)).toBeGreaterThan(0);
      // The report frame shows the CLI's HTML report: its title, and the figures of its summary.
      const html = (await cli(SAMPLE, 'html')).text;
      const report = page.frameLocator('[data-role="report"]');
      expect(await report.locator('head > title').textContent()).toBe(/<title>([^<]*)<\/title>/.exec(html)?.[1]);
      expect(await report.locator('h1').textContent()).toBe(/<h1>([^<]*)<\/h1>/.exec(html)?.[1]);
      expect(await role(page, 'report').getAttribute('sandbox'), 'the report frame is sandboxed').not.toBeNull();
      expect(await role(page, 'report').getAttribute('sandbox')).not.toMatch(/allow-scripts/);
    },
    TEST_MS,
  );

  const VARIANTS: Record<string, Inputs> = {
    'with a compensation policy and thresholds': {
      ...SAMPLE,
      files: { ...SAMPLE.files, policy: county('policy.json'), thresholds: county('thresholds.json') },
    },
    'under 28号 alone (jurisdiction national)': { ...SAMPLE, jurisdiction: 'national' },
    'in English': { ...SAMPLE, lang: 'en' },
    'with readings pinned (interpretations)': { ...SAMPLE, files: { ...SAMPLE.files, interpretations: fixture('interpretations.json') } },
  };
  it.each(Object.entries(VARIANTS))(
    "the sample county %s gives the CLI's summary and meta",
    async (_, inputs) => {
      // The variant matters: the CLI's summary or meta differs from the defaults', so a page that ignored it fails.
      const [variant, plain] = [await cliJson(inputs), await cliJson(SAMPLE)];
      expect({ summary: variant.summary, meta: variant.meta }).not.toEqual({ summary: plain.summary, meta: plain.meta });
      await expectCliResult(page, inputs, await audit(page, inputs));
    },
    TEST_MS,
  );

  it(
    "GBK CSVs give the CLI's summary, whether the page detects the encoding or is told it",
    async () => {
      const gbk: Inputs = { files: { households: fixture('households-gbk.csv'), loans: fixture('loans-gbk.csv') }, asOf: AS_OF };
      const detected = await expectCliResult(page, gbk, await audit(page, gbk));
      expect(detected.summary).toMatchObject({ households: 2, loans: 2, invalidRows: 0 });
      expect(detected.meta).toMatchObject({ files: { loans: { encoding: 'gb18030', encodingFrom: 'detected' } } });
      const named: Inputs = { ...gbk, householdsEncoding: 'gbk', loansEncoding: 'gbk' };
      const told = await expectCliResult(page, named, await audit(page, named));
      expect(told.meta).toMatchObject({ files: { loans: { encoding: 'gbk', encodingFrom: 'flag' } } });
    },
    TEST_MS,
  );

  it(
    "an .xlsx copy of the sample county gives the CSVs' summary",
    async () => {
      const households = new ExcelJS.Workbook();
      addCsvSheet(households, '农户', county('households.csv'), HOUSEHOLD_COLUMNS);
      const loans = new ExcelJS.Workbook();
      addCsvSheet(loans, '贷款', county('loans.csv'), LOAN_COLUMNS);
      const xlsx: Inputs = { files: { households: join(dir, 'households.xlsx'), loans: join(dir, 'loans.xlsx') }, asOf: AS_OF };
      await households.xlsx.writeFile(xlsx.files.households);
      await loans.xlsx.writeFile(xlsx.files.loans);
      const status = await audit(page, xlsx);
      expect(status).toBe('done');
      expect(await shownJson(page, 'summary-json')).toEqual((await cliJson(SAMPLE)).summary);
      expect(await shownJson(page, 'meta-json')).toEqual((await cliJson(xlsx)).meta);
    },
    TEST_MS,
  );

  it(
    'a bad row is rejected as the CLI rejects it: counted in invalidRows, and listed with its file and line in the report',
    async () => {
      const inputs = badRowInputs();
      const expected = await expectCliResult(page, inputs, await audit(page, inputs));
      expect(expected.summary.invalidRows).toBe(1);
      expect(expected.invalidRows).toEqual([expect.objectContaining({ file: 'loans-bad-row.csv', line: 3, field: 'principal' })]);
      const rows = await page.frameLocator('[data-role="report"]').locator('#rejected tbody tr').allInnerTexts();
      const cells = rows.map((r) => r.split('\t').map((c) => c.trim()));
      expect(
        cells.some((c) => c.includes('loans-bad-row.csv') && c.includes('3') && c.includes('principal')),
        JSON.stringify(cells),
      ).toBe(true);
    },
    TEST_MS,
  );

  it.each(Object.entries(faultyInputs()))(
    '%s: status `error: ` and the line the CLI prints for it',
    async (_, inputs) => {
      const status = await audit(page, inputs);
      expect(status).toBe(`error: ${await cliFault(inputs)}`);
    },
    TEST_MS,
  );

  it(
    'cancel stops a long run; the page then audits the sample county as usual',
    async () => {
      const files = await big();
      await load(page);
      await fill(page, { files, asOf: AS_OF });
      expect(await role(page, 'cancel').isDisabled(), 'cancel before a run').toBe(true);
      await role(page, 'run').click();
      // Wait until the run is reading rows, then cancel it.
      const deadline = Date.now() + 30 * SECOND;
      for (;;) {
        const status = await text(page, 'status');
        expect(['idle', 'running'], 'the run is still going').toContain(status);
        if (status === 'running' && (await progressValue(page)) > 0) break;
        expect(Date.now(), 'the run reads rows within 30 s').toBeLessThan(deadline);
        await delay(50);
      }
      expect(await role(page, 'cancel').isEnabled(), 'cancel while running').toBe(true);
      await role(page, 'cancel').click();
      expect(await ended(page, 10 * SECOND)).toBe('cancelled');
      expect(await role(page, 'cancel').isDisabled(), 'cancel after the run').toBe(true);
      // Cancelled stays cancelled: the stopped run neither moves the bar nor comes back with a result.
      const stoppedAt = await progressValue(page);
      await delay(2 * SECOND);
      expect(await text(page, 'status')).toBe('cancelled');
      expect(await progressValue(page), 'the bar after cancel').toBe(stoppedAt);

      // The same page, without reloading: the sample county runs as ever.
      await fill(page, SAMPLE);
      await role(page, 'run').click();
      await expectCliResult(page, SAMPLE, await ended(page, RUN_MS, ['idle', 'running', 'cancelled']));
    },
    BIG_TEST_MS,
  );

  it(
    "a 100,000-loan run: progress moves step by step, the page never hangs, and the summary is the CLI's",
    async () => {
      const inputs: Inputs = { files: await big(), asOf: AS_OF };
      // The CLI first: run in this process beside the page's, it would slow the answers timed below.
      const expected = await cliJson(inputs);
      await load(page);
      await fill(page, inputs);
      // A sampler inside the page: every 50 ms, the time, the progress bar and the status. A page whose main
      // thread froze shows as a gap between samples.
      await page.evaluate(() => {
        interface Progress {
          value: number;
          max: number;
        }
        const w = globalThis as unknown as {
          document: { querySelector(s: string): ({ textContent: string | null } & Partial<Progress>) | null };
          performance: { now(): number };
          setInterval(f: () => void, ms: number): number;
          progressSamples: [number, number, number, string][];
        };
        w.progressSamples = [];
        w.setInterval(() => {
          const p = w.document.querySelector('[data-role="progress"]');
          const s = w.document.querySelector('[data-role="status"]')?.textContent?.trim() ?? '';
          w.progressSamples.push([w.performance.now(), p?.value ?? NaN, p?.max ?? NaN, s]);
        }, 50);
      });
      const started = Date.now();
      await role(page, 'run').click();
      // From outside: the page answers every evaluation all through the run.
      let slowest = 0;
      let status = 'running';
      while (status === 'running' || status === 'idle') {
        expect(Date.now() - started, 'the run ends within the test deadline').toBeLessThan(120 * SECOND);
        const asked = Date.now();
        status = await page.evaluate(
          () =>
            (globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }).document
              .querySelector('[data-role="status"]')
              ?.textContent?.trim() ?? '',
        );
        slowest = Math.max(slowest, Date.now() - asked);
        await delay(200);
      }
      const seconds = (Date.now() - started) / SECOND;
      console.log(`audit page: ${BIG.loans.toLocaleString('en')} loans in ${seconds.toFixed(1)} s (slowest answer ${slowest} ms)`);
      // From outside, a round trip also carries the browser's protocol and this process's share of a loaded host (on a
      // two-core host it reached 1.6-1.8 s with the page itself never stopping): here it only shows the page never hung.
      // How long the page may stop is a target of `npm run bench:web`.
      expect(slowest, 'the page answered every evaluation (no hang)').toBeLessThan(10 * SECOND);

      const samples = await page.evaluate(() => (globalThis as unknown as { progressSamples: [number, number, number, string][] }).progressSamples);
      const running = samples.filter(([, , , s]) => s === 'running');
      expect(running.length, 'samples taken while running').toBeGreaterThan(0);
      expect(
        running.every(([, value, max]) => Number.isFinite(value) && Number.isFinite(max)),
        'a progress bar while running',
      ).toBe(true);
      // How fast the bar moves and how long the main thread may stop are targets, measured by `npm run bench:web`
      // (docs/benchmarks.md), not here: on a loaded host a timed assertion fails on the host, not on the page. What is
      // asserted is behaviour: the page never hung (the sampler kept running) and the bar moved step by step while
      // rows were read, not once at the end.
      // From the first sample while running to the first once done: showing the result counts too.
      const first = samples.findIndex(([, , , s]) => s === 'running');
      const through = samples.slice(first, samples.findIndex(([, , , s]) => s === 'done') + 1);
      expect(through[through.length - 1]![3], 'the sampler saw the run end').toBe('done');
      const gaps = through.slice(1).map(([t], i) => t - through[i]![0]);
      expect(Math.max(0, ...gaps), 'the page never hung while running or showing the result (ms)').toBeLessThan(10 * SECOND);
      const moves = running.filter(([, v], i) => i > 0 && v !== running[i - 1]![1]);
      console.log(`audit page: the bar moved ${moves.length} times in ${running.length} samples while running`);
      expect(moves.length, 'the bar moved step by step during the run').toBeGreaterThanOrEqual(10);
      // Its value never past its max, which ends up about the number of rows (households and loans).
      for (const [, value, max] of running) expect(value).toBeLessThanOrEqual(max);
      const rows = BIG.households + BIG.loans;
      const [, , lastMax] = running[running.length - 1]!;
      expect(lastMax).toBeGreaterThan(rows / 2);
      expect(lastMax).toBeLessThan(rows * 2);

      expect(status).toBe('done');
      expect(await shownJson(page, 'summary-json')).toEqual(expected.summary);
      expect(expected.summary.loans).toBe(BIG.loans);
      // The workbook of 100,000 loans takes a moment after `done`: its link, clicked at once, still downloads it.
      const xlsx = await download(page, 'download-xlsx');
      expect(xlsx.subarray(0, 2).toString('latin1'), 'an xlsx is a zip').toBe('PK');
    },
    BIG_TEST_MS,
  );

  it(
    'downloads: the JSON, xlsx and HTML reports the CLI writes for the same inputs, file paths as file names',
    async () => {
      const inputs = VARIANTS['with a compensation policy and thresholds']!;
      expect(await audit(page, inputs)).toBe('done');
      const shown = await shownJson(page, 'summary-json');

      const json = await download(page, 'download-json');
      const report = JSON.parse(json.toString('utf8')) as JsonReport;
      expect(report.summary).toEqual(shown);
      expect(report).toEqual(await cliJson(inputs));

      const xlsx = await download(page, 'download-xlsx');
      expect(xlsx.subarray(0, 2).toString('latin1'), 'an xlsx is a zip').toBe('PK');
      const sheets = await workbookValues(xlsx, inputs);
      // The summary sheet (the first) has a row per figure: the key in column B, its value in column C.
      const summarySheet = Object.values(sheets)[0]!;
      for (const [key, value] of Object.entries(shown as Record<string, number | string>)) {
        const row = summarySheet.find((r) => r[1] === key);
        expect(row, `summary sheet row ${key}`).toBeDefined();
        expect(typeof value === 'number' ? row![2] : (row![2] as number).toFixed(2), key).toBe(value);
      }
      const cliXlsx = await cli(inputs, 'xlsx');
      expect(cliXlsx.code, cliXlsx.stderr).toBe(0);
      expect(sheets).toEqual(await workbookValues(readFileSync(cliXlsx.out), inputs));

      const html = (await download(page, 'download-html')).toString('utf8');
      expect(html).toMatch(/^<!doctype html>/i);
      expect(html).toBe(asNames((await cli(inputs, 'html')).text, inputs));
    },
    TEST_MS,
  );

  it(
    'keeps a full-page screenshot of the finished report (reports/web/audit-page.png), its Chinese drawn as glyphs',
    async () => {
      expect(await audit(page, SAMPLE)).toBe('done');
      // The report loaded in its frame (its heading there) before the picture is taken.
      const frame = await (await role(page, 'report').elementHandle()).contentFrame();
      expect(frame, 'the report frame').toBeTruthy();
      const heading = frame!.locator('h1');
      await heading.waitFor();
      // A report frame of its own process paints late: scrolled into view, it must show ink before the picture.
      const report = role(page, 'report');
      await report.scrollIntoViewIfNeeded();
      await expect
        .poll(async () => inkShare(session.context, await report.screenshot()), { timeout: 20 * SECOND, message: 'ink in the report frame' })
        .toBeGreaterThan(INK);
      mkdirSync(dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      // The kept picture shows the report where the frame is on the page.
      const box = await report.evaluate((e) => {
        const w = globalThis as unknown as { scrollX: number; scrollY: number };
        const r = (e as { getBoundingClientRect(): { left: number; top: number; width: number; height: number } }).getBoundingClientRect();
        return { x: r.left + w.scrollX, y: r.top + w.scrollY, width: r.width, height: r.height };
      });
      expect(await inkShare(session.context, readFileSync(SCREENSHOT), box), 'ink in the report on reports/web/audit-page.png').toBeGreaterThan(INK);
      // The report's heading, in the font the report gives it, drawn inside the report's own frame.
      const font = await heading.evaluate((h) => (globalThis as unknown as { getComputedStyle(e: unknown): { font: string } }).getComputedStyle(h).font);
      // Each different Chinese character once (by code point): every one its own glyph, none blank, none a box.
      const han = [...new Set((await heading.textContent())?.match(/\p{Script=Han}/gu))];
      expect(han.length, 'Chinese characters in the heading').toBeGreaterThanOrEqual(8);
      const drawn: GlyphCheck = await frame!.evaluate(checkGlyphs, { text: han.join(''), font });
      expect(drawn).toEqual({ characters: han.length, blank: 0, asBox: 0, distinct: han.length });
    },
    TEST_MS,
  );
});

/** The value of the page's progress bar. */
function progressValue(page: Page): Promise<number> {
  return role(page, 'progress').evaluate((p) => (p as { value: number }).value);
}

/** Whether a CSP forbids every connection: `connect-src 'none'`, or `default-src 'none'` and no connect-src. */
function forbidsConnections(policy: string): boolean {
  const directives = new Map<string, string[]>();
  for (const directive of policy.split(';')) {
    const [name, ...values] = directive.trim().toLowerCase().split(/\s+/);
    // A repeated directive is ignored: the first one counts.
    if (name && !directives.has(name)) directives.set(name, values);
  }
  const none = (values: readonly string[] | undefined) => values?.length === 1 && values[0] === "'none'";
  return directives.has('connect-src') ? none(directives.get('connect-src')) : none(directives.get('default-src'));
}
