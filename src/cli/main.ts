#!/usr/bin/env node
/**
 * fupin-xindai — the audit CLI. `fupin-xindai audit --households H.csv --loans L.csv --as-of YYYY-MM-DD`
 * reads a portfolio, judges every household and loan against 28号 and 47号, and writes a report that
 * quotes the sentence behind each finding. Exit 2 for unusable arguments or unreadable files (one line
 * on stderr), 0 otherwise; bad rows never stop the run.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { RULESET_VERSION } from '../index.js';
import { ENCODING_FLAGS, type Encoding } from '../app/encoding.js';
import { argumentError, CliError, errorLine, HELP, type Lang, say } from '../app/messages.js';
import { type AuditRequest, JURISDICTIONS, maturityWindowOf, prepareAudit, REPORT_FORMATS } from '../app/run.js';
import { faultOf, guardProcess, QUIET, spoolFault } from './faults.js';
import { workerThreads } from './loan-threads.js';
import { fileSource, NODE, wholeFile } from './node-platform.js';
import { fileOutput, streamOutput, type ClosableOutput } from './output.js';
import { checkInputs, checkOut } from './paths.js';
import { ProgressMeter } from '../app/progress.js';
import { FileSpool } from './spool.js';
import { streamedBook } from './xlsx-book.js';

function packageVersion(): string {
  // dist/cli.js and src/cli/main.ts sit at different depths below the package root.
  for (const rel of ['../package.json', '../../package.json']) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(url)) {
      const pkg = JSON.parse(readFileSync(url, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'fupin-xindai' && pkg.version) return pkg.version;
    }
  }
  return 'unknown';
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new CliError('oneOf', { flag, value, allowed });
  return value as T;
}

/** The language of messages, known before the flags are parsed (a parse error is said in it too): zh unless `--lang en`. */
function langOf(argv: readonly string[]): Lang {
  let lang: Lang = 'zh';
  argv.forEach((arg, i) => {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined) lang = value === 'en' ? 'en' : 'zh';
  });
  return lang;
}

