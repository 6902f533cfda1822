/**
 * Reading households and loans from an Excel workbook (.xlsx): one sheet — the first visible one, or the
 * one named by `--sheet` — streamed row by row through exceljs's WorkbookReader, so a workbook of
 * 100,000 loans is never held in memory. Each cell becomes the text a CSV export of it would hold, and
 * the rows then go through the same header and record path as a CSV (src/audit/rows.ts):
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
import { open } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { Decimal } from 'decimal.js';
import { type ColumnMap, type Columns, HeaderError, type HeaderMatch, matchHeader, readRow } from '../audit/index.js';
import type { CsvRow } from './csv.js';

/** A workbook that cannot be read as asked: not a workbook, or no such sheet. Exit 2. */
export class XlsxError extends Error {}

/** One row of the sheet as the texts a CSV would hold, with its row number; `unstored`: a formula cell whose result the file lacks. */
export interface SheetRow {
  readonly line: number;
  readonly cells: readonly string[];
  readonly unstored?: string;
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * Whether a file is a workbook, by its first bytes rather than its name: an .xlsx is a zip archive; a CSV
 * never starts with `PK\3\4`. Throws XlsxError for an old binary .xls, which only Excel itself reads well.
 */
export async function isXlsx(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    await file.read(head, 0, 4, 0);
    if (head.equals(OLE)) throw new XlsxError(`${path} is an old binary Excel file (.xls): save it as .xlsx (Excel workbook) or CSV`);
    return head.equals(ZIP);
  } finally {
    await file.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// Cells to text

/** The shape of the exceljs cells this reader looks at (its typings stop at `any` for streamed rows). */
interface StreamCell {
  readonly value: unknown;
  readonly numFmt?: string;
  readonly address: string;
}
interface StreamRow {
  readonly number: number;
  eachCell(iteratee: (cell: StreamCell, col: number) => void): void;
}
interface StreamSheet extends AsyncIterable<StreamRow> {
  readonly name: string;
  readonly state?: string;
}

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
// Sheets

const VISIBLE = (state: string | undefined) => state === undefined || state === 'visible';

interface BookModel {
  readonly sheets?: readonly { readonly name: string; readonly state?: string }[];
}
interface Reader extends AsyncIterable<StreamSheet> {
  model?: BookModel;
  properties?: { model?: { date1904?: boolean } };
  styles: unknown;
  stream?: { destroy(): void };
  on(event: 'entry', listener: (entry: { type: string }) => void): void;
}

function reader(path: string, styles?: unknown): Reader {
  const r = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Dates are numbers under a date format: the styles must be read to tell them apart.
    styles: styles ? 'ignore' : 'cache',
    entries: 'emit',
  }) as unknown as Reader;
  if (styles) r.styles = styles;
  return r;
}

/**
 * The rows of one sheet, streamed: the sheet named `wanted`, or the first visible one. Throws XlsxError
 * when the file is not a workbook or has no such sheet, before any row when it can.
 *
 * exceljs tells dates from numbers only with the styles in hand. A workbook whose styles come after the
 * sheet in the archive (rare: Excel, WPS, LibreOffice and exceljs write them first, or write the shared
 * strings late, which makes exceljs read the sheets last) is read twice: the first pass only collects
 * the styles.
 */
export async function* sheetRows(path: string, wanted: string | undefined, onSheet?: (name: string) => void): AsyncGenerator<SheetRow> {
  let styles: unknown;
  for (let pass = 0; pass < 2; pass++) {
    const r = reader(path, styles);
    const seen = { styles: false }; // set by the reader's entry events
    let deferred = false;
    const names: string[] = [];
    r.on('entry', (e) => {
      if (e.type === 'styles') seen.styles = true;
    });
    try {
      for await (const sheet of r) {
        names.push(sheet.name);
        const order = r.model?.sheets ?? [];
        const target = wanted ?? order.find((s) => VISIBLE(s.state))?.name ?? sheet.name;
        if (sheet.name !== target) continue; // skipped: exceljs drains it
        if (!seen.styles && pass === 0) {
          deferred = true;
          continue;
        }
        onSheet?.(sheet.name);
        const system = r.properties?.model?.date1904 ? 1904 : 1900;
        for await (const row of sheet) {
          const cells: string[] = [];
          let last = -1;
          let unstored: string | undefined;
          row.eachCell((cell, col) => {
            const text = cellText(cell, system);
            if (text === null) unstored ??= cell.address;
            cells[col - 1] = text ?? '';
            if (text) last = col - 1;
          });
          if (last === -1 && unstored === undefined) continue; // a blank row
          for (let i = 0; i <= last; i++) cells[i] ??= '';
          cells.length = last + 1;
          yield {
            line: row.number,
            cells,
            ...(unstored ? { unstored } : {}),
          };
        }
        return;
      }
    } catch (e) {
      if (e instanceof XlsxError) throw e;
      throw new XlsxError(`${path} is not a readable .xlsx workbook: ${(e as Error).message}`);
    } finally {
      r.stream?.destroy(); // the file, when the sheet was found before the end of the archive
    }
    if (!deferred) {
      if (names.length === 0) throw new XlsxError(`${path} is not an Excel workbook with sheets`);
      throw new XlsxError(`${path} has no sheet named '${wanted}' (sheets: ${names.join(', ')})`);
    }
    styles = r.styles;
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
  columns: Columns,
  sheet: string | undefined,
  map: ColumnMap | undefined,
  onRow: (row: CsvRow) => void | Promise<void>,
  onStart?: (found: { readonly sheet: string; readonly header: HeaderMatch }) => void,
): Promise<number> {
  let header: HeaderMatch | null = null;
  let found = '';
  let rows = 0;
  for await (const row of sheetRows(path, sheet, (name) => (found = name))) {
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
