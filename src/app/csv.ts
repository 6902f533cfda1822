/**
 * Reading the households and loans CSV files as API.md says: the header names the record fields (as
 * src/audit/rows.ts matches them: any letter case, Chinese headers, a column map); booleans as true/false,
 * 1/0 or 是/否; an empty cell is an absent field; the encoding found by src/app/encoding.ts; CRLF or LF;
 * quoted fields with commas, quotes ("") and line breaks. Rows stream one at a time.
 *
 * Every line is accounted for. A row is reported, not read, when it has more cells than the header, or when
 * a quote in it is never closed properly — the quoted cell runs on to the end of the file, or its closing
 * quote is followed by something other than a comma or the line's end, or it spans more than
 * MAX_QUOTED_LINES lines, or the row it makes has more cells than the header. Such a quote has taken in the
 * lines after it: the row is reported at its first line with the range of lines the quote took in, and every
 * line after its first is read again as rows, so no valid row after a stray quote is lost.
 */
import { type Columns, type ColumnMap, HeaderError, type HeaderMatch, matchHeader, readRow, type RowFault } from '../audit/rows.js';
import { type Encoding, EncodingError } from './encoding.js';
import type { ByteRange, ByteSource, RangedSource } from './source.js';

/** A quoted cell spanning more lines than this is read as a quote never closed (a purpose with line breaks spans a few). */
export const MAX_QUOTED_LINES = 1000;

/** One row: its first line and its record, or the fault that keeps it from being read. */
export type CsvRow =
  | { readonly line: number; readonly record: Record<string, unknown>; readonly fault?: undefined }
  | { readonly line: number; readonly fault: RowFault; readonly record?: undefined };

export interface CsvOptions {
  /** The decoder (src/app/encoding.ts finds it). */
  readonly encoding: Encoding;
  /** The bank's headers → fields (`--columns FILE`). */
  readonly columnMap?: ColumnMap;
}

/** A row as the parser hands it on: its cells, or a fault. */
type Parsed =
  | { readonly line: number; readonly cells: string[]; readonly fault?: undefined }
  | { readonly line: number; readonly fault: RowFault; readonly cells?: undefined };

/** A row being read across lines: inside a quoted cell at the end of the last line. */
interface Open {
  readonly start: number;
  /** Its lines, the first included, for reading again. */
  readonly lines: string[];
  readonly cells: string[];
  field: string;
}

type Scan = 'done' | 'open' | 'bad';

/**
 * Reads the rest of `line` from `at` into `row`: `at` is the start of a cell, or, when `quoted`, a point inside
 * a quoted cell. 'done' when the row ends with the line, 'open' when a quoted cell runs past it, 'bad' when a
 * closing quote is followed by something other than a comma or the line's end.
 */
function scan(line: string, row: { cells: string[]; field: string }, quoted: boolean): Scan {
  let i = 0;
  for (;;) {
    if (quoted) {
      const q = line.indexOf('"', i);
      if (q === -1) {
        row.field += line.slice(i);
        return 'open';
      }
      row.field += line.slice(i, q);
      if (line.charCodeAt(q + 1) === 34) {
        row.field += '"';
        i = q + 2;
        continue;
      }
      i = q + 1;
      quoted = false;
      if (i === line.length || (i === line.length - 1 && line.charCodeAt(i) === 13)) {
        row.cells.push(row.field);
        return 'done';
      }
      if (line.charCodeAt(i) !== 44) return 'bad';
      row.cells.push(row.field);
      row.field = '';
      i++;
    }
    // The start of a cell.
    if (line.charCodeAt(i) === 34) {
      quoted = true;
      i++;
      continue;
    }
    const comma = line.indexOf(',', i);
    if (comma === -1) {
      row.cells.push(line.charCodeAt(line.length - 1) === 13 ? line.slice(i, -1) : line.slice(i));
      return 'done';
    }
    row.cells.push(line.slice(i, comma));
    i = comma + 1;
  }
}

/** Where a parser starts reading in the middle of a file (a byte range after the header): what the lines before it settled. */
export interface ParserStart {
  /** The number of the range's first line. */
  readonly line: number;
  /** The header's cells. */
  readonly width: number;
}

/** CSV text in, rows out (to `emit`), line by line; see the module comment for quotes never closed. */
export class CsvParser {
  private carry = '';
  private next: number;
  private open: Open | null = null;
  private newline: '\n' | '\r' | null = null;
  /** The header's cells: set by the first row. */
  private width: number;

