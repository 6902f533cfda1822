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
import { csvReport } from './formats/csv.js';
import { htmlReport } from './formats/html.js';
import { jsonReport } from './formats/json.js';
import { markdownReport } from './formats/markdown.js';
import { ndjsonReport } from './formats/ndjson.js';
import { xlsxReport } from './formats/xlsx.js';
import { fileOutput, streamOutput, type ClosableOutput } from './output.js';
import { readRegister, RegisterError } from './register.js';
import type { AuditMeta, FileMeta, ReportWriter } from './report.js';
import { Spool } from './spool.js';
import { isXlsx, readXlsx, XlsxError } from './xlsx-input.js';

const HELP = `fupin-xindai — audit poverty-alleviation microloans against 银保监发〔2020〕28号 and 黑金发〔2020〕47号

Usage:
  fupin-xindai audit --households households.csv --loans loans.csv --as-of YYYY-MM-DD [options]
  fupin-xindai --help | --version

Options:
  --policy FILE               risk-compensation policy JSON: one policy, or {"default", "byRegion": {...}}
  --thresholds FILE           monitoring thresholds JSON, e.g. {"nplRatio": "0.05"} (28号 五 names no numbers)
  --format json|ndjson|csv|md|html|xlsx   report format (default json); xlsx is an Excel workbook
  --out FILE                  write the report here (default: standard output)
  --encoding utf8|gbk|gb18030 both CSV files' encoding (default: found — a BOM, else strict UTF-8, else GB18030/GBK)
  --households-encoding ENC, --loans-encoding ENC   one file's encoding (the report's meta says which was used)
  --columns FILE              JSON of a bank's headers → fields, e.g. {"客户号": "householdId"}, or
                              {"households": {…}, "loans": {…}}; null leaves a column unread
  --sheet NAME                the sheet to read from .xlsx inputs (default: the first visible sheet);
                              --households-sheet / --loans-sheet name one file's sheet
  --lang zh|en                language of messages (default zh)
  --jurisdiction HLJ|national apply both notices (default) or 28号 alone
  --interpretations FILE      JSON of documented readings, e.g. {"capBasis": "principal"} (docs/interpretations.md)
  --maturity-window-days N    days ahead that count as maturing soon (default 90)
  --lead-banks FILE           lead-bank register CSV with header region,bank (主责任银行, 名单制管理; 28号 四);
                              regions with active loans and none are reported
  --regions FILE              region names CSV with header region,name: the html and md reports name each region
  --all                       list every finding, not only breaches and those needing review

CSV headers are the field names of Household and Loan (API.md) in any letter case, or the Chinese headers
of bank exports (贷款编号, 合同金额, 贷款余额…); enum values as codes or in Chinese (在贷, 结清, 新增…);
booleans true/false, 1/0 or 是/否; an empty cell is an absent field. An .xlsx input (found by its content, not its name) is read the same
way: numbers exactly as stored, date cells as YYYY-MM-DD, a row's line is its Excel row number. Bad rows are reported with file, line and field and never stop the run.
`;

class UsageError extends Error {}

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
    throw new UsageError(`cannot read ${what} file ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return {
      value: JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')),
      meta: { path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length },
    };
  } catch (e) {
    throw new UsageError(`${what} file ${path} is not JSON: ${(e as Error).message}`);
  }
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}`);
  return value as T;
}

function describeIssues(e: unknown): string {
  return isPolicyInputError(e) ? e.issues.map((i) => `${i.path}: ${i.message}`).join('; ') : (e as Error).message;
}

