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
  type LoanPart,
  PortfolioAudit,
  readAuditLeadBanks,
  readAuditOptions,
  readAuditThresholds,
  readColumnMap,
  readPolicySet,
  RangeIds,
} from '../audit/index.js';
import { type CsvOptions, type CsvRow, type RangeRead, readCsv, readCsvHeader } from './csv.js';
import { type Encoding, EncodingError, inspectInput } from './encoding.js';
import { readingFailed, readingFault } from './faults.js';
import { csvReport } from './formats/csv.js';
import { htmlReport } from './formats/html.js';
import { findingJson, jsonReport } from './formats/json.js';
import { markdownReport } from './formats/markdown.js';
import { ndjsonReport } from './formats/ndjson.js';
import { type OpenBook, xlsxReport } from './formats/xlsx.js';
import { CliError, issuesText, issueText } from './messages.js';
import { cutRanges, judgeRange, type LoanRange, readRangeIds } from './loan-ranges.js';
import { readRegister } from './register.js';
import { SharedHouseholds, type SharedHouseholdsData } from './shared-households.js';
import { type AuditEnd, type AuditMeta, type FileMeta, type Output, pendingWrites, type ReportWriter, type Spool } from './report.js';
import { type ByteSource, type Hasher, hashSource, headOf, type RangedSource, type WholeFile } from './source.js';
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
  /** Threads to judge parts of a CSV loans file on (`--workers N`); without them, or for a workbook, the loans are read in one piece. */
  readonly threads?: LoanThreads;
}

/** Threads that each audit one part of the loans file (the CLI's worker threads). */
export interface LoanThreads {
  /** Into how many parts to cut the loans file: the threads', and one the audit reads itself. */
  readonly parts: number;
  /** Starts a thread on a part: it reads its part's loan ids at once. */
  start(task: RangeTask): RangeThread;
}

/** One part's thread, as the audit sees it. */
export interface RangeThread {
  /** The part's first reading: how it read (rows, lines, whether it ended a row), its loan ids (RangeIds.hashes); and the audit's part's, when asked (`RangeTask.also`). */
  readonly first: Promise<{ readonly read: RangeRead; readonly hashes: Uint32Array; readonly also?: FirstReading }>;
  /**
   * Judges the part, its first line numbered `line`, given the earlier parts' ids and the households the audit read; resolves, once it is done, to its
   * items in order (each as `itemJson` wrote it), a batch at a time, and what it added up to. `onRows` is told the rows read so far, now and then.
   */
  judge(
    line: number,
    earlier: readonly Uint32Array[],
    households: SharedHouseholdsData,
    onRows: (rows: number) => void,
  ): Promise<{ items: AsyncIterable<readonly string[]>; part: LoanPart }>;
  /** Ends the thread: after `judge`, or to give the parts up. */
  close(): Promise<void>;
}

/** A part's first reading, made in another thread: how it read, its ids' set and the rows repeating an id of the part. */
export interface FirstReading {
  readonly read: RangeRead;
  readonly hashes: Uint32Array;
  readonly repeatedRows: readonly number[];
}

/** What a thread auditing one part of the loans file is given (plain data, to cross to it). */
export interface RangeTask {
  readonly plan: RunPlan;
  readonly range: LoanRange;
  /**
   * The audit's own part, for the thread to make its first reading too: the audit reads the households meanwhile,
   * which the threads need not wait for to read ids.
   */
  readonly also?: LoanRange;
  readonly alsoExpectedRows?: number;
  /** About how many rows the part has. */
  readonly expectedRows: number;
}

/** What the engine and the readers of a prepared run need, as plain data: the audit and each thread judging a part of the loans get it. */
export interface RunPlan {
  readonly asOf: string;
  readonly jurisdiction: Jurisdiction;
  readonly lang: Lang;
  readonly all: boolean;
  readonly maturityWindowDays: number;
  readonly options: ReturnType<typeof readAuditOptions>;
  readonly leadBanks: ReadonlyMap<string, string> | null;
  readonly policy?: WholeFile;
  readonly thresholds?: WholeFile;
  readonly households: InputPlan;
  readonly loans: InputPlan;
}

