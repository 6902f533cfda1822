/**
 * Reading the loans file in parts, one thread a part (`--workers N`, issue 18): where to cut it, and what each
 * thread does with its part. A cut falls just after a line feed, so a part starts on a line; whether that line
 * starts a row (and not the middle of a quoted cell with a line break in it) is only known once the part before it
 * has been read: `readCsvRange` says whether a part ended where a row ends, and when one did not, the audit reads
 * the file whole instead (src/app/run.ts). Each part is read twice: first for its loan ids (src/audit/id-hashes.ts,
 * RangeIds) and its line count, which together settle the parts' line numbers and which rows repeat an id of an
 * earlier part; then to judge its rows.
 */
import { type Columns, type Emit, type HeaderMatch, type PortfolioAudit, RangeIds } from '../audit/index.js';
import { type CsvOptions, type RangeRead, readCsvRange } from './csv.js';
import type { Encoding } from './encoding.js';
import { type ByteRange, headOf, type RangedSource } from './source.js';

/** A part of the loans file: its bytes, and whether it is the file's last. */
export interface LoanRange extends ByteRange {
  readonly last: boolean;
}

/** Encodings in which a byte 0x0A is always a line feed (never part of another character), so a file may be cut after one. */
const CUTTABLE: readonly Encoding[] = ['utf-8', 'gbk', 'gb18030'];

/** How far past a cut a line feed is looked for, a window at a time; and the first chunk a file is read in (fs streams' size). */
const WINDOW = 1 << 16;

/**
 * Where to cut a file of `size` bytes into at most `parts` parts of about equal size, each starting just after a line
 * feed: the first part starts at 0 and holds the header (empty lines before it too). Fewer parts when lines are too
 * long for the cuts to fall apart, or none (a single part) when the encoding or the line ends do not allow cutting
 * (UTF-16; lines ended by CR alone).
 */
export async function cutRanges(source: RangedSource, size: number, encoding: Encoding, parts: number): Promise<LoanRange[]> {
  const whole = [{ start: 0, end: size, last: true }];
  if (parts < 2 || !CUTTABLE.includes(encoding)) return whole;
  // The parser reads a file in CR lines when its first chunk has a CR and no LF (old Mac exports): never cut those.
  const head = await headOf(source, WINDOW);
  if (!head.includes(10) && head.includes(13)) return whole;
  // The header is the first line that is not empty (after a BOM): no cut before its end.
  let first = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (first < head.length && (head[first] === 10 || head[first] === 13)) first++;
  const header = await lineFeedAfter(source, first, size);
  if (header === null) return whole;
  const starts = [0];
  for (let k = 1; k < parts; k++) {
    const cut = Math.floor((k * size) / parts);
    // A line longer than a part already took this cut in: no part of one line.
    if (cut < starts[starts.length - 1]!) continue;
    const feed = await lineFeedAfter(source, Math.max(cut, header), size);
    if (feed === null) break;
    const start = feed + 1;
    if (start >= size || start <= starts[starts.length - 1]!) continue;
    starts.push(start);
  }
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? size, last: i === starts.length - 1 }));
}

/** The offset of the first line feed at or after `from`, or null when there is none. */
async function lineFeedAfter(source: RangedSource, from: number, size: number): Promise<number | null> {
  for (let at = from; at < size; at += WINDOW) {
    let offset = at;
    for await (const chunk of source.readRange({ start: at, end: Math.min(at + WINDOW, size) })) {
      const i = chunk.indexOf(10);
      if (i !== -1) return offset + i;
      offset += chunk.length;
    }
  }
  return null;
}

/** What a part's first reading found: how it was read (rows, lines, whether it ended a row) and its ids. */
export interface RangeIdsRead {
  readonly read: RangeRead;
  readonly ids: RangeIds;
}

/** The first reading of a part: each row's loan id into the part's own set (src/audit/id-hashes.ts). */
export async function readRangeIds(
  source: RangedSource,
  range: LoanRange,
  header: HeaderMatch,
  columns: Columns,
  options: CsvOptions,
  expectedRows: number,
): Promise<RangeIdsRead> {
  const ids = new RangeIds(expectedRows);
  // Only the id is read (the header's other columns are passed over), as the whole row would read it.
  const idOnly: HeaderMatch = { ...header, fields: Object.freeze(header.fields.map((field) => (field === 'id' ? field : null))) };
  const read = await readCsvRange(source, { ...range, line: 1 }, idOnly, columns, options, (row) => {
    ids.first(row.record);
  });
  return { read, ids };
}

/**
 * The second reading of a part, numbered from `line`: each row judged by `engine` as it judges the file whole — a
 * row that cannot be read reported, a row whose id an earlier row has held back for the recheck, any other judged.
 *
 * @param earlier the id sets (`RangeIds.hashes`) of every part before this one
 * @param after called after each row; when it returns a promise (the report is waiting for its output), reading waits for it
 */
export async function judgeRange(
  engine: PortfolioAudit,
  source: RangedSource,
  range: LoanRange,
  line: number,
  header: HeaderMatch,
  columns: Columns,
  options: CsvOptions,
  ids: RangeIds,
  earlier: readonly Uint32Array[],
  emit: Emit,
  after: () => void | Promise<void>,
): Promise<RangeRead> {
  ids.second(earlier);
  return readCsvRange(source, { ...range, line }, header, columns, options, (row) => {
    if (row.fault) {
      ids.heldBack(undefined);
      engine.malformed(source.path, row.line, row.fault, emit);
    } else if (ids.heldBack(row.record)) engine.holdBack(row.record, row.line);
    else engine.judge(row.record, row.line, emit);
    return after();
  });
}
