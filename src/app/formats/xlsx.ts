/**
 * `--format xlsx`: the report as an Excel workbook, for auditors who work in Excel or WPS.
 *
 * Sheets, in the order an auditor works through them:
 * 1. the summary — every figure of the JSON summary, then the run's facts and input files;
 * 2. one sheet per kind of finding, by the severity its rule declares: breaches (违规), needs review
 *    (需复核), information (提示) — and, with `--all`, the findings that passed or did not apply. By kind
 *    rather than by public function because the kind is what an auditor acts on: the breach sheet is the
 *    work list, the review sheet the follow-up list, and neither mixes in information. The function and
 *    rule are columns, so a per-function view is one filter away;
 * 3. every loan that triggers compensation, with its shares (the fund column sums to the summary's total);
 * 4. the rejected rows; 5. the regions; 6. the portfolio-monitoring conclusions.
 *
 * Every table has its header row frozen and an auto-filter. Money is a number formatted `#,##0.00`
 * (the JSON's two-decimal strings read as numbers: any amount below 2^53 fen is the same figure),
 * shares are numbers formatted as percentages, counts integers. Text is always a text cell, never a
 * formula, and text that a spreadsheet would run as a formula is written with the csv report's
 * apostrophe (formula.ts), so retyping the cell does not run it either.
 *
 * Where the workbook is built is the caller's: the CLI streams it (src/cli/xlsx-book.ts: findings are read
 * back from the spool one sheet at a time and exceljs writes one sheet of the archive at a time, so memory
 * does not grow with the number of findings); the offline page builds it in memory (`memoryBook`), as
 * exceljs's browser build can only do.
 */
import { excel, type ExcelJS } from '../exceljs.js';
import type { AuditFinding, InvalidRow, Lang } from '../../audit/engine.js';
import { type Citation, type Facts, type Outcome, rules, type Severity } from '../../index.js';
import { type AuditEnd, FILE_ROLES, type Output, type ReportWriter } from '../report.js';
import { yieldToLoop } from '../source.js';
import { defuse } from './formula.js';
import {
  isNumericColumn,
  type Labels,
  LABELS,
  metaItems,
  type RegionColumn,
  regionCell,
  regionColumnsOf,
  SHARE_PARTIES,
  sharesOf,
  summaryLabel,
} from './html.js';

/** The kind of a reported finding: its rule's severity when it failed or advises, `checked` otherwise (only under `--all`). */
export type FindingKind = Severity | 'checked';

const SEVERITY: ReadonlyMap<string, Severity> = new Map(rules.map((r) => [r.id, r.severity]));

/** A finding's kind: a failed or advisory finding is what its rule declares; a pass or not-applicable is `checked`. */
export function kindOf(f: Pick<AuditFinding, 'ruleId' | 'outcome'>): FindingKind {
  return f.outcome === 'fail' || f.outcome === 'advisory' ? (SEVERITY.get(f.ruleId) ?? 'review') : 'checked';
}

export const MONEY_FORMAT = '#,##0.00';
export const COUNT_FORMAT = '#,##0';
export const SHARE_FORMAT = '0.00%';

interface XlsxLabels {
  readonly sheets: Record<'summary' | 'compensation' | 'rejected' | 'regions' | 'monitoring' | FindingKind, string>;
  readonly clause: string;
  readonly quote: string;
  readonly facts: string;
  readonly sheet: string;
}

/** Sheet names: at most 31 characters, none of `[]:*?/\`. */
const XLSX_LABELS: Readonly<Record<Lang, XlsxLabels>> = {
  zh: {
    sheets: {
      summary: '汇总',
      breach: '违规',
      review: '需复核',
      information: '提示',
      checked: '符合或不适用',
      compensation: '触发风险补偿的贷款',
      rejected: '被拒绝的行',
      regions: '地区监测',
      monitoring: '组合监测结论',
    },
    clause: '条款',
    quote: '原文',
    facts: '事实',
    sheet: '工作表',
  },
  en: {
    sheets: {
      summary: 'Summary',
      breach: 'Breaches',
      review: 'Needs review',
      information: 'Information',
      checked: 'Passed or not applicable',
      compensation: 'Compensation',
      rejected: 'Rejected rows',
      regions: 'Regions',
      monitoring: 'Portfolio monitoring',
    },
    clause: 'Clause',
    quote: 'Quote',
    facts: 'Facts',
    sheet: 'Sheet',
  },
};

/** A cell: text (defused), a number with a format, or empty. */
type Cell = string | { readonly n: number; readonly fmt: string } | null;

const text = (s: string | number | null | undefined): Cell => (s === null || s === undefined || s === '' ? null : defuse(String(s)));
const money = (s: string): Cell => ({ n: Number(s), fmt: MONEY_FORMAT });
const count = (n: number): Cell => ({ n, fmt: COUNT_FORMAT });
const share = (s: string): Cell => ({ n: Number(s), fmt: SHARE_FORMAT });

