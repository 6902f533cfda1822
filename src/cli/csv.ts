/**
 * Reading the households and loans CSV files as API.md says: header names are the record fields;
 * booleans as true/false, 1/0 or 是/否; an empty cell is an absent field; UTF-8 with or without BOM,
 * or GBK for bank exports; CRLF and quoted fields through Papa Parse. Rows stream one at a time.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import Papa from 'papaparse';

export type Encoding = 'utf8' | 'gbk';

const BOOLEANS: Record<string, boolean> = { true: true, false: false, '1': true, '0': false, 是: true, 否: false };

export const HOUSEHOLD_FIELDS = {
  id: 'text',
  povertyStatus: 'text',
  onPovertyOfficeList: 'boolean',
  hasIndustrialDevelopmentConditions: 'boolean',
  hasLaborCapacity: 'boolean',
  region: 'text',
} as const;

export const LOAN_FIELDS = {
  id: 'text',
  householdId: 'text',
  kind: 'text',
  principal: 'text',
  outstanding: 'text',
  contractDate: 'text',
  maturityDate: 'text',
  deferredTo: 'text',
  status: 'text',
  purpose: 'text',
  usedBy: 'text',
  repaidBy: 'text',
  covidRepaymentDifficulty: 'boolean',
  overdueDays: 'integer',
  classification: 'text',
  collectionAttempted: 'boolean',
  region: 'text',
} as const;

export type FieldTypes = Readonly<Record<string, 'text' | 'boolean' | 'integer'>>;

/** Turns a cell into what the schema expects; anything unreadable is passed on as text for validation to name. */
function convert(cell: string, type: 'text' | 'boolean' | 'integer'): unknown {
  if (cell === '' || (cell.charCodeAt(0) <= 32 && cell.trim() === '')) return undefined;
  if (type === 'boolean') {
    const b = BOOLEANS[cell.trim().toLowerCase()];
    return b === undefined ? cell : b;
  }
  if (type === 'integer') return /^\s*\d+\s*$/.test(cell) ? Number(cell) : cell;
  return cell;
}

export interface CsvRow {
  readonly line: number;
  readonly record: Record<string, unknown>;
}

export class CsvHeaderError extends Error {}

/** Decodes GBK (or UTF-8) bytes to text across chunk boundaries; a UTF-8 BOM is dropped here. */
function decoder(encoding: Encoding): Transform {
  const text = new TextDecoder(encoding === 'gbk' ? 'gbk' : 'utf-8', { fatal: false, ignoreBOM: false });
  return new Transform({
    decodeStrings: false,
    transform(chunk: Buffer, _enc, done) {
      done(null, text.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, text.decode());
    },
  });
}

/**
 * Reads a CSV file row by row, calling `onRow` with each row as a record of the known fields (unknown
 * columns are ignored) and its line number. When `onRow` returns a promise (the report is waiting for
 * its output), reading pauses until it settles, so memory does not grow with the file. A row whose
 * quoting is broken is passed with `malformed` set. Rejects with CsvHeaderError when a required column
 * is missing or a column is repeated.
 */
export function readCsv(
  path: string,
  fields: FieldTypes,
  required: readonly string[],
  encoding: Encoding,
  onRow: (row: CsvRow & { malformed?: string }) => void | Promise<void>,
): Promise<number> {
  const names = Object.keys(fields);
  // Keys added in the same order give every record the same hidden class.
  const blank = (): Record<string, unknown> => {
    const r: Record<string, unknown> = {};
    for (const n of names) r[n] = undefined;
    return r;
  };
  return new Promise((resolve, reject) => {
    let columns: (string | null)[] | null = null;
    let line = 0; // the last line consumed
    let rows = 0;
    let failed = false;
    const fail = (e: unknown) => {
      if (!failed) {
        failed = true;
        reject(e);
      }
    };
    const input = createReadStream(path);
    input.on('error', fail);
    Papa.parse<string[]>(input.pipe(decoder(encoding)), {
      header: false,
      skipEmptyLines: false,
      step(result, parser) {
        if (failed) return;
        const cells = result.data;
        const first = line + 1;
        // A row takes one line, plus one for each line break inside its quoted fields.
        line = first + cells.reduce((n, c) => n + (c.includes('\n') ? c.split('\n').length - 1 : 0), 0);
        if (cells.length === 1 && cells[0] === '') return; // an empty line
        try {
          if (columns === null) {
            columns = header(cells, fields, required, path);
            return;
          }
          // Every record gets every field, in one order (absent ones undefined): one object shape for
          // a million rows keeps the validators' property access fast.
          const record: Record<string, unknown> = blank();
          for (let i = 0; i < columns.length && i < cells.length; i++) {
            const name = columns[i];
            if (name) record[name] = convert(cells[i]!, fields[name]!);
          }
          rows++;
          const malformed = result.errors.length ? result.errors.map((e) => e.message).join('; ') : undefined;
          const pending = onRow({ line: first, record, ...(malformed ? { malformed } : {}) });
          if (pending) {
            parser.pause();
            pending.then(() => parser.resume(), (e: unknown) => {
              fail(e);
              parser.abort();
            });
          }
        } catch (e) {
          fail(e);
          parser.abort();
        }
      },
      complete() {
        if (failed) return;
        if (columns === null) fail(new CsvHeaderError(`${path}: no header row`));
        else resolve(rows);
      },
      error: fail,
    });
  });
}

function header(cells: readonly string[], fields: FieldTypes, required: readonly string[], path: string): (string | null)[] {
  const names = cells.map((c) => c.trim());
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n) && n in fields) throw new CsvHeaderError(`${path}: column '${n}' appears twice`);
    seen.add(n);
  }
  const missing = required.filter((r) => !names.includes(r));
  if (missing.length) throw new CsvHeaderError(`${path}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  return names.map((n) => (n in fields ? n : null));
}

/** A file's SHA-256 and size, read as a stream (the report's meta echoes it before any row is judged). */
export async function hashFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: hash.digest('hex'), bytes };
}