export interface PreparedAudit {
  /** What the report's meta says (an .xlsx input's sheet and columns are filled in as it is read). */
  readonly meta: AuditMeta;
  /** About how many rows each input has (its lines); null for a workbook. */
  readonly lines: Readonly<Record<Role, number | null>>;
  /** Judges every row and writes the report to `options.out` (which the caller then closes); resolves to what the report ended with. */
  run(options: RunOptions): Promise<AuditEnd>;
}

/** An input as found before any row is judged (a workbook's sheet and header are found as it is read), as plain data. */
interface InputPlan {
  readonly path: string;
  readonly flag: string;
  readonly options: CsvOptions | null;
  readonly columnMap: ColumnMap | undefined;
  readonly meta: { -readonly [K in keyof FileMeta]: FileMeta[K] };
  readonly lines: number | null;
  readonly header: HeaderMatch | null;
  /** The sheet asked of a workbook (undefined: the first visible one); null for a CSV. */
  readonly sheet: { readonly name: string | undefined } | null;
}

interface Input extends InputPlan {
  readonly source: ByteSource;
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

  const plan: RunPlan = {
    asOf,
    jurisdiction,
    lang,
    all: request.all,
    maturityWindowDays: request.maturityWindowDays,
    options,
    leadBanks,
    ...(request.policy ? { policy: request.policy } : {}),
    ...(request.thresholds ? { thresholds: request.thresholds } : {}),
    households: planOf(inputs.households),
    loans: planOf(inputs.loans),
  };

