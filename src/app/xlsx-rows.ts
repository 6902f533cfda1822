/**
 * Households and loans from an Excel workbook (.xlsx), the part every reader of workbooks shares: the CLI
 * streams a sheet from disk (src/cli/xlsx-input.ts), the offline page loads the file it was given
 * (`loadedSheetRows` below); both turn each row into the texts a CSV export of it would hold, and those
 * rows go through the same header and record path as a CSV (src/audit/rows.ts):
 *
 * - a number is written in its shortest round-trip form, without exponent (`12345.6` → `'12345.6'`,
 *   which the money schema reads as 12345.60); a float artefact such as 0.30000000000000004 stays as it
 *   is, so the schema rejects it as finer than a fen instead of the reader rounding it into a figure;
 * - a date (a number under a date format, as Excel stores dates) becomes `YYYY-MM-DD` of its serial,
 *   in UTC, never through the local time zone; the 1904 date system is honoured;
 * - a boolean becomes `true` / `false`; rich text its plain text; a formula its stored result; an error
 *   cell its code (`#N/A`), which no field accepts.
 *
 * Rows whose cells are all empty are skipped (sheets keep formatted blank rows); the first other row is
 * the header. A row's line is its row number in Excel, so a rejected row can be found in the sheet.
 */
import { excel } from './exceljs.js';
import { Decimal } from 'decimal.js';
import { type ColumnMap, type Columns, HeaderError, type HeaderMatch, matchHeader, readRow } from '../audit/index.js';
import type { CsvRow } from './csv.js';
import { type ByteSource, bytesOf } from './source.js';

/** A workbook that cannot be read as asked: not a workbook, or no such sheet. Exit 2. */
export class XlsxError extends Error {}