  /** @param start where the text starts, when not at the file's beginning (its lines then end with LF) */
  constructor(
    private readonly emit: (row: Parsed) => void,
    start?: ParserStart,
  ) {
    this.next = start?.line ?? 1;
    this.width = start?.width ?? -1;
    if (start) this.newline = '\n';
  }

  /** The number of the next line to be read. */
  get nextLine(): number {
    return this.next;
  }

  /** Whether text read so far ends inside a row (a line not ended, or a quoted cell still open): the end of a range is not a row's. */
  get midRow(): boolean {
    return this.carry !== '' || this.open !== null;
  }

  push(text: string): void {
    if (text === '') return;
    // A file whose first chunk has carriage returns and no line feed ends its lines with CR (old Mac exports).
    this.newline ??= !text.includes('\n') && text.includes('\r') ? '\r' : '\n';
    const lines = (this.carry + text).split(this.newline);
    this.carry = lines.pop()!;
    for (const line of lines) this.line(line, this.next++);
  }

  end(): void {
    if (this.carry !== '') this.line(this.carry, this.next++);
    this.carry = '';
    while (this.open) this.fail(this.open.start + this.open.lines.length - 1);
  }

  private line(line: string, no: number): void {
    const open = this.open;
    if (open) {
      open.lines.push(line);
      open.field += '\n';
      const result = scan(line, open, true);
      if (result === 'open' && open.lines.length < MAX_QUOTED_LINES) return;
      if (result === 'done' && (this.width < 0 || open.cells.length <= this.width)) {
        this.open = null;
        this.row({ line: open.start, cells: open.cells });
        return;
      }
      this.fail(no);
      return;
    }
    if (line === '' || line === '\r') return; // an empty line
    if (!line.includes('"')) {
      this.row({ line: no, cells: (line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line).split(',') });
      return;
    }
    const row = { cells: [] as string[], field: '' };
    const result = scan(line, row, false);
    if (result === 'done') this.row({ line: no, cells: row.cells });
    else if (result === 'bad') this.row({ line: no, fault: { kind: 'quote', from: no, to: no } });
    else this.open = { start: no, lines: [line], cells: row.cells, field: row.field };
  }

  /** The open row's quote was never closed properly, as found at line `to`: report it, and read its other lines again. */
  private fail(to: number): void {
    const open = this.open!;
    this.open = null;
    this.row({ line: open.start, fault: { kind: 'quote', from: open.start, to } });
    for (let i = 1; i < open.lines.length; i++) this.line(open.lines[i]!, open.start + i);
  }

  private row(row: Parsed): void {
    if (this.width < 0 && row.cells) this.width = row.cells.length;
    this.emit(row);
  }
}

/** Decodes a file (or the bytes given) strictly in `encoding`, giving its text chunk by chunk (a BOM is dropped). */
async function* textOf(source: ByteSource, encoding: Encoding, bytes: AsyncIterable<Uint8Array> = source.read(), midFile = false): AsyncGenerator<string> {
  // In the middle of a file a U+FEFF is a character of the text (as a decoder reading from the start sees it), not a BOM.
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: midFile });
  try {
    for await (const chunk of bytes) yield decoder.decode(chunk, { stream: true });
    yield decoder.decode();
  } catch (e) {
    // inspectInput decoded the whole file first: only a file changed since fails here.
    if (e instanceof TypeError) throw new EncodingError(`${source.path} is not valid ${encoding} (did it change while being read?)`);
    throw e;
  }
}

/**
 * Reads a file's header row: each column's field, what was read as what, and what was left unread.
 *
 * @throws {HeaderError} when there is no header row, a required column is missing, or two columns are read as one field
 */
export async function readCsvHeader(source: ByteSource, columns: Columns, options: CsvOptions): Promise<HeaderMatch> {
  let first: Parsed | undefined;
  const parser = new CsvParser((row) => (first ??= row));
  for await (const text of textOf(source, options.encoding)) {
    parser.push(text);
    if (first) break;
  }
  if (!first) parser.end();
  return headerOf(first, source.path, columns, options);
}

function headerOf(row: Parsed | undefined, path: string, columns: Columns, options: CsvOptions): HeaderMatch {
  if (!row) throw new HeaderError(`${path}: no header row`);
  if (row.fault) throw new HeaderError(`${path}: line ${row.line}: the header row's quotes are broken`);
  return matchHeader(row.cells, columns, path, options.columnMap);
}