export async function main(argv: readonly string[]): Promise<number> {
  const lang = langOf(argv);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        households: { type: 'string' },
        loans: { type: 'string' },
        'as-of': { type: 'string' },
        policy: { type: 'string' },
        thresholds: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        encoding: { type: 'string' },
        sheet: { type: 'string' },
        'households-sheet': { type: 'string' },
        'loans-sheet': { type: 'string' },
        'households-encoding': { type: 'string' },
        'loans-encoding': { type: 'string' },
        columns: { type: 'string' },
        lang: { type: 'string' },
        jurisdiction: { type: 'string' },
        interpretations: { type: 'string' },
        'maturity-window-days': { type: 'string' },
        'lead-banks': { type: 'string' },
        regions: { type: 'string' },
        all: { type: 'boolean' },
        workers: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    process.stderr.write(errorLine(argumentError(e as Error).render(lang)));
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP[lang]);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${packageVersion()} (${RULESET_VERSION})\n`);
    return 0;
  }
  try {
    if (positionals[0] !== 'audit' || positionals.length > 1)
      throw positionals.length ? new CliError('unknownCommand', { command: positionals.join(' ') }) : new CliError('missingCommand');
    return await audit(values, lang);
  } catch (e) {
    const fault = faultOf(e, typeof values.out === 'string' ? values.out : null);
    if (fault === QUIET) return 0;
    if (fault === null) throw e;
    process.stderr.write(errorLine(fault.render(lang)));
    return 2;
  }
}

type Values = { [k: string]: string | boolean | undefined };

async function audit(values: Values, lang: Lang): Promise<number> {
  const str = (k: string) => values[k] as string | undefined;
  const householdsPath = str('households');
  const loansPath = str('loans');
  const asOf = str('as-of');
  if (!householdsPath) throw new CliError('fileRequired', { flag: '--households' });
  if (!loansPath) throw new CliError('fileRequired', { flag: '--loans' });
  if (!asOf) throw new CliError('asOfRequired');
  const format = oneOf(str('format'), REPORT_FORMATS, '--format', 'json');
  const encodingOf = (flag: string): Encoding | undefined => {
    const value = str(flag);
    if (value === undefined) return undefined;
    const encoding = ENCODING_FLAGS[value.toLowerCase()];
    if (!encoding) throw new CliError('oneOf', { flag: `--${flag}`, value, allowed: Object.keys(ENCODING_FLAGS) });
    return encoding;
  };
  const encodings = {
    households: encodingOf('households-encoding') ?? encodingOf('encoding'),
    loans: encodingOf('loans-encoding') ?? encodingOf('encoding'),
  };
  oneOf<Lang>(str('lang'), ['zh', 'en'], '--lang', 'zh'); // the language itself was read before the flags (langOf)
  const jurisdiction = oneOf(str('jurisdiction'), JURISDICTIONS, '--jurisdiction', 'HLJ');
  const maturityWindowDays = maturityWindowOf(str('maturity-window-days'));
  const workers = workersOf(str('workers'));
  // Every input must be there, and the report must not overwrite one, before anything is read or written.
  const inputs = checkInputs(values);
  const outPath = str('out');
  const target = outPath === undefined ? null : checkOut(outPath, inputs);
  if (format === 'xlsx' && outPath === undefined && process.stdout.isTTY) throw new CliError('xlsxNeedsOut');
  const optional = (flag: string) => (str(flag) === undefined ? undefined : wholeFile(str(flag)!, `--${flag}`));
  const request: AuditRequest = {
    households: fileSource(householdsPath),
    loans: fileSource(loansPath),
    asOf,
    format,
    lang,
    jurisdiction,
    all: values.all === true,
    maturityWindowDays,
    encodings: {
      ...(encodings.households ? { households: encodings.households } : {}),
      ...(encodings.loans ? { loans: encodings.loans } : {}),
    },
    sheets: Object.fromEntries(
      (
        [
          ['households', 'households-sheet'],
          ['loans', 'loans-sheet'],
          ['both', 'sheet'],
        ] as const
      ).flatMap(([role, flag]) => (str(flag) === undefined ? [] : [[role, str(flag)!]])),
    ),
    ...Object.fromEntries(
      (
        [
          ['policy', 'policy'],
          ['thresholds', 'thresholds'],
          ['leadBanks', 'lead-banks'],
          ['regions', 'regions'],
          ['columns', 'columns'],
          ['interpretations', 'interpretations'],
        ] as const
      ).flatMap(([key, flag]) => (str(flag) === undefined ? [] : [[key, optional(flag)]])),
    ),
    packageVersion: packageVersion(),
  };
  const prepared = await prepareAudit(request, NODE);

  let spool: FileSpool;
  try {
    spool = new FileSpool();
  } catch (e) {
    throw spoolFault(e);
  }
  let out: ClosableOutput | null = null;
  let complete = false;
  // On a terminal: rows read, rows a second and the time left, both files counted together (issue 18).
  let progress: ((rows: number, what: 'households' | 'loans') => void) | undefined;
  if (process.stderr.isTTY) {
    const { households, loans } = prepared.lines;
    const meter = new ProgressMeter(households === null || loans === null ? null : households + loans, () => performance.now());
    let householdRows = 0;
    progress = (rows, what) => {
      if (what === 'households') householdRows = rows;
      process.stderr.write(`\rfupin-xindai: ${say(lang, 'progress', meter.at(what === 'households' ? rows : householdRows + rows))}`);
    };
  }
  try {
    // The report goes to a temporary file beside --out, renamed into place when it is complete (src/cli/output.ts).
    out = target === null ? streamOutput(process.stdout, false) : fileOutput(target);
    const parts = workers ?? defaultWorkers(loansPath);
    await prepared.run({ out, spool, openBook: streamedBook, ...(progress ? { progress } : {}), ...(parts > 1 ? { threads: workerThreads(parts) } : {}) });
    if (process.stderr.isTTY) process.stderr.write('\n');
    await out.close();
    complete = true;
  } finally {
    // A run that fails leaves no report: the temporary file goes, and a file already at --out stays as it was.
    if (!complete) out?.abort();
    spool.dispose();
  }
  return 0;
}

/** `--workers N`: a whole number of threads, 1 to 64; undefined when not given. */
function workersOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^[1-9]\d?$/.test(text) || Number(text) > MAX_WORKERS) throw new CliError('workers', { flag: '--workers', value: text, max: MAX_WORKERS });
  return Number(text);
}

const MAX_WORKERS = 64;
/** Without `--workers`, a loans file smaller than this is read on one thread: starting threads would cost more than they save. */
const SMALL_LOANS = 16 << 20;

/** Without `--workers`: the cores this process may use, at most 8, for a loans file big enough to be worth cutting. */
function defaultWorkers(loansPath: string): number {
  let size = 0;
  try {
    size = statSync(loansPath).size;
  } catch {
    // prepareAudit read it a moment ago; if it is gone now, reading it says so.
  }
  return size < SMALL_LOANS ? 1 : Math.min(availableParallelism(), 8);
}

function isMain(): boolean {
  const invoked = process.argv[1] ? new URL(`file://${process.argv[1]}`).pathname : '';
  return invoked.endsWith('/cli.js') || invoked.endsWith('/main.ts') || invoked.endsWith('/fupin-xindai');
}

// Run when executed, not when imported by tests.
if (isMain()) {
  const lang = langOf(process.argv.slice(2));
  guardProcess();
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`fupin-xindai: ${say(lang, 'internalError', { detail: (e as Error).stack ?? String(e) })}\n`);
      process.exitCode = 1;
    },
  );
}
