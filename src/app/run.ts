/**
 * One audit run, from input bytes to a finished report — the code the CLI and the offline page both run
 * (issue 17: one source, bundled twice). The caller supplies what differs between them: where bytes come
 * from (`ByteSource`), how to hash them and read a workbook's sheet (`AuditPlatform`), and where the report
 * and its spool go (`RunOptions`). Everything else — finding encodings, matching headers and column maps,
 * reading options and registers, judging rows, rechecking repeated loan ids, writing the format — is here.
 *
 * A run has two steps so that every problem with the inputs is found before anything is written:
 * `prepareAudit` reads the option files, each input's encoding and header (throwing a CliError, one line in
 * the report's language); `PreparedAudit.run` then judges every row and writes the report.
 */
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
  readAuditLeadBanks,
  readAuditOptions,
  readAuditThresholds,
  readColumnMap,
  readPolicySet,
} from '../audit/index.js';
import { type CsvOptions, type CsvRow, readCsv, readCsvHeader } from './csv.js';
import { type Encoding, EncodingError, inspectInput } from './encoding.js';
import { readingFailed, readingFault } from './faults.js';
import { csvReport } from './formats/csv.js';
import { htmlReport } from './formats/html.js';
import { jsonReport } from './formats/json.js';
import { markdownReport } from './formats/markdown.js';
import { ndjsonReport } from './formats/ndjson.js';
import { type OpenBook, xlsxReport } from './formats/xlsx.js';
import { CliError, issuesText, issueText } from './messages.js';
import { readRegister } from './register.js';
import type { AuditEnd, AuditMeta, FileMeta, Output, ReportWriter, Spool } from './report.js';
import { type ByteSource, type Hasher, hashSource, headOf, type WholeFile } from './source.js';
import { isWorkbook, readXlsx, type SheetRow, XlsxError } from './xlsx-rows.js';

