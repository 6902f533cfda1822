/**
 * Reading the households and loans CSV files as API.md says: header names are the record fields;
 * booleans as true/false, 1/0 or 是/否; an empty cell is an absent field; UTF-8 with or without BOM,
 * or GBK for bank exports; CRLF and quoted fields through Papa Parse. Rows stream one at a time.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import Papa from 'papaparse';
import { type Columns, HeaderError, readHeader, recordOf } from '../audit/rows.js';

export type Encoding = 'utf8' | 'gbk';

export interface CsvRow {
  readonly line: number;
  readonly record: Record<string, unknown>;
}

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
 * columns are ignored; src/audit/rows.ts turns cells into fields) and its line number. When `onRow` returns a promise (the report is waiting for
 * its output), reading pauses until it settles, so memory does not grow with the file. A row whose
 * quoting is broken is passed with `malformed` set. Rejects with HeaderError when a required column
 * is missing or a column is repeated.
 */
export function readCsv(
  path: string,
  columns: Columns,
  encoding: Encoding,
  onRow: (row: CsvRow & { malformed?: string }) => void | Promise<void>,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let header: (string | null)[] | null = null;
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
          if (header === null) {
            header = readHeader(cells, columns, path);
            return;
          }
          const record = recordOf(header, cells, columns);
          rows++;
          const malformed = result.errors.length ? result.errors.map((e) => e.message).join('; ') : undefined;
          const pending = onRow({ line: first, record, ...(malformed ? { malformed } : {}) });
          if (pending) {
            parser.pause();
            pending.then(
              () => parser.resume(),
              (e: unknown) => {
                fail(e);
                parser.abort();
              },
            );
          }
        } catch (e) {
          fail(e);
          parser.abort();
        }
      },
      complete() {
        if (failed) return;
        if (header === null) fail(new HeaderError(`${path}: no header row`));
        else resolve(rows);
      },
      error: fail,
    });
  });
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
