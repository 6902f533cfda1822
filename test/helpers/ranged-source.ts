/**
 * A loans file in memory that can be read in byte ranges (src/app/source.ts, RangedSource), as `--workers N` reads a
 * file on disk: tests of src/app/loan-ranges.ts and readCsvRange cut it, and read each part as a thread would.
 */
import { LOAN_COLUMNS } from '../../src/audit/rows.js';
import { type CsvOptions, type CsvRow, type RangeRead, readCsv, readCsvHeader, readCsvRange } from '../../src/app/csv.js';
import type { LoanRange } from '../../src/app/loan-ranges.js';
import { asyncOf, type ByteRange, type RangedSource } from '../../src/app/source.js';

/**
 * Bytes as a RangedSource, handed out `chunk` bytes at a time (small, so that characters, line ends and windows
 * fall across chunks), from the start (`read`) or from any range (`readRange`).
 */
export function rangedBytes(bytes: Uint8Array, chunk = 7, path = 'loans.csv'): RangedSource {
  const slices = ({ start, end }: ByteRange) => {
    const out: Uint8Array[] = [];
    for (let at = start; at < end; at += chunk) out.push(bytes.subarray(at, Math.min(at + chunk, end)));
    return out;
  };
  return { path, read: () => asyncOf(slices({ start: 0, end: bytes.length })), readRange: (range) => asyncOf(slices(range)) };
}

/** The rows of a whole file, as readCsv reads them (with LOAN_COLUMNS), and their count. */
export async function rowsOfWhole(source: RangedSource, options: CsvOptions): Promise<{ rows: CsvRow[]; count: number }> {
  const rows: CsvRow[] = [];
  const count = await readCsv(source, LOAN_COLUMNS, options, (row) => {
    rows.push(row);
  });
  return { rows, count };
}

/**
 * Reads a file part by part as the audit does (src/app/run.ts): the header from the whole file, then each range with
 * readCsvRange, numbered from the line after the lines of the parts before it. Returns each part's rows and read.
 */
export async function rowsInParts(source: RangedSource, ranges: readonly LoanRange[], options: CsvOptions): Promise<{ rows: CsvRow[]; read: RangeRead }[]> {
  const header = await readCsvHeader(source, LOAN_COLUMNS, options);
  const parts: { rows: CsvRow[]; read: RangeRead }[] = [];
  let line = 1;
  for (const range of ranges) {
    const rows: CsvRow[] = [];
    const read = await readCsvRange(source, { ...range, line }, header, LOAN_COLUMNS, options, (row) => {
      rows.push(row);
    });
    parts.push({ rows, read });
    line += read.lines;
  }
  return parts;
}

/** The ranges of a file of `size` bytes cut at `cuts` (byte offsets, increasing, each after a line feed). */
export function rangesAt(cuts: readonly number[], size: number): LoanRange[] {
  const starts = [0, ...cuts];
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? size, last: i === starts.length - 1 }));
}

/** The offsets just after each line feed of `bytes`, short of its end: where a part may start. */
export function lineStarts(bytes: Uint8Array): number[] {
  const starts: number[] = [];
  for (let i = 0; i < bytes.length - 1; i++) if (bytes[i] === 10) starts.push(i + 1);
  return starts;
}

/** The lines of a text as the CSV reader numbers them: one per line feed, and one more for a last line without one. */
export function lineCount(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b === 10) n++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== 10 ? n + 1 : n;
}