export const REPORT_FORMATS = ['json', 'ndjson', 'csv', 'md', 'html', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const JURISDICTIONS = ['HLJ', 'national'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

type Role = 'households' | 'loans';

/** Days ahead that count as maturing soon (`--maturity-window-days`), from its text: whole days, 90 when not given. */
export function maturityWindowOf(text: string | undefined): number {
  const days = text ?? '90';
  if (!/^\d{1,5}$/.test(days)) throw new CliError('wholeDays', { flag: '--maturity-window-days', value: days });
  return Number(days);
}

/** What to audit and how: the CLI's flags, or the page's form. Optional files are absent when not given. */
export interface AuditRequest {
  readonly households: ByteSource;
  readonly loans: ByteSource;
  readonly asOf: string;
  readonly format: ReportFormat;
  readonly lang: Lang;
  readonly jurisdiction: Jurisdiction;
  /** List every finding (`--all`), not only breaches and those needing review. */
  readonly all: boolean;
  readonly maturityWindowDays: number;
  /** Each CSV input's encoding when the user named it (`--households-encoding`, `--loans-encoding`, `--encoding`). */
  readonly encodings: Readonly<Partial<Record<Role, Encoding>>>;
  /** The sheet asked of each workbook input (`--households-sheet`, `--loans-sheet`), and of both (`--sheet`). */
  readonly sheets: Readonly<Partial<Record<Role | 'both', string>>>;
  readonly columns?: WholeFile;
  readonly policy?: WholeFile;
  readonly thresholds?: WholeFile;
  readonly interpretations?: WholeFile;
  readonly leadBanks?: WholeFile;
  readonly regions?: WholeFile;
  /** The package's version, echoed in the report's meta. */
  readonly packageVersion: string;
}

/** What the platform running the audit provides. */
export interface AuditPlatform {
  newHash(): Hasher;
  /** The rows of a workbook's sheet (`wanted`, or the first visible one); `onSheet` is told the sheet's name before any row. */
  sheetRows(source: ByteSource, wanted: string | undefined, onSheet: (name: string) => void): AsyncIterable<SheetRow>;
}

/** Where a prepared run writes, and whom it tells how far it got. */
export interface RunOptions {
  readonly out: Output;
  /** Where the md, html, xlsx and json formats keep what they print after the summary. */
  readonly spool: Spool;
  /** How an xlsx report's workbook is built (default: in memory). */
  readonly openBook?: OpenBook;
  /** Called every `progressEvery` rows (default 50,000) with the rows read so far of the file being read. */
  readonly progress?: (rows: number, what: Role) => void;
  readonly progressEvery?: number;
  /** Told every item as the report receives it (a rejected row's message in the report's language): to keep them for another format. */
  readonly tap?: (item: AuditFinding | InvalidRow) => void;
}

export interface PreparedAudit {
  /** What the report's meta says (an .xlsx input's sheet and columns are filled in as it is read). */
  readonly meta: AuditMeta;
  /** About how many rows each input has (its lines); null for a workbook. */
  readonly lines: Readonly<Record<Role, number | null>>;
  /** Judges every row and writes the report to `options.out` (which the caller then closes); resolves to what the report ended with. */
  run(options: RunOptions): Promise<AuditEnd>;
}

/** An input as found before any row is judged (a workbook's sheet and header are found as it is read). */
interface Input {
  readonly source: ByteSource;
  readonly flag: string;
  readonly options: CsvOptions | null;
  readonly columnMap: ColumnMap | undefined;
  readonly meta: { -readonly [K in keyof FileMeta]: FileMeta[K] };
  readonly lines: number | null;
  readonly header: HeaderMatch | null;
  /** The sheet asked of a workbook (undefined: the first visible one); null for a CSV. */
  readonly sheet: { readonly name: string | undefined } | null;
}

/** A JSON file given with `flag`, parsed (a BOM allowed), with what the report's meta echoes of it. */
export function jsonOf(file: WholeFile, flag: string): { value: unknown; meta: FileMeta } {
  try {
    return {
      value: JSON.parse(new TextDecoder('utf-8').decode(file.bytes).replace(/^\uFEFF/, '')),
      meta: { path: file.path, sha256: file.sha256, bytes: file.bytes.length },
    };
  } catch (e) {
    throw new CliError('notJson', { flag, path: file.path, detail: (e as Error).message });
  }
}

/** A file's bad fields, one line in `lang`. */
function fileIssues(flag: string, path: string, e: unknown, lang: Lang): CliError {
  if (!isPolicyInputError(e)) throw e;
  return new CliError('fileIssues', { flag, path, issues: issuesText(e.issues, lang) });
}

/** Reads a JSON option file with `read`, naming the file in any issue. */
function optionFile<T>(file: WholeFile | undefined, flag: string, lang: Lang, read: (value: unknown) => T): { value: T; meta: FileMeta } | null {
  if (!file) return null;
  const { value, meta } = jsonOf(file, flag);
  try {
    return { value: read(value), meta };
  } catch (e) {
    throw fileIssues(flag, meta.path, e, lang);
  }
}

/**
 * Reads every option file and register, and each input's encoding and header, so that every problem with
 * them is found (a CliError) before a row is judged or a byte of the report written.
 *
 * @param request what to audit and how
 * @param platform how to hash and read workbooks here
 * @returns the run, ready to write its report
 * @throws {CliError} for any input or option that cannot be used
 */
export async function prepareAudit(request: AuditRequest, platform: AuditPlatform): Promise<PreparedAudit> {
  const { lang, asOf, jurisdiction } = request;
  const workbooks = await workbooksOf(request);
  const policy = optionFile(request.policy, '--policy', lang, readPolicySet);
  const thresholds = optionFile(request.thresholds, '--thresholds', lang, readAuditThresholds);
  let leadBanks = null;
  let leadBanksMeta: FileMeta | undefined;
  if (request.leadBanks) {
    try {
      const { entries, meta } = readRegister(request.leadBanks, '--lead-banks', 'region', 'bank');
      leadBanks = readAuditLeadBanks(entries);
      leadBanksMeta = meta;
    } catch (e) {
      throw e instanceof CliError ? e : fileIssues('--lead-banks', request.leadBanks.path, e, lang);
    }
  }
  const regions = request.regions ? readRegister(request.regions, '--regions', 'region', 'name') : null;
  const inputs = await readInputs(request, workbooks, platform);
  const interpretations = request.interpretations ? jsonOf(request.interpretations, '--interpretations') : null;
  let options;
  try {
    options = readAuditOptions({ asOf, jurisdiction, interpretations: interpretations?.value });
  } catch (e) {
    if (!isPolicyInputError(e)) throw e;
    // Each issue named by the flag it came from: options.asOf is --as-of, options.interpretations.x the file's x.
    const colon = lang === 'zh' ? '：' : ': ';
    const flagOf = (path: string) =>
      path.startsWith('options.interpretations')
        ? `--interpretations ${interpretations?.meta.path ?? ''}${colon}${path.slice('options.'.length)}`
        : `--${path.slice('options.'.length).replace('asOf', 'as-of')}`;
    const issues = e.issues.map((i) => `${flagOf(i.path)}${colon}${issueText(i, lang)}`);
    throw new CliError('optionIssues', { issues: issues.join(lang === 'zh' ? '；' : '; ') });
  }

  const meta: AuditMeta = {
    tool: 'fupin-xindai audit',
    packageVersion: request.packageVersion,
    rulesetVersion: RULESET_VERSION,
    asOf,
    jurisdiction,
    lang,
    interpretations: interpretationsOf(options),
    allFindings: request.all,
    files: {
      households: inputs.households.meta,
      loans: inputs.loans.meta,
      ...(inputs.columnsMeta ? { columns: inputs.columnsMeta } : {}),
      ...(policy ? { policy: policy.meta } : {}),
      ...(thresholds ? { thresholds: thresholds.meta } : {}),
      ...(interpretations ? { interpretations: interpretations.meta } : {}),
      ...(leadBanksMeta ? { leadBanks: leadBanksMeta } : {}),
      ...(regions ? { regions: regions.meta } : {}),
    },
  };

  const run = async (o: RunOptions): Promise<AuditEnd> => {
    const engine = new PortfolioAudit({
      asOf,
      jurisdiction,
      lang,
      options,
      policies: policy?.value ?? null,
      all: request.all,
      thresholds: thresholds?.value ?? {},
      maturityWindowDays: request.maturityWindowDays,
      leadBanks,
      householdsFile: request.households.path,
      loansFile: request.loans.path,
      ...(inputs.loans.lines !== null ? { expectedLoans: inputs.loans.lines } : {}),
    });
    const format = request.format;
    const writer: ReportWriter =
      format === 'json'
        ? jsonReport(o.out, meta, o.spool)
        : format === 'ndjson'
          ? ndjsonReport(o.out)
          : format === 'csv'
            ? csvReport(o.out)
            : format === 'md'
              ? markdownReport(o.out)
              : format === 'xlsx'
                ? xlsxReport(o.out, o.openBook)
                : htmlReport(o.out);
    const spooled = format === 'md' || format === 'html' || format === 'xlsx';
    // Items go straight to the report; a write that must wait pauses reading until it is done.
    const waits: Promise<void>[] = [];
    const emit = (found: AuditFinding | InvalidRow) => {
      // A rejected row's message is the library's English; the report says it in its language.
      const item = lang === 'en' || found.type === 'finding' ? found : { ...found, message: issueText(found, lang) };
      o.tap?.(item);
      const wait = spooled ? o.spool.add(item) : writer.item(item);
      if (wait) waits.push(wait);
    };
    const settle = () => (waits.length ? Promise.all(waits.splice(0)).then(() => undefined) : undefined);
    const every = o.progressEvery ?? 50_000;

    const readRows = (input: Input, columns: Columns, onRow: (row: CsvRow) => void | Promise<void>): Promise<number> => {
      const { source, sheet } = input;
      const read = sheet
        ? readXlsx(
            source.path,
            (onSheet) => platform.sheetRows(source, sheet.name, onSheet),
            columns,
            input.columnMap,
            onRow,
            (found) => {
              input.meta.sheet = found.sheet;
              input.meta.columns = found.header.columns;
              input.meta.ignoredColumns = found.header.ignored;
            },
          )
        : readCsv(source, columns, input.options!, onRow);
      return read.catch(readingFailed(input.flag, source.path));
    };
    let householdRows = 0;
    await readRows(inputs.households, HOUSEHOLD_COLUMNS, (row) => {
      if (row.fault) engine.malformed(request.households.path, row.line, row.fault, emit);
      else engine.household(row.record, row.line, emit);
      if (++householdRows % every === 0) o.progress?.(householdRows, 'households');
      return settle();
    });
    let loanRows = 0;
    await readRows(inputs.loans, LOAN_COLUMNS, (row) => {
      if (row.fault) engine.malformed(request.loans.path, row.line, row.fault, emit);
      else engine.loan(row.record, row.line, emit);
      if (++loanRows % every === 0) o.progress?.(loanRows, 'loans');
      return settle();
    });
    // Loans whose id's hash was seen before are confirmed against the ids by reading the loans again (src/audit/id-hashes.ts).
    if (engine.loansToRecheck())
      await readRows(inputs.loans, LOAN_COLUMNS, (row) => {
        if (!row.fault) engine.recheckLoan(row.record, row.line, emit);
        return settle();
      });
    const result = engine.finish(emit);
    await settle();
    const end: AuditEnd = { meta, ...result, ...(regions ? { regionNames: new Map(Object.entries(regions.entries)) } : {}) };
    await writer.end(end, o.spool);
    return end;
  };
  return { meta, lines: { households: inputs.households.lines, loans: inputs.loans.lines }, run };
}

/**
 * Which inputs are .xlsx workbooks (by content) and the sheet asked of each: its own sheet, else the one
 * asked of both, else the first visible sheet (`name` undefined). A sheet asked of an input that is not a
 * workbook is a usage error.
 */
async function workbooksOf(request: AuditRequest): Promise<Record<Role, { name: string | undefined } | null>> {
  const result: Record<Role, { name: string | undefined } | null> = { households: null, loans: null };
  const both = request.sheets.both;
  for (const role of ['households', 'loans'] as const) {
    const source = request[role];
    let workbook: boolean;
    try {
      workbook = isWorkbook(await headOf(source, 4), source.path);
    } catch (e) {
      if (e instanceof XlsxError) throw new CliError('xlsxUnreadable', { flag: `--${role}`, path: source.path, detail: e.message });
      throw readingFault(`--${role}`, source.path, e);
    }
    const own = request.sheets[role];
    if (own !== undefined && !workbook) throw new CliError('sheetNotWorkbook', { sheetFlag: `--${role}-sheet`, flag: `--${role}`, path: source.path });
    if (workbook) result[role] = { name: own ?? both };
  }
  if (both !== undefined && !result.households && !result.loans) throw new CliError('sheetWithoutWorkbook');
  return result;
}

/**
 * Finds each input's encoding (src/app/encoding.ts), reads the column map (`--columns FILE`) and both headers,
 * so that every problem with them is found before anything is judged or written.
 */
async function readInputs(
  request: AuditRequest,
  workbooks: Record<Role, { name: string | undefined } | null>,
  platform: AuditPlatform,
): Promise<{ households: Input; loans: Input; columnsMeta?: FileMeta }> {
  let maps: ColumnMaps | undefined;
  let columnsMeta: FileMeta | undefined;
  if (request.columns) {
    const { value, meta } = jsonOf(request.columns, '--columns');
    try {
      maps = readColumnMap(value, { households: HOUSEHOLD_COLUMNS, loans: LOAN_COLUMNS });
    } catch (e) {
      if (e instanceof HeaderError) throw new CliError('columnsBad', { path: meta.path, detail: e.message });
      throw e;
    }
    columnsMeta = meta;
  }
  const read = async (role: Role, columns: Columns): Promise<Input> => {
    const source = request[role];
    const flag = `--${role}`;
    const columnMap = maps?.[role];
    const sheet = workbooks[role];
    if (sheet) {
      if (request.encodings[role]) throw new CliError('encodingForWorkbook', { encodingFlag: `--${role}-encoding`, flag, path: source.path });
      const hashed = await hashSource(source, () => platform.newHash()).catch(readingFailed(flag, source.path));
      return { source, flag, options: null, columnMap, meta: { path: source.path, ...hashed }, lines: null, header: null, sheet };
    }
    let file;
    try {
      file = await inspectInput(source, request.encodings[role], `--${role}-encoding`, () => platform.newHash());
    } catch (e) {
      if (e instanceof EncodingError) throw new CliError('undecodable', { flag, path: source.path, detail: e.message });
      throw readingFault(flag, source.path, e);
    }
    const options: CsvOptions = { encoding: file.encoding, ...(maps ? { columnMap: maps[role] } : {}) };
    let header: HeaderMatch;
    try {
      header = await readCsvHeader(source, columns, options);
    } catch (e) {
      const hinted = e instanceof HeaderError && e.message.includes(': missing column') ? new HeaderError(`${e.message}; a --columns FILE can name it`) : e;
      throw readingFault(flag, source.path, hinted);
    }
    const { sha256, bytes, encoding, encodingFrom } = file;
    return {
      source,
      flag,
      options,
      columnMap,
      header,
      sheet: null,
      lines: file.lines,
      meta: { path: source.path, sha256, bytes, encoding, encodingFrom, columns: header.columns, ignoredColumns: header.ignored },
    };
  };
  const households = await read('households', HOUSEHOLD_COLUMNS);
  const loans = await read('loans', LOAN_COLUMNS);
  for (const entry of maps?.entries ?? []) {
    // A workbook's header is read with its rows: its column map entries are checked there.
    const found = (f: Role) => {
      const header = (f === 'households' ? households : loans).header;
      return header === null || header.mapped.includes(entry.header);
    };
    if (!entry.files.some(found))
      throw new CliError('columnsNoHeader', {
        path: columnsMeta!.path,
        header: entry.header,
        files: entry.files.map((f) => request[f].path).join(' / '),
      });
  }
  return { households, loans, ...(columnsMeta ? { columnsMeta } : {}) };
}
