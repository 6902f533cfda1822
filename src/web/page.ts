/**
 * The offline audit page (dist/web/audit.html): a form for the files and settings the CLI takes as flags, a
 * worker that runs the audit (src/web/worker.ts), and the report when it is done. The page computes nothing
 * itself; it passes files in and shows what comes back. Every control and output carries a stable
 * `data-role` (README, "Audit in a browser") for automated checks and for banks that script the page.
 */
import type { Encoding } from '../app/encoding.js';
import { FILE_KEYS, type FileKey, type PageFile, type RunMessage, type WorkerReply } from './protocol.js';

/** The worker's code, written in at build time (scripts/build-web.mjs): started from a blob, never fetched. */
declare const WORKER_SOURCE: string;

/** A file input's role, for each file the worker takes. */
const ROLE_OF: Readonly<Record<FileKey, string>> = {
  households: 'households',
  loans: 'loans',
  policy: 'policy',
  thresholds: 'thresholds',
  interpretations: 'interpretations',
  columns: 'columns',
  leadBanks: 'lead-banks',
  regions: 'regions',
};

const ENCODINGS: Readonly<Record<string, Encoding>> = { utf8: 'utf-8', gbk: 'gbk', gb18030: 'gb18030' };

function role(name: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-role="${name}"]`);
  if (!el) throw new Error(`the page has no element with data-role="${name}"`);
  return el;
}

const value = (name: string) => (role(name) as HTMLInputElement | HTMLSelectElement).value;

let worker: Worker | null = null;
/**
 * A worker started before it is needed: compiling its code (about 1.3 MB, exceljs included) took half a second,
 * which, done after run was pressed, left the progress bar standing still for over a second before the first row.
 */
let spare: Worker | null = null;
const urls: string[] = [];
/** Whether the xlsx link was clicked before its workbook arrived: it is downloaded when it does. */
let xlsxWanted = false;

function setStatus(text: string): void {
  role('status').textContent = text;
}

function running(on: boolean): void {
  (role('run') as HTMLButtonElement).disabled = on;
  (role('cancel') as HTMLButtonElement).disabled = !on;
}

function startWorker(): Worker {
  const source = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
  const started = new Worker(source);
  URL.revokeObjectURL(source);
  return started;
}

/** The spare worker, now a run's own; the next spare is started once this run ends (not beside it). */
function takeWorker(): Worker {
  const taken = spare ?? startWorker();
  spare = null;
  return taken;
}

function stop(): void {
  worker?.terminate();
  worker = null;
  running(false);
  spare ??= startWorker();
}

/** Clears what an earlier run showed, so nothing of it can be read as this run's. */
function clearResults(): void {
  for (const url of urls.splice(0)) URL.revokeObjectURL(url);
  role('summary-json').textContent = '';
  role('meta-json').textContent = '';
  (role('report') as HTMLIFrameElement).src = 'about:blank';
  role('downloads').hidden = true;
  role('downloads').replaceChildren();
  xlsxWanted = false;
  const progress = role('progress') as HTMLProgressElement;
  progress.value = 0;
  progress.removeAttribute('max');
}

async function pageFile(input: HTMLInputElement): Promise<PageFile | undefined> {
  const file = input.files?.[0];
  return file ? { name: file.name, bytes: await file.arrayBuffer() } : undefined;
}

/** A download link for one report: there only once a run is done (the workbook's ready when its bytes arrive). */
function addLink(format: 'json' | 'html' | 'xlsx', label: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.dataset.role = `download-${format}`;
  link.textContent = label;
  role('downloads').append(link, ' ');
  return link;
}

function offer(link: HTMLAnchorElement, blob: Blob, fileName: string): string {
  const url = URL.createObjectURL(blob);
  urls.push(url);
  link.href = url;
  link.download = fileName;
  return url;
}

function finished(reply: Extract<WorkerReply, { type: 'done' }>): void {
  role('summary-json').textContent = JSON.stringify(reply.summary);
  role('meta-json').textContent = JSON.stringify(reply.meta, null, 2);
  const base = `fupin-xindai-audit-${reply.meta.asOf}`;
  role('downloads').append('下载报告 Download the report: ');
  offer(addLink('json', 'JSON'), reply.json, `${base}.json`);
  const xlsx = addLink('xlsx', 'Excel (.xlsx)');
  xlsx.dataset.ready = 'false';
  xlsx.addEventListener('click', (event) => {
    if (xlsx.dataset.ready === 'true') return;
    event.preventDefault();
    xlsxWanted = true;
  });
  // The frame shows the report from its download's blob: a county's report is megabytes, which as a srcdoc string
  // crossed to the browser's process and back and froze the page for over a second.
  (role('report') as HTMLIFrameElement).src = offer(addLink('html', 'HTML'), reply.html, `${base}.html`);
  role('downloads').hidden = false;
  const progress = role('progress') as HTMLProgressElement;
  progress.value = progress.max; // the report's read-back estimate may have been high: done is a full bar
  setStatus('done');
}

/** The workbook, which arrives after `done`: its link works from then on (and downloads now if it was clicked already). */
function workbookArrived(xlsx: Blob, asOf: string): void {
  const link = role('download-xlsx') as HTMLAnchorElement;
  offer(link, xlsx, `fupin-xindai-audit-${asOf}.xlsx`);
  link.dataset.ready = 'true';
  if (xlsxWanted) {
    xlsxWanted = false;
    link.click();
  }
}

async function run(): Promise<void> {
  stop();
  clearResults();
  running(true);
  setStatus('running');
  const files: Partial<Record<FileKey, PageFile>> = {};
  for (const key of FILE_KEYS) {
    const file = await pageFile(role(ROLE_OF[key]) as HTMLInputElement);
    if (file) files[key] = file;
  }
  const encodings: Partial<Record<'households' | 'loans', Encoding>> = {};
  const sheets: Partial<Record<'households' | 'loans', string>> = {};
  for (const input of ['households', 'loans'] as const) {
    const encoding = ENCODINGS[value(`${input}-encoding`)];
    if (encoding) encodings[input] = encoding;
    const sheet = value(`${input}-sheet`).trim();
    if (sheet) sheets[input] = sheet;
  }
  const message: RunMessage = {
    type: 'run',
    files,
    asOf: value('as-of'),
    jurisdiction: value('jurisdiction') === 'national' ? 'national' : 'HLJ',
    lang: value('lang') === 'en' ? 'en' : 'zh',
    all: (role('all') as HTMLInputElement).checked,
    maturityWindowDays: value('maturity-window-days').trim() || '90',
    encodings,
    sheets,
  };
  const own = takeWorker();
  worker = own;
  const progress = role('progress') as HTMLProgressElement;
  own.onmessage = (event: MessageEvent<WorkerReply>) => {
    if (worker !== own) return; // a cancelled run's last words
    const reply = event.data;
    if (reply.type === 'started') progress.max = Math.max(1, reply.rows);
    else if (reply.type === 'writing') {
      progress.max = reply.rows + reply.items;
      progress.value = reply.rows;
    } else if (reply.type === 'progress') {
      progress.value = reply.rows;
      progress.dataset.rows = String(reply.rows);
    } else if (reply.type === 'done') {
      running(false);
      finished(reply);
    } else if (reply.type === 'xlsx') {
      stop();
      workbookArrived(reply.xlsx, message.asOf);
    } else failed(reply.message);
  };
  own.onerror = (event) => {
    if (worker !== own) return;
    failed(event.message || 'the audit stopped unexpectedly');
  };
  /** The run failed — or, once done, only its workbook did: then the results stay and the link says so. */
  const failed = (why: string) => {
    stop();
    if (role('status').textContent !== 'done') {
      setStatus(`error: ${why}`);
      return;
    }
    const link = role('download-xlsx');
    link.dataset.ready = 'failed';
    link.textContent = `Excel (.xlsx): ${why}`;
  };
  own.postMessage(
    message,
    Object.values(files).map((f) => f.bytes),
  );
}

role('run').addEventListener('click', () => {
  run().catch((e: unknown) => {
    stop();
    setStatus(`error: ${e instanceof Error ? e.message : String(e)}`);
  });
});
role('cancel').addEventListener('click', () => {
  if (!worker || role('status').textContent !== 'running') return;
  stop();
  setStatus('cancelled');
});
running(false);
setStatus('idle');
spare = startWorker();