/** A figure of the summary or a region: counts as integers, two-decimal strings as money, anything else as text. */
function figure(value: unknown): Cell {
  if (typeof value === 'number') return count(value);
  if (typeof value === 'string' && /^\d+\.\d{2}$/.test(value)) return money(value);
  return typeof value === 'string' ? text(value) : null;
}

function regionFigure(column: RegionColumn, value: string | number): Cell {
  if (!isNumericColumn(column) || value === '') return text(value);
  if (typeof value === 'number') return count(value);
  return column.endsWith('Share') || column === 'nplRatio' ? share(value) : money(value);
}

const citationsText = (list: readonly Citation[]) => list.map((c) => `${c.clauseId} 「${c.quote}」`).join('\n');
const factsText = (facts: Facts | undefined) =>
  facts
    ? Object.entries(facts)
        .map(([k, v]) => `${k}=${v === null ? '' : String(v)}`)
        .join('; ')
    : '';

/** The workbook a report is written into, sheet by sheet: each sheet's `commit()` ends it, the book's writes it out. */
export interface ReportBook {
  addWorksheet(name: string, options: Partial<ExcelJS.AddWorksheetOptions>): ExcelJS.Worksheet;
  commit(): Promise<void>;
}

/** Opens the book a report goes to `out` in; `date` is the run's (the workbook's created and modified dates). */
export type OpenBook = (out: Output, date: Date) => Promise<ReportBook>;

/** A book held in memory and written to `out` whole when committed (where exceljs cannot stream: a browser). */
export const memoryBook: OpenBook = async (out, date) => {
  const book = new (await excel()).Workbook();
  book.created = date;
  book.modified = date;
  return {
    addWorksheet(name, options) {
      // A loaded workbook's sheets are written all at once: committing one is a step with nothing to do.
      return Object.assign(book.addWorksheet(name, options), { commit: () => undefined });
    },
    async commit() {
      if (!out.writeBytes) throw new Error('--format xlsx: this output takes text only');
      const bytes = await book.xlsx.writeBuffer();
      await out.writeBytes(new Uint8Array(bytes));
    },
  };
};

type Workbook = ReportBook;

/** A sheet written row by row: bold frozen header, filter over the table, widths from the header and first rows. */
class SheetWriter {
  private readonly sheet: ExcelJS.Worksheet;
  private rows = 0;
  private readonly widths: number[];

  constructor(
    book: Workbook,
    name: string,
    private readonly header: readonly string[],
    widths: readonly number[],
  ) {
    this.sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0, activeCell: 'A2' }] });
    this.widths = header.map((h, i) => Math.max(widths[i] ?? 10, Math.min(40, h.length * 2 + 2)));
    this.sheet.columns = this.widths.map((width) => ({ width }));
    const row = this.sheet.addRow(header.map((h) => defuse(h)));
    row.font = { bold: true };
    row.commit();
  }

  add(cells: readonly Cell[]): void {
    const row = this.sheet.addRow(cells.map((c) => (c === null ? null : typeof c === 'string' ? c : c.n)));
    cells.forEach((c, i) => {
      if (c !== null && typeof c !== 'string') row.getCell(i + 1).numFmt = c.fmt;
      else if (typeof c === 'string' && c.includes('\n')) row.getCell(i + 1).alignment = { wrapText: true, vertical: 'top' };
    });
    row.commit();
    this.rows++;
  }

  /** Sets the filter over the header and the first `rows` rows (every row by default), and writes the sheet out. */
  commit(rows = this.rows): void {
    const last = String.fromCharCode(64 + this.header.length); // tables here have at most 26 columns
    this.sheet.autoFilter = `A1:${last}${rows + 1}`;
    this.sheet.commit();
  }

  get count(): number {
    return this.rows;
  }
}

/** Lets the event loop run every so many rows, so the archive compresses and drains what was written. */
const breathe = (n: number) => (n % 512 === 0 ? yieldToLoop() : undefined);

function summarySheet(book: Workbook, end: AuditEnd, l: Labels, x: XlsxLabels): void {
  const s = new SheetWriter(book, x.sheets.summary, [l.item, l.key, l.value], [34, 28, 18]);
  for (const [key, value] of Object.entries(end.summary)) s.add([text(summaryLabel(l, key)), text(key), figure(value)]);
  s.add([]);
  for (const [label, value] of metaItems(end.meta, l)) s.add([text(label), null, text(value)]);
  s.add([]);
  s.add([text(l.inputFiles), text(l.path), text(l.bytes), text(l.sha256), text(x.sheet)]);
  for (const role of FILE_ROLES) {
    const f = end.meta.files[role];
    if (f) s.add([text(l.fileRoles[role]), text(f.path), count(f.bytes), text(f.sha256), text(f.sheet)]);
  }
  // The filter covers the figures only: the run's facts below them are not a table to sort.
  s.commit(Object.keys(end.summary).length);
}