/** One row of the sheet as the texts a CSV would hold, with its row number; `unstored`: a formula cell whose result the file lacks. */
export interface SheetRow {
  readonly line: number;
  readonly cells: readonly string[];
  readonly unstored?: string;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Whether a file is a workbook, by its first bytes rather than its name: an .xlsx is a zip archive; a CSV
 * never starts with `PK\3\4`. Throws XlsxError for an old binary .xls, which only Excel itself reads well.
 */
export function isWorkbook(head: Uint8Array, path: string): boolean {
  const starts = (magic: readonly number[]) => magic.every((b, i) => head[i] === b);
  if (starts(OLE)) throw new XlsxError(`${path} is an old binary Excel file (.xls): save it as .xlsx (Excel workbook) or CSV`);
  return starts(ZIP);
}

// ---------------------------------------------------------------------------------------------------
// Cells to text

/** Whether a number format shows a date (exceljs's own test, for formula results it leaves as numbers). */
function isDateFormat(format: string | undefined): boolean {
  return format !== undefined && /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Days from Excel's day 0 to 1970-01-01: 25569 in the 1900 system, 24107 in the 1904 one. */
const EPOCH = { 1900: 25569, 1904: 24107 } as const;

/** A date serial's day, in UTC: the date part Excel shows for it. */
function dateOfSerial(serial: number, system: 1900 | 1904): string {
  return dateText(new Date(Math.round((serial - EPOCH[system]) * 86_400_000)));
}

function dateText(d: Date): string {
  // exceljs makes dates from serials at UTC midnight; the local zone never enters.
  if (Number.isNaN(d.getTime())) return '#DATE!';
  return d.toISOString().slice(0, 10);
}

/**
 * A number as the text a CSV export holds: its shortest round-trip decimal (what `String` gives), and
 * without an exponent. Nothing is rounded: a value finer than a fen stays finer, for the schema to reject.
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return '#NUM!';
  const text = String(n);
  return /e/i.test(text) ? new Decimal(text).toFixed() : text;
}

/** A cell's text, or `null` for a formula whose result was never stored (a file written by a program, not Excel). */
export function cellText(cell: { readonly value: unknown; readonly numFmt?: string | undefined }, system: 1900 | 1904): string | null {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return isDateFormat(cell.numFmt) ? dateOfSerial(v, system) : numberText(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return dateText(v);
  if (typeof v === 'object') {
    const o = v as { richText?: readonly { text?: string }[]; formula?: string; sharedFormula?: string; result?: unknown; error?: string; text?: unknown };
    if (o.richText) return o.richText.map((r) => r.text ?? '').join('');
    if (o.error !== undefined) return o.error;
    if (o.formula !== undefined || o.sharedFormula !== undefined) {
      if (o.result === undefined || o.result === null) return null;
      return cellText({ value: o.result, numFmt: cell.numFmt }, system);
    }
    if (o.text !== undefined) return cellText({ value: o.text }, system); // a hyperlink's shown text
  }
  return '#VALUE!'; // nothing exceljs gives: a value no field accepts
}

// ---------------------------------------------------------------------------------------------------
// Rows and sheets

/** The cells of an exceljs row, streamed or loaded. */
export interface WorkbookRow {
  readonly number: number;
  eachCell(iteratee: (cell: { readonly value: unknown; readonly numFmt?: string; readonly address: string }, col: number) => void): void;
}

/** A row as the texts a CSV would hold, or null for a blank row. */
export function sheetRowOf(row: WorkbookRow, system: 1900 | 1904): SheetRow | null {
  const cells: string[] = [];
  let last = -1;
  let unstored: string | undefined;
  row.eachCell((cell, col) => {
    const text = cellText(cell, system);
    if (text === null) unstored ??= cell.address;
    cells[col - 1] = text ?? '';
    if (text) last = col - 1;
  });
  if (last === -1 && unstored === undefined) return null; // a blank row
  for (let i = 0; i <= last; i++) cells[i] ??= '';
  cells.length = last + 1;
  return { line: row.number, cells, ...(unstored ? { unstored } : {}) };
}

const VISIBLE = (state: string | undefined) => state === undefined || state === 'visible';

/** The sheet to read: the one named `wanted`, else the first visible one (`sheets` in the workbook's order); undefined when none is visible. */
export function chosenSheet(sheets: readonly { readonly name: string; readonly state?: string }[], wanted: string | undefined): string | undefined {
  return wanted ?? sheets.find((s) => VISIBLE(s.state))?.name;
}

/** The error for a workbook without the sheet asked for (or without any). */
export function noSuchSheet(path: string, wanted: string | undefined, names: readonly string[]): XlsxError {
  if (names.length === 0) return new XlsxError(`${path} is not an Excel workbook with sheets`);
  return new XlsxError(`${path} has no sheet named '${wanted}' (sheets: ${names.join(', ')})`);
}

/**
 * The rows of one sheet of a workbook loaded whole (what a browser can do with a file it was given): the sheet
 * named `wanted`, or the first visible one. Throws XlsxError when the bytes are not a workbook or it has no such
 * sheet. The offline page's `AuditPlatform.sheetRows`.
 */
export async function* loadedSheetRows(source: ByteSource, wanted: string | undefined, onSheet?: (name: string) => void): AsyncGenerator<SheetRow> {
  const path = source.path;
  const bytes = await bytesOf(source);
  const book = new (await excel()).Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new XlsxError(`${path} is not a readable .xlsx workbook: ${(e as Error).message}`);
  }
  const sheets = book.worksheets.map((s) => ({ name: s.name, state: s.state }));
  const name = chosenSheet(sheets, wanted) ?? sheets[0]?.name;
  const sheet = name === undefined ? undefined : book.getWorksheet(name);
  if (!sheet)
    throw noSuchSheet(
      path,
      wanted,
      sheets.map((s) => s.name),
    );
  onSheet?.(sheet.name);
  const system = book.properties.date1904 ? 1904 : 1900;
  for (let n = 1; n <= sheet.rowCount; n++) {
    const row = sheetRowOf(sheet.getRow(n), system);
    if (row) yield row;
  }
}

/**
 * Reads a sheet of households or loans as `readCsv` reads a CSV file: the header through `readHeader`,
 * each row through `recordOf`, `onRow` with the row's record and line (its row number), pausing while
 * `onRow`'s promise is pending. Resolves to the number of rows. Rejects with HeaderError for a header
 * that cannot be read, XlsxError for a file or sheet that cannot.
 */
export async function readXlsx(
  path: string,
  sheetRows: (onSheet: (name: string) => void) => AsyncIterable<SheetRow>,
  columns: Columns,
  map: ColumnMap | undefined,
  onRow: (row: CsvRow) => void | Promise<void>,
  onStart?: (found: { readonly sheet: string; readonly header: HeaderMatch }) => void,
): Promise<number> {
  let header: HeaderMatch | null = null;
  let found = '';
  let rows = 0;
  for await (const row of sheetRows((name) => (found = name))) {
    if (header === null) {
      header = matchHeader(row.cells, columns, path, map);
      onStart?.({ sheet: found, header });
      continue;
    }
    rows++;
    const read: CsvRow = row.unstored
      ? { line: row.line, fault: { kind: 'formula', cell: row.unstored } }
      : ((r) => ('fault' in r ? { line: row.line, fault: r.fault } : { line: row.line, record: r.record }))(readRow(header, row.cells, columns));
    const pending = onRow(read);
    if (pending) await pending;
  }
  if (header === null) throw new HeaderError(`${path}: no header row`);
  return rows;
}
