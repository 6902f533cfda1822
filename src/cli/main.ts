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
  type ColumnMap,
  type ColumnMaps,
  type Columns,
  HeaderError,
  type HeaderMatch,
  HOUSEHOLD_COLUMNS,
  interpretationsOf,
  type InvalidRow,
  type Lang,
  LOAN_COLUMNS,
  PortfolioAudit,
  readColumnMap,
  readAuditLeadBanks,
  readAuditOptions,
  readAuditThresholds,
  readPolicySet,
} from '../audit/index.js';
import { type CsvOptions, type CsvRow, hashFile, readCsv, readCsvHeader } from './csv.js';
import { type Encoding, ENCODING_FLAGS, EncodingError, type InputFile, inspectInput } from './encoding.js';
import { faultOf, guardProcess, QUIET, readingFault, spoolFault } from './faults.js';
import { csvReport } from './formats/csv.js';
import { htmlReport } from './formats/html.js';
import { jsonReport } from './formats/json.js';
import { markdownReport } from './formats/markdown.js';
import { ndjsonReport } from './formats/ndjson.js';
import { xlsxReport } from './formats/xlsx.js';
import { argumentError, CliError, errorLine, HELP, issuesText, issueText, say } from './messages.js';
import { fileOutput, streamOutput, type ClosableOutput } from './output.js';
import { checkInputs, checkOut } from './paths.js';
import { readRegister } from './register.js';
import type { AuditMeta, FileMeta, ReportWriter } from './report.js';
import { Spool } from './spool.js';
import { isXlsx, readXlsx, XlsxError } from './xlsx-input.js';

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
  const format = oneOf(str('format'), ['json', 'ndjson', 'csv', 'md', 'html', 'xlsx'] as const, '--format', 'json');
  const encodingOf = (flag: string): Encoding | undefined => {
    const value = str(flag);
    if (value === undefined) return undefined;
    const encoding = ENCODING_FLAGS[value.toLowerCase()];
    if (!encoding) throw new CliError('oneOf', { flag: `--${flag}`, value, allowed: Object.keys(ENCODING_FLAGS) });
    return encoding;
  };
  const encodings = { households: encodingOf('households-encoding') ?? encodingOf('encoding'), loans: encodingOf('loans-encoding') ?? encodingOf('encoding') };
  oneOf<Lang>(str('lang'), ['zh', 'en'], '--lang', 'zh'); // the language itself was read before the flags (langOf)
  const jurisdiction = oneOf(str('jurisdiction'), ['HLJ', 'national'] as const, '--jurisdiction', 'HLJ');
  const windowText = str('maturity-window-days') ?? '90';
  if (!/^\d{1,5}$/.test(windowText)) throw new CliError('wholeDays', { flag: '--maturity-window-days', value: windowText });
  // Every input must be there, and the report must not overwrite one, before anything is read or written.
  const inputs = checkInputs(values);
  const outPath = str('out');
  const target = outPath === undefined ? null : checkOut(outPath, inputs);
  const sheets = await sheetsOf(values, householdsPath, loansPath);
  if (format === 'xlsx' && outPath === undefined && process.stdout.isTTY) throw new CliError('xlsxNeedsOut');

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
  const regions = readRegionNames(str('regions'));
  const input = await readInputs({ households: householdsPath, loans: loansPath }, encodings, str('columns'), sheets);
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
    ...(input.loans.lines !== null ? { expectedLoans: input.loans.lines } : {}),
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
        households: input.households.meta,
        loans: input.loans.meta,
        ...(input.columnsMeta ? { columns: input.columnsMeta } : {}),
        ...(policyMeta ? { policy: policyMeta } : {}),
        ...(thresholdsMeta ? { thresholds: thresholdsMeta } : {}),
        ...(interpretationsMeta ? { interpretations: interpretationsMeta } : {}),
        ...(leadBanksMeta ? { leadBanks: leadBanksMeta } : {}),
        ...(regions ? { regions: regions.meta } : {}),
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
              : format === 'xlsx'
                ? xlsxReport(out)
                : htmlReport(out);
    const spooled = format === 'md' || format === 'html' || format === 'xlsx';
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
    const readRows = (role: 'households' | 'loans', columns: Columns, onRow: (row: CsvRow) => void | Promise<void>) => {
      const sheet = sheets[role];
      const own = input[role];
      return sheet
        ? readXlsx(own.meta.path, columns, sheet.name, own.columnMap, onRow, (found) => {
            own.meta.sheet = found.sheet;
            own.meta.columns = found.header.columns;
            own.meta.ignoredColumns = found.header.ignored;
          })
        : readCsv(own.meta.path, columns, own.options!, onRow);
    };
    await readRows('households', HOUSEHOLD_COLUMNS, (row) => {
      if (row.fault) engine.malformed(householdsPath, row.line, row.fault, emit);
      else engine.household(row.record, row.line, emit);
      if (++householdRows % 50000 === 0) progress(householdRows, 'households');
      return settle();
    }).catch(readingFailed('--households', householdsPath));
    let loanRows = 0;
    await readRows('loans', LOAN_COLUMNS, (row) => {
      if (row.fault) engine.malformed(loansPath, row.line, row.fault, emit);
      else engine.loan(row.record, row.line, emit);
      if (++loanRows % 50000 === 0) progress(loanRows, 'loans');
      return settle();
    }).catch(readingFailed('--loans', loansPath));
    // Loans whose id's hash was seen before are confirmed against the ids by reading the loans again (src/audit/id-hashes.ts).
    if (engine.loansToRecheck())
      await readRows('loans', LOAN_COLUMNS, (row) => {
        if (!row.fault) engine.recheckLoan(row.record, row.line, emit);
        return settle();
      }).catch(readingFailed('--loans', loansPath));
    const result = engine.finish(emit);
    await settle();
    if (process.stderr.isTTY) process.stderr.write('\n');
    await writer.end({ meta, ...result, ...(regions ? { regionNames: regions.names } : {}) }, spool);
    await out.close();
    complete = true;
  } finally {
    // A run that fails leaves no report: the temporary file goes, and a file already at --out stays as it was.
    if (!complete) out?.abort();
    spool.dispose();
  }
  return 0;
}