/**
 * Reads a CSV file row by row, calling `onRow` with each row's first line and its record (every field of
 * `columns`; unknown columns are ignored), or with the fault that keeps it from being read. When `onRow`
 * returns a promise (the report is waiting for its output), reading waits for it, so memory does not grow
 * with the file. Resolves to the number of rows after the header.
 *
 * @throws {HeaderError} as readCsvHeader
 */
export async function readCsv(source: ByteSource, columns: Columns, options: CsvOptions, onRow: (row: CsvRow) => void | Promise<void>): Promise<number> {
  const read = await readRows(textOf(source, options.encoding), undefined, (row) => headerOf(row, source.path, columns, options), columns, onRow, false);
  if (!read.header) throw new HeaderError(`${source.path}: no header row`);
  return read.rows;
}

/**
 * The rows of `texts` (starting at `start`, else at a file's beginning) to `onRow`. The first row is the header when `header` is a function (given
 * the row, it says how the header reads), else `header` reads every row. With `stopMidRow`, text that ends inside a
 * row is left unread (`midRow`) instead of ended.
 */
async function readRows(
  texts: AsyncIterable<string>,
  start: ParserStart | undefined,
  header: HeaderMatch | ((row: Parsed) => HeaderMatch),
  columns: Columns,
  onRow: (row: CsvRow) => void | Promise<void>,
  stopMidRow: boolean,
): Promise<{ rows: number; header: boolean; midRow: boolean; nextLine: number }> {
  const parsed: Parsed[] = [];
  const parser = new CsvParser((row) => parsed.push(row), start);
  let reading = typeof header === 'function' ? null : header;
  let rows = 0;
  const drain = async () => {
    for (const row of parsed) {
      if (reading === null) {
        reading = (header as (row: Parsed) => HeaderMatch)(row);
        continue;
      }
      rows++;
      const read = row.fault ? { fault: row.fault } : readRow(reading, row.cells, columns);
      const wait = onRow('fault' in read ? { line: row.line, fault: read.fault } : { line: row.line, record: read.record });
      if (wait) await wait;
    }
    parsed.length = 0;
  };
  for await (const text of texts) {
    parser.push(text);
    await drain();
  }
  if (stopMidRow && parser.midRow) return { rows, header: reading !== null, midRow: true, nextLine: parser.nextLine };
  parser.end();
  await drain();
  return { rows, header: reading !== null, midRow: false, nextLine: parser.nextLine };
}

/** What reading a byte range found: its rows, the lines it spans, and whether it ended where a row ends. */
export interface RangeRead {
  readonly rows: number;
  readonly lines: number;
  /**
   * Whether the range's last byte ended a row: if not (a quoted cell runs on past it), the rows after it are not
   * where a reader starting at the next range's first byte would find them, and the file cannot be read in these parts.
   */
  readonly endsRow: boolean;
}

/**
 * Reads the rows of one byte range of a CSV file as `readCsv` reads the whole (src/app/loan-ranges.ts splits a file
 * into ranges that start on a line). The first range (`start` 0) holds the header; a later one is read with the
 * `header` found in the first. A quoted cell left open at the range's end is not reported (the row goes on in the
 * next range): `endsRow` says so, and the caller reads the file whole instead.
 *
 * @param range the bytes, the number of the line the range starts on, and whether it is the file's last (which ends at its end)
 * @throws {HeaderError} as readCsvHeader (first range only)
 */
export async function readCsvRange(
  source: RangedSource,
  range: ByteRange & { readonly line: number; readonly last: boolean },
  header: HeaderMatch,
  columns: Columns,
  options: CsvOptions,
  onRow: (row: CsvRow) => void | Promise<void>,
): Promise<RangeRead> {
  const first = range.start === 0;
  // A header that crossed from another thread is a copy: frozen again, so recordOf keeps its plan (see planOf in src/audit/rows.ts).
  const known = Object.isFrozen(header.fields) ? header : { ...header, fields: Object.freeze([...header.fields]) };
  const texts = textOf(source, options.encoding, source.readRange(range), !first);
  const start = first ? undefined : { line: range.line, width: known.fields.length };
  // The first part starts with the header row, read already (`header`): passed over.
  const read = await readRows(texts, start, first ? () => known : known, columns, onRow, !range.last);
  const lines = read.nextLine - range.line;
  // A first part without its header (empty lines filling it) cannot tell the next one where rows start either.
  return { rows: read.rows, lines, endsRow: !read.midRow && read.header };
}
