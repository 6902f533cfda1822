/**
 * Reading the households and loans CSV files as API.md says: header names are the record fields;
 * booleans as true/false, 1/0 or 是/否; an empty cell is an absent field; UTF-8 with or without BOM,
 * or GBK for bank exports; CRLF and quoted fields through csv-parse. Rows stream one at a time.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';

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
  if (cell.trim() === '') return undefined;
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

/** Decodes GBK (or UTF-8) bytes to text across chunk boundaries. */
function decoder(encoding: Encoding): Transform {
  const text = new TextDecoder(encoding === 'gbk' ? 'gbk' : 'utf-8', { fatal: false, ignoreBOM: false });
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      done(null, text.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, text.decode());
    },
  });
}

/**
 * Streams a CSV file's rows as records of the known fields (unknown columns are ignored). Throws
 * CsvHeaderError when a required column is missing or a column is repeated.
 */
export async function* readCsv(path: string, fields: FieldTypes, required: readonly string[], encoding: Encoding): AsyncGenerator<CsvRow> {
  const input = createReadStream(path);
  const parser = input.pipe(decoder(encoding)).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, trim: false }),
  );
  let columns: (string | null)[] | null = null;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (columns === null) {
      const names = record.map((c) => c.trim());
      const seen = new Set<string>();
      for (const n of names) {
        if (seen.has(n) && n in fields) throw new CsvHeaderError(`${path}: column '${n}' appears twice`);
        seen.add(n);
      }
      const missing = required.filter((r) => !names.includes(r));
      if (missing.length) throw new CsvHeaderError(`${path}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
      columns = names.map((n) => (n in fields ? n : null));
      continue;
    }
    const out: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) {
      const name = columns[i];
      if (name && i < record.length) {
        const v = convert(record[i]!, fields[name]!);
        if (v !== undefined) out[name] = v;
      }
    }
    yield { line: info.lines, record: out };
  }
  if (columns === null) throw new CsvHeaderError(`${path}: no header row`);
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