/** `--regions FILE`: the register of region names (CSV `region,name`), read as `--lead-banks` is; null without the flag. */
function readRegionNames(path: string | undefined): { names: ReadonlyMap<string, string>; meta: FileMeta } | null {
  if (path === undefined) return null;
  const { entries, meta } = readRegister(path, '--regions', 'region', 'name');
  return { names: new Map(Object.entries(entries)), meta };
}

/**
 * Which inputs are .xlsx workbooks (by content) and the sheet asked of each: `--households-sheet` /
 * `--loans-sheet`, else `--sheet`, else the first visible sheet (`name` undefined). A sheet flag for an
 * input that is not a workbook is a usage error.
 */
async function sheetsOf(
  values: Values,
  householdsPath: string,
  loansPath: string,
): Promise<Record<'households' | 'loans', { name: string | undefined } | null>> {
  const result: Record<'households' | 'loans', { name: string | undefined } | null> = { households: null, loans: null };
  const common = values.sheet as string | undefined;
  for (const [role, path] of [
    ['households', householdsPath],
    ['loans', loansPath],
  ] as const) {
    let workbook: boolean;
    try {
      workbook = await isXlsx(path);
    } catch (e) {
      if (e instanceof XlsxError) throw new CliError('xlsxUnreadable', { flag: `--${role}`, path, detail: e.message });
      throw readingFault(`--${role}`, path, e);
    }
    const own = values[`${role}-sheet`] as string | undefined;
    if (own !== undefined && !workbook) throw new CliError('sheetNotWorkbook', { sheetFlag: `--${role}-sheet`, flag: `--${role}`, path });
    if (workbook) result[role] = { name: own ?? common };
  }
  if (common !== undefined && !result.households && !result.loans) throw new CliError('sheetWithoutWorkbook');
  return result;
}

