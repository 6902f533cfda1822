/**
 * A small register file given with a flag — a CSV of two named columns, one entry a row, such as
 * `--lead-banks FILE` (`region,bank`). Read whole (a register has a row per region, not per loan); any
 * problem is a RegisterError whose message is one line naming the file and the line, for exit 2.
 */
import Papa from 'papaparse';
import { decodeWhole, EncodingError } from './encoding.js';
import { CliError, type MessageKey } from './messages.js';
import type { FileMeta } from './report.js';
import type { WholeFile } from './source.js';

/** A register that cannot be used: unreadable, not CSV, a column missing, a row blank or repeated (src/app/messages.ts says it). */
export class RegisterError<K extends MessageKey = MessageKey> extends CliError<K> {}

/**
 * Reads a CSV register whose header names `key` and `value` (other columns are ignored; cells are trimmed),
 * as an object of key → value, with the file's SHA-256 for the report's meta.
 *
 * @throws {RegisterError} when the file does not decode, a column is missing, or a row has a blank cell or repeats a key
 */
export function readRegister(file: WholeFile, flag: string, key: string, value: string): { entries: Record<string, string>; meta: FileMeta } {
  const { path, bytes } = file;
  const meta = { path, sha256: file.sha256, bytes: bytes.length };
  const where = { flag, path };
  let text: string;
  try {
    text = decodeWhole(bytes, path).text;
  } catch (e) {
    if (e instanceof EncodingError) throw new RegisterError('undecodable', { ...where, detail: e.message });
    throw e;
  }
  const parsed = Papa.parse<string[]>(text, { header: false, delimiter: ',', skipEmptyLines: false });
  // Each row's first line: a row takes one line, plus one for each line break inside its quoted cells.
  const lines: number[] = [];
  let next = 1;
  for (const cells of parsed.data) {
    lines.push(next);
    next += 1 + cells.reduce((n, c) => n + (c.split('\n').length - 1), 0);
  }
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0]!;
    throw new RegisterError('registerUnreadable', { ...where, line: e.row === undefined ? null : (lines[e.row] ?? e.row + 1), detail: e.message });
  }
  const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
  const rows = parsed.data.map((cells, i) => ({ cells, line: lines[i]! })).filter((r) => !blank(r.cells));
  const names = (rows.shift()?.cells ?? []).map((c) => c.trim());
  const missing = [key, value].filter((c) => !names.includes(c));
  if (missing.length > 0) throw new RegisterError('registerMissing', { ...where, columns: missing, header: `${key},${value}` });
  for (const c of [key, value]) if (names.indexOf(c) !== names.lastIndexOf(c)) throw new RegisterError('registerTwice', { ...where, column: c });
  const at = { key: names.indexOf(key), value: names.indexOf(value) };
  const entries: Record<string, string> = Object.create(null) as Record<string, string>;
  const lineOf = new Map<string, number>();
  for (const { cells, line } of rows) {
    const k = (cells[at.key] ?? '').trim();
    const v = (cells[at.value] ?? '').trim();
    if (k === '') throw new RegisterError('registerBlankKey', { ...where, line, key });
    if (v === '') throw new RegisterError('registerBlankValue', { ...where, line, key, value, entry: k });
    const earlier = lineOf.get(k);
    if (earlier !== undefined) throw new RegisterError('registerRepeat', { ...where, line, key, entry: k, first: earlier });
    lineOf.set(k, line);
    entries[k] = v;
  }
  return { entries, meta };
}