export async function main(argv: readonly string[]): Promise<number> {
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
    process.stderr.write(`fupin-xindai: ${(e as Error).message} (see --help)\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${packageVersion()} (${RULESET_VERSION})\n`);
    return 0;
  }
  try {
    if (positionals[0] !== 'audit' || positionals.length > 1)
      throw new UsageError(positionals.length ? `unknown command '${positionals.join(' ')}'` : 'missing command: audit');
    return await audit(values);
  } catch (e) {
    if (e instanceof UsageError || e instanceof HeaderError || e instanceof XlsxError) {
      process.stderr.write(`fupin-xindai: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

type Values = { [k: string]: string | boolean | undefined };

async function audit(values: Values): Promise<number> {
  const str = (k: string) => values[k] as string | undefined;
  const householdsPath = str('households');
  const loansPath = str('loans');
  const asOf = str('as-of');
  if (!householdsPath) throw new UsageError('--households FILE is required');
  if (!loansPath) throw new UsageError('--loans FILE is required');
  if (!asOf) throw new UsageError('--as-of YYYY-MM-DD is required (the audit never reads the clock)');
  const format = oneOf(str('format'), ['json', 'ndjson', 'csv', 'md', 'html', 'xlsx'] as const, '--format', 'json');
  const encodingOf = (flag: string): Encoding | undefined => {
    const value = str(flag);
    if (value === undefined) return undefined;
    const encoding = ENCODING_FLAGS[value.toLowerCase()];
    if (!encoding) throw new UsageError(`--${flag} must be one of ${Object.keys(ENCODING_FLAGS).join(', ')}`);
    return encoding;
  };
  const encodings = { households: encodingOf('households-encoding') ?? encodingOf('encoding'), loans: encodingOf('loans-encoding') ?? encodingOf('encoding') };
  const lang = oneOf<Lang>(str('lang'), ['zh', 'en'], '--lang', 'zh');
  const jurisdiction = oneOf(str('jurisdiction'), ['HLJ', 'national'] as const, '--jurisdiction', 'HLJ');
  const windowText = str('maturity-window-days') ?? '90';
  if (!/^\d{1,5}$/.test(windowText)) throw new UsageError('--maturity-window-days must be a whole number of days');
  for (const [flag, path] of [
    ['--households', householdsPath],
    ['--loans', loansPath],
  ] as const) {
    if (!existsSync(path)) throw new UsageError(`cannot read ${flag} file ${path}: ENOENT`);
  }
  const sheets = await sheetsOf(values, householdsPath, loansPath);
  if (format === 'xlsx' && !str('out') && process.stdout.isTTY) throw new UsageError('--format xlsx writes a workbook: name it with --out FILE.xlsx');

  let policies = null;
  let policyMeta: FileMeta | undefined;
  if (str('policy')) {
    const { value, meta } = readJsonFile(str('policy')!, '--policy');
    try {
      policies = readPolicySet(value);
    } catch (e) {
      throw new UsageError(`--policy ${meta.path}: ${describeIssues(e)}`);
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
      throw new UsageError(`--thresholds ${meta.path}: ${describeIssues(e)}`);
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
      if (e instanceof RegisterError) throw new UsageError(e.message);
      if (isPolicyInputError(e)) throw new UsageError(`--lead-banks ${str('lead-banks')!}: ${describeIssues(e)}`);
      throw e;
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
        ? `--interpretations ${interpretationsMeta?.path ?? ''}: ${path.slice('options.'.length)}`
        : `--${path.slice('options.'.length).replace('asOf', 'as-of')}`;
    throw new UsageError(e.issues.map((i) => `${flagOf(i.path)}: ${i.message}`).join('; '));
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

  const out: ClosableOutput = str('out') ? fileOutput(str('out')!) : streamOutput(process.stdout, false);
  const spool = new Spool();
  const progress = process.stderr.isTTY ? (n: number, what: string) => process.stderr.write(`\rfupin-xindai: ${n.toLocaleString('en')} ${what}…`) : () => {};
  try {
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
    const emit = (item: AuditFinding | InvalidRow) => {
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
    });
    let loanRows = 0;
    await readRows('loans', LOAN_COLUMNS, (row) => {
      if (row.fault) engine.malformed(loansPath, row.line, row.fault, emit);
      else engine.loan(row.record, row.line, emit);
      if (++loanRows % 50000 === 0) progress(loanRows, 'loans');
      return settle();
    });
    // Loans whose id's hash was seen before are confirmed against the ids by reading the loans again (src/audit/id-hashes.ts).
    if (engine.loansToRecheck())
      await readRows('loans', LOAN_COLUMNS, (row) => {
        if (!row.fault) engine.recheckLoan(row.record, row.line, emit);
        return settle();
      });
    const result = engine.finish(emit);
    await settle();
    if (process.stderr.isTTY) process.stderr.write('\n');
    await writer.end({ meta, ...result, ...(regions ? { regionNames: regions.names } : {}) }, spool);
    await out.close();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code && !(e instanceof HeaderError)) throw new UsageError(`cannot read input: ${(e as Error).message}`);
    throw e;
  } finally {
    spool.dispose();
  }
  return 0;
}

/** `--regions FILE`: the register of region names (CSV `region,name`), read as `--lead-banks` is; null without the flag. */
function readRegionNames(path: string | undefined): { names: ReadonlyMap<string, string>; meta: FileMeta } | null {
  if (path === undefined) return null;
  try {
    const { entries, meta } = readRegister(path, '--regions', 'region', 'name');
    return { names: new Map(Object.entries(entries)), meta };
  } catch (e) {
    if (e instanceof RegisterError) throw new UsageError(e.message);
    throw e;
  }
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
      if (e instanceof XlsxError) throw new UsageError(`--${role} ${e.message}`);
      throw new UsageError(`cannot read --${role} file ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    const own = values[`${role}-sheet`] as string | undefined;
    if (own !== undefined && !workbook) throw new UsageError(`--${role}-sheet: --${role} file ${path} is not an .xlsx workbook`);
    if (workbook) result[role] = { name: own ?? common };
  }
  if (common !== undefined && !result.households && !result.loans) throw new UsageError('--sheet: neither --households nor --loans is an .xlsx workbook');
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
      if (e instanceof HeaderError) throw new UsageError(`--columns ${columnsPath}: ${e.message}`);
      throw e;
    }
    columnsMeta = meta;
  }
  const read = async (role: 'households' | 'loans', columns: Columns): Promise<Input> => {
    const columnMap = maps?.[role];
    if (sheets[role]) {
      if (encodings[role]) throw new UsageError(`--${role}-encoding: --${role} file ${paths[role]} is an .xlsx workbook, which has no text encoding`);
      return { options: null, columnMap, meta: { path: paths[role], ...(await hashFile(paths[role])) }, lines: null, header: null };
    }
    let file: InputFile;
    try {
      file = await inspectInput(paths[role], encodings[role], `--${role}-encoding`);
    } catch (e) {
      if (e instanceof EncodingError) throw new UsageError(`--${role} ${e.message}`);
      throw e;
    }
    const options: CsvOptions = { encoding: file.encoding, ...(maps ? { columnMap: maps[role] } : {}) };
    let header: HeaderMatch;
    try {
      header = await readCsvHeader(paths[role], columns, options);
    } catch (e) {
      if (e instanceof HeaderError && e.message.includes(': missing column')) throw new HeaderError(`${e.message}; a --columns FILE can name it`);
      throw e;
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
      throw new UsageError(`--columns ${columnsPath!}: no header '${entry.header}' in ${entry.files.map((f) => paths[f]).join(' or ')}`);
  }
  return { households, loans, ...(columnsMeta ? { columnsMeta } : {}) };
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
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`fupin-xindai: internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