/**
 * An input as found before any row is judged: for a CSV its encoding, header and column map; for an .xlsx workbook
 * its column map only (its sheet and header are found as it is read, and set in `meta` before any row is judged).
 */
interface Input {
  readonly options: CsvOptions | null;
  readonly columnMap: ColumnMap | undefined;
  /** What the report echoes of the file; an .xlsx input's sheet and columns are filled in once found. */
  readonly meta: { -readonly [K in keyof FileMeta]: FileMeta[K] };
  /** About how many rows the file has (its line count); null for a workbook. */
  readonly lines: number | null;
  readonly header: HeaderMatch | null;
}

/**
 * Finds each input's encoding (src/cli/encoding.ts), reads the column map (`--columns FILE`) and both headers,
 * so that every problem with them is exit 2 before anything is judged or written.
 */
async function readInputs(
  paths: { households: string; loans: string },
  encodings: { households: Encoding | undefined; loans: Encoding | undefined },
  columnsPath: string | undefined,
  sheets: Record<'households' | 'loans', { name: string | undefined } | null>,
): Promise<{ households: Input; loans: Input; columnsMeta?: FileMeta }> {
  let maps: ColumnMaps | undefined;
  let columnsMeta: FileMeta | undefined;
  if (columnsPath) {
    const { value, meta } = readJsonFile(columnsPath, '--columns');
    try {
      maps = readColumnMap(value, { households: HOUSEHOLD_COLUMNS, loans: LOAN_COLUMNS });
    } catch (e) {
      if (e instanceof HeaderError) throw new CliError('columnsBad', { path: columnsPath, detail: e.message });
      throw e;
    }
    columnsMeta = meta;
  }
  const read = async (role: 'households' | 'loans', columns: Columns): Promise<Input> => {
    const columnMap = maps?.[role];
    if (sheets[role]) {
      if (encodings[role]) throw new CliError('encodingForWorkbook', { encodingFlag: `--${role}-encoding`, flag: `--${role}`, path: paths[role] });
      const hashed = await hashFile(paths[role]).catch(readingFailed(`--${role}`, paths[role]));
      return { options: null, columnMap, meta: { path: paths[role], ...hashed }, lines: null, header: null };
    }
    let file: InputFile;
    try {
      file = await inspectInput(paths[role], encodings[role], `--${role}-encoding`);
    } catch (e) {
      if (e instanceof EncodingError) throw new CliError('undecodable', { flag: `--${role}`, path: paths[role], detail: e.message });
      throw readingFault(`--${role}`, paths[role], e);
    }
    const options: CsvOptions = { encoding: file.encoding, ...(maps ? { columnMap: maps[role] } : {}) };
    let header: HeaderMatch;
    try {
      header = await readCsvHeader(paths[role], columns, options);
    } catch (e) {
      const hinted = e instanceof HeaderError && e.message.includes(': missing column') ? new HeaderError(`${e.message}; a --columns FILE can name it`) : e;
      throw readingFault(`--${role}`, paths[role], hinted);
    }
    const { sha256, bytes, encoding, encodingFrom } = file;
    return {
      options,
      columnMap,
      header,
      lines: file.lines,
      meta: { path: paths[role], sha256, bytes, encoding, encodingFrom, columns: header.columns, ignoredColumns: header.ignored },
    };
  };
  const households = await read('households', HOUSEHOLD_COLUMNS);
  const loans = await read('loans', LOAN_COLUMNS);
  for (const entry of maps?.entries ?? []) {
    // A workbook's header is read with its rows: its column map entries are checked there.
    const found = (f: 'households' | 'loans') => {
      const header = (f === 'households' ? households : loans).header;
      return header === null || header.mapped.includes(entry.header);
    };
    if (!entry.files.some(found))
      throw new CliError('columnsNoHeader', { path: columnsPath!, header: entry.header, files: entry.files.map((f) => paths[f]).join(' / ') });
  }
  return { households, loans, ...(columnsMeta ? { columnsMeta } : {}) };
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
