#!/usr/bin/env node
/**
 * fupin-xindai — the audit CLI. `fupin-xindai audit --households H.csv --loans L.csv --as-of YYYY-MM-DD`
 * reads a portfolio, judges every household and loan against 28号 and 47号, and writes a report that
 * quotes the sentence behind each finding. Exit 2 for unusable arguments or unreadable files (one line
 * on stderr), 0 otherwise; bad rows never stop the run.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { isPolicyInputError, RULESET_VERSION } from '../index.js';
import {
  type AuditFinding,
  HOUSEHOLD_COLUMNS,
  interpretationsOf,
  type InvalidRow,
  type Lang,
  LOAN_COLUMNS,
  PortfolioAudit,
  readAuditLeadBanks,
  readAuditOptions,
  readAuditThresholds,
  readPolicySet,
} from '../audit/index.js';
import { type Encoding, hashFile, readCsv } from './csv.js';
import { faultOf, guardProcess, QUIET, readingFault, spoolFault } from './faults.js';
import { csvReport } from './formats/csv.js';
import { htmlReport } from './formats/html.js';
import { jsonReport } from './formats/json.js';
import { markdownReport } from './formats/markdown.js';
import { ndjsonReport } from './formats/ndjson.js';
import { argumentError, CliError, errorLine, HELP, issuesText, issueText, say } from './messages.js';
import { fileOutput, streamOutput, type ClosableOutput } from './output.js';
import { checkInputs, checkOut } from './paths.js';
import { readRegister } from './register.js';
import type { AuditMeta, FileMeta, ReportWriter } from './report.js';
import { Spool } from './spool.js';

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

function readJsonFile(path: string, what: string): { value: unknown; meta: FileMeta } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new CliError('cannotRead', { flag: what, path, code: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
  try {
    return {
      value: JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')),
      meta: { path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length },
    };
  } catch (e) {
    throw new CliError('notJson', { flag: what, path, detail: (e as Error).message });
  }
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new CliError('oneOf', { flag, value, allowed });
  return value as T;
}

/** A file's bad fields, one line in `lang`. */
function fileIssues(flag: string, path: string, e: unknown, lang: Lang): CliError {
  if (!isPolicyInputError(e)) throw e;
  return new CliError('fileIssues', { flag, path, issues: issuesText(e.issues, lang) });
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
        lang: { type: 'string' },
        jurisdiction: { type: 'string' },
        interpretations: { type: 'string' },
        'maturity-window-days': { type: 'string' },
        'lead-banks': { type: 'string' },
        all: { type: 'boolean' },
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
  const format = oneOf(str('format'), ['json', 'ndjson', 'csv', 'md', 'html'] as const, '--format', 'json');
  const encoding = oneOf<Encoding>(str('encoding'), ['utf8', 'gbk'], '--encoding', 'utf8');
  oneOf<Lang>(str('lang'), ['zh', 'en'], '--lang', 'zh'); // the language itself was read before the flags (langOf)
  const jurisdiction = oneOf(str('jurisdiction'), ['HLJ', 'national'] as const, '--jurisdiction', 'HLJ');
  const windowText = str('maturity-window-days') ?? '90';
  if (!/^\d{1,5}$/.test(windowText)) throw new CliError('wholeDays', { flag: '--maturity-window-days', value: windowText });
  // Every input must be there, and the report must not overwrite one, before anything is read or written.
  const inputs = checkInputs(values);
  const outPath = str('out');
  const target = outPath === undefined ? null : checkOut(outPath, inputs);

  let policies = null;
  let policyMeta: FileMeta | undefined;
  if (str('policy')) {
    const { value, meta } = readJsonFile(str('policy')!, '--policy');
    try {
      policies = readPolicySet(value);
    } catch (e) {
      throw fileIssues('--policy', meta.path, e, lang);
    }
    policyMeta = meta;
  }
  let thresholds = {};
  let thresholdsMeta: FileMeta | undefined;
  if (str('thresholds')) {
    const { value, meta } = readJsonFile(str('thresholds')!, '--thresholds');
    try {
      thresholds = readAuditThresholds(value);
    } catch (e) {
      throw fileIssues('--thresholds', meta.path, e, lang);
    }
    thresholdsMeta = meta;
  }
  let leadBanks = null;
  let leadBanksMeta: FileMeta | undefined;
  if (str('lead-banks')) {
    try {
      const { entries, meta } = readRegister(str('lead-banks')!, '--lead-banks', 'region', 'bank');
      leadBanks = readAuditLeadBanks(entries);
      leadBanksMeta = meta;
    } catch (e) {
      throw e instanceof CliError ? e : fileIssues('--lead-banks', str('lead-banks')!, e, lang);
    }
  }
  let interpretations: unknown;
  let interpretationsMeta: FileMeta | undefined;
  if (str('interpretations')) {
    const { value, meta } = readJsonFile(str('interpretations')!, '--interpretations');
    interpretations = value;
    interpretationsMeta = meta;
  }
  let options;
  try {
    options = readAuditOptions({ asOf, jurisdiction, interpretations });
  } catch (e) {
    if (!isPolicyInputError(e)) throw e;
    // Each issue named by the flag it came from: options.asOf is --as-of, options.interpretations.x the file's x.
    const flagOf = (path: string) =>
      path.startsWith('options.interpretations')
        ? `--interpretations ${interpretationsMeta?.path ?? ''}${lang === 'zh' ? '：' : ': '}${path.slice('options.'.length)}`
        : `--${path.slice('options.'.length).replace('asOf', 'as-of')}`;
    const issues = e.issues.map((i) => `${flagOf(i.path)}${lang === 'zh' ? '：' : ': '}${issueText(i, lang)}`);
    throw new CliError('optionIssues', { issues: issues.join(lang === 'zh' ? '；' : '; ') });
  }

  const engine = new PortfolioAudit({
    asOf,
    jurisdiction,
    lang,
    options,
    policies,
    all: values.all === true,
    thresholds,
    maturityWindowDays: Number(windowText),
    leadBanks,
    householdsFile: householdsPath,
    loansFile: loansPath,
  });

  let spool: Spool;
  try {
    spool = new Spool();
  } catch (e) {
    throw spoolFault(e);
  }
  let out: ClosableOutput | null = null;
  let complete = false;
  const progress = process.stderr.isTTY
    ? (count: number, what: 'households' | 'loans') => process.stderr.write(`\rfupin-xindai: ${say(lang, 'progress', { count, what })}`)
    : () => {};
  try {
    // The report goes to a temporary file beside --out, renamed into place when it is complete (src/cli/output.ts).
    out = target === null ? streamOutput(process.stdout, false) : fileOutput(target);
    const meta: AuditMeta = {
      tool: 'fupin-xindai audit',
      packageVersion: packageVersion(),
      rulesetVersion: RULESET_VERSION,
      asOf,
      jurisdiction,
      lang,
      interpretations: interpretationsOf(options),
      allFindings: values.all === true,
      files: {
        households: { path: householdsPath, ...(await hashFile(householdsPath).catch(readingFailed('--households', householdsPath))) },
        loans: { path: loansPath, ...(await hashFile(loansPath).catch(readingFailed('--loans', loansPath))) },
        ...(policyMeta ? { policy: policyMeta } : {}),
        ...(thresholdsMeta ? { thresholds: thresholdsMeta } : {}),
        ...(interpretationsMeta ? { interpretations: interpretationsMeta } : {}),
        ...(leadBanksMeta ? { leadBanks: leadBanksMeta } : {}),
      },
    };
    const writer: ReportWriter =
      format === 'json'
        ? jsonReport(out, meta, spool)
        : format === 'ndjson'
          ? ndjsonReport(out)
          : format === 'csv'
            ? csvReport(out)
            : format === 'md'
              ? markdownReport(out)
              : htmlReport(out);
    const spooled = format === 'md' || format === 'html';
    // Items go straight to the report; a write that must wait pauses reading until it is done.
    const waits: Promise<void>[] = [];
    const emit = (found: AuditFinding | InvalidRow) => {
      // A rejected row's message is the library's English; the report says it in its language.
      const item = lang === 'en' || found.type === 'finding' ? found : { ...found, message: issueText(found, lang) };
      const wait = spooled ? spool.add(item) : writer.item(item);
      if (wait) waits.push(wait);
    };
    const settle = () => (waits.length ? Promise.all(waits.splice(0)).then(() => undefined) : undefined);

    let householdRows = 0;
    await readCsv(householdsPath, HOUSEHOLD_COLUMNS, encoding, (row) => {
      if (row.malformed) engine.malformed(householdsPath, row.line, row.malformed, emit);
      else engine.household(row.record, row.line, emit);
      if (++householdRows % 50000 === 0) progress(householdRows, 'households');
      return settle();
    }).catch(readingFailed('--households', householdsPath));
    let loanRows = 0;
    await readCsv(loansPath, LOAN_COLUMNS, encoding, (row) => {
      if (row.malformed) engine.malformed(loansPath, row.line, row.malformed, emit);
      else engine.loan(row.record, row.line, emit);
      if (++loanRows % 50000 === 0) progress(loanRows, 'loans');
      return settle();
    }).catch(readingFailed('--loans', loansPath));
    const result = engine.finish(emit);
    await settle();
    if (process.stderr.isTTY) process.stderr.write('\n');
    await writer.end({ meta, ...result }, spool);
    await out.close();
    complete = true;
  } finally {
    // A run that fails leaves no report: the temporary file goes, and a file already at --out stays as it was.
    if (!complete) out?.abort();
    spool.dispose();
  }
  return 0;
}

/** What goes wrong reading the input given with `flag` names the flag and the path (src/cli/faults.ts). */
function readingFailed(flag: string, path: string): (e: unknown) => never {
  return (e) => {
    throw readingFault(flag, path, e);
  };
}

// An audit makes many short-lived objects per loan: a larger young generation lets most of them die
// young instead of being promoted, which saves seconds over a million loans (bench/audit-scale.ts).
if (isMain()) setFlagsFromString('--max-semi-space-size=64');

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
