/**
 * The offline page's worker: the audit itself, off the page's thread so the page never freezes. It runs the
 * CLI's own code (src/app/run.ts) on the files the page hands over, and sends back the summary and the
 * reports — JSON, HTML and xlsx, each as the CLI writes it — from one reading of the files. Cancelling is
 * ending the worker (the page does it): nothing half-done survives.
 */
import { htmlReport } from '../app/formats/html.js';
import { xlsxReport } from '../app/formats/xlsx.js';
import { MemoryOutput } from '../app/memory-output.js';
import { MemorySpool } from '../app/memory-spool.js';
import { CliError } from '../app/messages.js';
import { type AuditPlatform, type AuditRequest, maturityWindowOf, prepareAudit } from '../app/run.js';
import type { Spooled } from '../app/report.js';
import type { Hasher, WholeFile } from '../app/source.js';
import { concat, memorySource } from '../app/source.js';
import { loadedSheetRows } from '../app/xlsx-rows.js';
import type { PageFile, RunMessage, WorkerReply } from './protocol.js';

/** The package's version, written in at build time (scripts/build-web.mjs). */
declare const PACKAGE_VERSION: string;

const sourceOf = (file: PageFile) => memorySource(file.name, new Uint8Array(file.bytes));

const hex = (digest: ArrayBuffer) => [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 through Web Crypto, which hashes whole buffers only: the chunks are kept and hashed at the end. */
function webHash(): Hasher {
  const chunks: Uint8Array[] = [];
  return {
    update: (chunk) => void chunks.push(chunk),
    digest: async () => hex(await crypto.subtle.digest('SHA-256', concat(chunks))),
  };
}

async function wholeOf(file: PageFile | undefined): Promise<WholeFile | undefined> {
  if (!file) return undefined;
  const bytes = new Uint8Array(file.bytes);
  return { path: file.name, bytes, sha256: hex(await crypto.subtle.digest('SHA-256', file.bytes)) };
}

const BROWSER: AuditPlatform = { newHash: webHash, sheetRows: loadedSheetRows };

const post = (reply: WorkerReply) => {
  (self as unknown as Worker).postMessage(reply);
};

/** The reports' media types, for their downloads. */
const TYPES = {
  json: 'application/json',
  html: 'text/html',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** About how often the HTML report reads each kept finding and rejected row back (for the progress bar only). */
const READ_BACKS = { findings: 2, invalid: 2 };

/** A spool that reports, every 2,000 items read back, how many have been read in all. */
function countingSpool(spool: MemorySpool, tell: (items: number) => void): Spooled {
  let items = 0;
  async function* counted<T>(from: AsyncIterable<T>): AsyncGenerator<T> {
    for await (const item of from) {
      if (++items % 2000 === 0) tell(items);
      yield item;
    }
  }
  return { findings: () => counted(spool.findings()), invalid: () => counted(spool.invalid()) };
}

async function audit(m: RunMessage): Promise<void> {
  const { households, loans } = m.files;
  if (!households) throw new CliError('fileRequired', { flag: '--households' });
  if (!loans) throw new CliError('fileRequired', { flag: '--loans' });
  if (!m.asOf) throw new CliError('asOfRequired');
  const optional = async (key: 'policy' | 'thresholds' | 'interpretations' | 'columns' | 'leadBanks' | 'regions') => {
    const file = await wholeOf(m.files[key]);
    return file ? { [key]: file } : {};
  };
  const request: AuditRequest = {
    households: sourceOf(households),
    loans: sourceOf(loans),
    asOf: m.asOf,
    format: 'json',
    lang: m.lang,
    jurisdiction: m.jurisdiction,
    all: m.all,
    maturityWindowDays: maturityWindowOf(m.maturityWindowDays),
    encodings: m.encodings,
    sheets: m.sheets,
    ...(await optional('policy')),
    ...(await optional('thresholds')),
    ...(await optional('interpretations')),
    ...(await optional('columns')),
    ...(await optional('leadBanks')),
    ...(await optional('regions')),
    packageVersion: PACKAGE_VERSION,
  };
  const prepared = await prepareAudit(request, BROWSER);
  post({ type: 'started', rows: (prepared.lines.households ?? 0) + (prepared.lines.loans ?? 0) });
  // One reading of the files gives every report: the JSON as the run writes it, the others from what it kept.
  const kept = new MemorySpool();
  const json = new MemoryOutput();
  let householdRows = 0;
  const end = await prepared.run({
    out: json,
    spool: new MemorySpool(),
    tap: (item) => {
      kept.add(item);
    },
    progressEvery: 2000,
    progress: (rows, what) => {
      if (what === 'households') householdRows = rows;
      post({ type: 'progress', rows: what === 'households' ? rows : householdRows + rows });
    },
  });
  // Writing the HTML report reads the kept items back: progress goes on counting them.
  const rows = end.summary.households + end.summary.loans + end.summary.invalidRows;
  const counted = countingSpool(kept, (items) => {
    post({ type: 'progress', rows: rows + items });
  });
  post({ type: 'writing', rows, items: READ_BACKS.findings * kept.findingCount + READ_BACKS.invalid * kept.invalidCount });
  const html = new MemoryOutput();
  await htmlReport(html).end(end, counted);
  post({
    type: 'done',
    summary: end.summary,
    meta: end.meta,
    json: new Blob([json.bytes()], { type: TYPES.json }),
    html: new Blob([html.bytes()], { type: TYPES.html }),
  });
  // The workbook comes after the report is shown: exceljs builds it in one piece, without progress to tell.
  const xlsx = new MemoryOutput();
  await xlsxReport(xlsx).end(end, kept);
  post({ type: 'xlsx', xlsx: new Blob([xlsx.bytes()], { type: TYPES.xlsx }) });
}

self.onmessage = (event: MessageEvent<RunMessage>) => {
  const lang = event.data.lang;
  audit(event.data).catch((e: unknown) => {
    const message = e instanceof CliError ? e.render(lang) : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    post({ type: 'error', message });
  });
};
