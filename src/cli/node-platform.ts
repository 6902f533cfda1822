/**
 * The audit application (src/app) on Node: inputs read from disk as streams, small files read whole,
 * SHA-256 from node:crypto, workbooks streamed by exceljs's reader.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { CliError } from '../app/messages.js';
import type { AuditPlatform } from '../app/run.js';
import { asyncOf, type Hasher, type RangedSource, type WholeFile } from '../app/source.js';
import { sheetRows } from './xlsx-input.js';

/** A file given with `flag`, read whole and hashed (a register, a JSON file of options). */
export function wholeFile(path: string, flag: string): WholeFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new CliError('cannotRead', { flag, path, code: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
  return { path, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** An input read from disk, as often as asked, whole or a range of its bytes. */
export const fileSource = (path: string): RangedSource => ({
  path,
  read: () => createReadStream(path),
  readRange: ({ start, end }) => (end > start ? createReadStream(path, { start, end: end - 1 }) : asyncOf([])),
});

/** Node's SHA-256, and the CLI's way of reading a workbook: streamed from disk. */
export const NODE: AuditPlatform = {
  newHash(): Hasher {
    const hash = createHash('sha256');
    return { update: (chunk) => void hash.update(chunk), digest: () => hash.digest('hex') };
  },
  sheetRows: (source, wanted, onSheet) => sheetRows(source.path, wanted, onSheet),
};