function findingHeader(l: Labels, x: XlsxLabels): string[] {
  return [l.subjectType, l.subject, l.function, l.rule, l.outcome, l.message, x.clause, x.quote, l.citations, x.facts];
}

function findingCells(f: AuditFinding, l: Labels): Cell[] {
  return [
    text(l.subjectTypes[f.subjectType]),
    text(f.subject),
    text(f.function),
    text(f.ruleId),
    text(l.outcomes[f.outcome]),
    text(f.message),
    text(f.clauseId),
    text(f.quote),
    text(citationsText(f.citations)),
    text(factsText(f.facts)),
  ];
}

async function findingSheet(book: Workbook, kind: FindingKind, findings: AsyncIterable<AuditFinding>, l: Labels, x: XlsxLabels): Promise<void> {
  const s = new SheetWriter(book, x.sheets[kind], findingHeader(l, x), [8, 22, 22, 30, 10, 60, 20, 40, 40, 40]);
  for await (const f of findings) {
    if (kindOf(f) !== kind) continue;
    s.add(findingCells(f, l));
    await breathe(s.count);
  }
  s.commit();
}

/** Every loan that triggers compensation, with its shares: the fund column sums to the summary's fund total. */
async function compensationSheet(book: Workbook, findings: AsyncIterable<AuditFinding>, l: Labels, x: XlsxLabels): Promise<void> {
  const p = l.compensationParties;
  const s = new SheetWriter(
    book,
    x.sheets.compensation,
    [l.subjectTypes.loan, p.compensableAmount, ...SHARE_PARTIES.map((k) => p[k])],
    [22, 16, 16, 16, 16, 16],
  );
  for await (const f of findings) {
    const shares = sharesOf(f);
    if (!shares) continue;
    s.add([text(f.subject), money(shares.amount), ...SHARE_PARTIES.map((k) => money(shares.shares[k]))]);
    await breathe(s.count);
  }
  s.commit();
}

async function rejectedSheet(book: Workbook, rows: AsyncIterable<InvalidRow>, l: Labels, x: XlsxLabels): Promise<void> {
  const s = new SheetWriter(book, x.sheets.rejected, [l.file, l.line, l.field, l.code, l.message], [30, 8, 22, 10, 60]);
  for await (const r of rows) {
    s.add([text(r.file), count(r.line), text(r.field), text(r.code), text(r.message)]);
    await breathe(s.count);
  }
  s.commit();
}

function regionsSheet(book: Workbook, end: AuditEnd, l: Labels, x: XlsxLabels): void {
  const columns = regionColumnsOf(end);
  const s = new SheetWriter(book, x.sheets.regions, [l.region, ...columns.map((c) => l.regionColumns[c]), l.flagCount], [14, ...columns.map(() => 14), 8]);
  for (const r of end.regions) s.add([text(r.region), ...columns.map((c) => regionFigure(c, regionCell(r, c))), count(r.flags.length)]);
  s.commit();
}

function monitoringSheet(book: Workbook, end: AuditEnd, l: Labels, x: XlsxLabels): void {
  const lang = end.meta.lang;
  const s = new SheetWriter(book, x.sheets.monitoring, [l.rule, l.outcome, l.message, x.clause, x.quote, l.citations], [30, 10, 60, 20, 40, 40]);
  const outcome = (o: Outcome) => text(l.outcomes[o]);
  for (const f of end.regionFindings) {
    const first = f.citations[0];
    s.add([text(f.ruleId), outcome(f.outcome), text(f.message[lang]), text(first?.clauseId), text(first?.quote), text(citationsText(f.citations))]);
  }
  s.commit();
}

/** The workbook report: nothing per item (the caller spools them); the whole workbook at the end. */
export function xlsxReport(out: Output, openBook: OpenBook = memoryBook): ReportWriter {
  return {
    item: () => undefined,
    async end(end, spooled) {
      const l = LABELS[end.meta.lang];
      const x = XLSX_LABELS[end.meta.lang];
      // The run's date, not the clock's: the same inputs give the same workbook properties.
      const book = await openBook(out, new Date(`${end.meta.asOf}T00:00:00Z`));
      summarySheet(book, end, l, x);
      const kinds: FindingKind[] = end.meta.allFindings ? ['breach', 'review', 'information', 'checked'] : ['breach', 'review', 'information'];
      for (const kind of kinds) await findingSheet(book, kind, spooled.findings(), l, x);
      await compensationSheet(book, spooled.findings(), l, x);
      await rejectedSheet(book, spooled.invalid(), l, x);
      regionsSheet(book, end, l, x);
      monitoringSheet(book, end, l, x);
      await book.commit();
    },
  };
}