  const run = async (o: RunOptions): Promise<AuditEnd> => {
    const ranges = await rangesOf(inputs.loans, o.threads);
    // Read in parts, the loans' ids are kept by each part's RangeIds, not by the audit's own table; the households are
    // kept in shared memory, for every thread to read (src/audit/households.ts).
    const shared = ranges === null ? null : new SharedHouseholds(inputs.households.lines ?? undefined);
    const engine = shared === null ? engineOf(plan, inputs.loans.lines ?? undefined) : engineOf(plan, undefined, shared);
    const threads: RangeThread[] = [];
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
    const writes = pendingWrites();
    const emit = (found: AuditFinding | InvalidRow) => {
      // A rejected row's message is the library's English; the report says it in its language.
      const item = lang === 'en' || found.type === 'finding' ? found : { ...found, message: issueText(found, lang) };
      o.tap?.(item);
      writes.add(spooled ? o.spool.add(item) : writer.item(item));
    };
    const settle = () => writes.settle();
    const every = o.progressEvery ?? 50_000;
    // A thread's finding goes to the report as the JSON it wrote, where the format writes that JSON as it is.
    const asWritten: ((json: string) => void | Promise<void>) | undefined = o.tap
      ? undefined
      : spooled
        ? o.spool.addFindingJson && ((json) => o.spool.addFindingJson!(json))
        : writer.findingJson && ((json) => writer.findingJson!(json));
    const replay = (json: string) => {
      if (!asWritten || !json.startsWith(FINDING_JSON)) {
        emit(JSON.parse(json) as AuditFinding | InvalidRow);
        return;
      }
      writes.add(asWritten(json));
    };

    try {
      // Started first, so that they read their parts' ids while the households are read here; closed below whatever happens.
      for (const [i, range] of (ranges ?? []).slice(1).entries())
        threads.push(
          o.threads!.start({
            plan,
            range,
            expectedRows: expectedRows(inputs.loans, range),
            ...(i === 0 ? { also: ranges![0]!, alsoExpectedRows: expectedRows(inputs.loans, ranges![0]!) } : {}),
          }),
        );
      let householdRows = 0;
      await readRows(inputs.households, HOUSEHOLD_COLUMNS, platform, (row) => {
        if (row.fault) engine.malformed(request.households.path, row.line, row.fault, emit);
        else engine.household(row.record, row.line, emit);
        if (++householdRows % every === 0) o.progress?.(householdRows, 'households');
        return settle();
      });
      const inParts =
        ranges !== null &&
        (await judgeInParts(engine, shared!, request.loans as RangedSource, inputs.loans, ranges, threads, { emit, replay, settle }, every, (rows) =>
          o.progress?.(rows, 'loans'),
        ));
      if (!inParts) {
        let loanRows = 0;
        await readRows(inputs.loans, LOAN_COLUMNS, platform, (row) => {
          if (row.fault) engine.malformed(request.loans.path, row.line, row.fault, emit);
          else engine.loan(row.record, row.line, emit);
          if (++loanRows % every === 0) o.progress?.(loanRows, 'loans');
          return settle();
        });
      }
    } finally {
      await Promise.all(threads.map((t) => t.close()));
    }
    // Loans whose id's hash was seen before are confirmed against the ids by reading the loans again (src/audit/id-hashes.ts).
    if (engine.loansToRecheck())
      await readRows(inputs.loans, LOAN_COLUMNS, platform, (row) => {
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

/** An input's plain data (without its source). */
function planOf(input: Input): InputPlan {
  const { path, flag, options, columnMap, meta, lines, header, sheet } = input;
  return { path, flag, options, columnMap, meta, lines, header, sheet };
}

/** The audit engine of a plan: the audit's own, and each part's thread's (which reads the option files again, as here). */
function engineOf(plan: RunPlan, expectedLoans?: number, households?: SharedHouseholds): PortfolioAudit {
  return new PortfolioAudit({
    asOf: plan.asOf,
    jurisdiction: plan.jurisdiction,
    lang: plan.lang,
    options: plan.options,
    policies: optionFile(plan.policy, '--policy', plan.lang, readPolicySet)?.value ?? null,
    all: plan.all,
    thresholds: optionFile(plan.thresholds, '--thresholds', plan.lang, readAuditThresholds)?.value ?? {},
    maturityWindowDays: plan.maturityWindowDays,
    leadBanks: plan.leadBanks,
    householdsFile: plan.households.path,
    loansFile: plan.loans.path,
    ...(expectedLoans !== undefined ? { expectedLoans } : {}),
    ...(households ? { households } : {}),
  });
}

/** Reads an input's rows (a CSV file or a workbook's sheet), a reading fault named by its flag. */
function readRows(input: Input, columns: Columns, platform: AuditPlatform, onRow: (row: CsvRow) => void | Promise<void>): Promise<number> {
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
}

/** The parts to cut the loans into, or null to read them in one piece (no threads; a workbook; a file that cannot be cut). */
async function rangesOf(loans: Input, threads: LoanThreads | undefined): Promise<LoanRange[] | null> {
  const source = loans.source as Partial<RangedSource>;
  if (!threads || threads.parts < 2 || loans.sheet || !loans.options || !source.readRange) return null;
  const ranges = await cutRanges(source as RangedSource, loans.meta.bytes, loans.options.encoding, threads.parts).catch(readingFailed(loans.flag, loans.path));
  return ranges.length > 1 ? ranges : null;
}

/** About how many rows a part of the loans has: the file's lines, in proportion to its bytes. */
function expectedRows(loans: InputPlan, range: LoanRange): number {
  return Math.ceil(((loans.lines ?? 0) * (range.end - range.start)) / Math.max(1, loans.meta.bytes)) + 16;
}

/**
 * Judges the loans in parts: each thread has read its part's ids and lines, the first thread the first part's too
 * (while the households were read here); these settle the line numbers and the ids repeated across parts; then every
 * part is judged, the first here, and the threads' items are given to the report after the first part's, in the
 * file's order, and their sums added in.
 * Resolves to false, having judged nothing, when a part did not end where a row ends (a quoted cell with a line
 * break across a cut): the caller then reads the file in one piece.
 */
async function judgeInParts(
  engine: PortfolioAudit,
  store: SharedHouseholds,
  source: RangedSource,
  loans: Input,
  ranges: readonly LoanRange[],
  threads: readonly RangeThread[],
  report: {
    readonly emit: (item: AuditFinding | InvalidRow) => void;
    /** Reports an item as a thread wrote it (`itemJson`). */
    readonly replay: (json: string) => void;
    readonly settle: () => Promise<void> | undefined;
  },
  every: number,
  progress: (rows: number) => void,
): Promise<boolean> {
  const header = loans.header!;
  const options = loans.options!;
  const failed = readingFailed(loans.flag, loans.path);
  const theirs = await Promise.all(threads.map((t) => t.first));
  // The first thread read this part's ids too, while the households were being read here.
  const own = theirs[0]!.also!;
  const mine = { read: own.read, ids: RangeIds.read(own.hashes, own.repeatedRows) };
  const reads = [mine.read, ...theirs.map((t) => t.read)];
  if (!reads.slice(0, -1).every((r) => r.endsRow)) return false;
  const lines = [1];
  for (const read of reads.slice(0, -1)) lines.push(lines[lines.length - 1]! + read.lines);
  const hashes = [mine.ids.hashes, ...theirs.map((t) => t.hashes)];
  // Rows read in each part so far, for the progress meter.
  const rows = ranges.map(() => 0);
  const tell = (part: number, n: number) => {
    rows[part] = n;
    progress(rows.reduce((a, b) => a + b, 0));
  };
  const households = store.shared;
  const judged = threads.map((t, i) =>
    t.judge(lines[i + 1]!, hashes.slice(0, i + 1), households, (n) => {
      tell(i + 1, n);
    }),
  );
  // Awaited below in turn; should this thread's own part fail first, their failures (the threads are then closed) are not unhandled.
  for (const part of judged) part.catch(() => undefined);
  let mineRows = 0;
  await judgeRange(engine, source, ranges[0]!, 1, header, LOAN_COLUMNS, options, mine.ids, [], report.emit, () => {
    if (++mineRows % every === 0) tell(0, mineRows);
    return report.settle();
  }).catch(failed);
  for (const part of judged) {
    const done = await part;
    for await (const batch of done.items) {
      for (const json of batch) report.replay(json);
      const wait = report.settle();
      if (wait) await wait;
    }
    engine.absorb(done.part);
  }
  return true;
}

/** How a finding's JSON begins (the engine's items begin with their type). */
const FINDING_JSON = '{"type":"finding"';

/** An item as a thread hands it to the audit: `JSON.stringify`'s bytes (a finding's written by `findingJson`, which keeps each rule's citations' JSON). */
export function itemJson(item: AuditFinding | InvalidRow): string {
  return item.type === 'finding' ? findingJson(item) : JSON.stringify(item);
}

/** One part's audit in a thread, as src/cli/loan-worker.ts runs it. */
export interface RangeAudit {
  readonly read: RangeRead;
  /** The part's loan ids (RangeIds.hashes, in shared memory). */
  readonly hashes: Uint32Array;
  /** The first reading of the audit's own part, when the task asked for it (`RangeTask.also`). */
  readonly also?: FirstReading;
  /** Judges the part from line `line`, given the earlier parts' ids; `after` is called after each row (a promise: wait). */
  judge(
    line: number,
    earlier: readonly Uint32Array[],
    households: SharedHouseholdsData,
    emit: (item: AuditFinding | InvalidRow) => void,
    after: () => void | Promise<void>,
  ): Promise<LoanPart>;
}

/**
 * Starts a thread's part of the audit: reads its part's loan ids; then judges it with the households the audit read
 * (in shared memory: the thread reads no households file and keeps no copy). Items reach `emit` as the engine makes
 * them: a rejected row's message in English, as the audit's own emit turns it.
 */
export async function startRange(task: RangeTask, sourceOf: (path: string) => RangedSource): Promise<RangeAudit> {
  const { plan, range } = task;
  const loans = sourceOf(plan.loans.path);
  const failed = readingFailed(plan.loans.flag, loans.path);
  const { read, ids } = await readRangeIds(loans, range, plan.loans.header!, LOAN_COLUMNS, plan.loans.options!, task.expectedRows).catch(failed);
  let also: FirstReading | undefined;
  if (task.also) {
    const first = await readRangeIds(loans, task.also, plan.loans.header!, LOAN_COLUMNS, plan.loans.options!, task.alsoExpectedRows ?? 1024).catch(failed);
    also = { read: first.read, hashes: first.ids.hashes, repeatedRows: first.ids.repeatedRows };
  }
  return {
    read,
    hashes: ids.hashes,
    ...(also ? { also } : {}),
    async judge(line, earlier, households, emit, after) {
      const engine = engineOf(plan, undefined, SharedHouseholds.over(households));
      engine.beginPart();
      await judgeRange(engine, loans, range, line, plan.loans.header!, LOAN_COLUMNS, plan.loans.options!, ids, earlier, emit, after).catch(failed);
      return engine.part();
    },
  };
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
      return { source, path: source.path, flag, options: null, columnMap, meta: { path: source.path, ...hashed }, lines: null, header: null, sheet };
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
      path: source.path,
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
