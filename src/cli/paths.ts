/**
 * The files a run names, checked before anything is read or written: every input given with a flag must be
 * a file that can be opened, and `--out` must be a file path in a folder that exists, and never one of the
 * inputs — by its real path or, cheaper and surer (symbolic and hard links, a case-insensitive disk), by
 * its device and inode. Each problem is a CliError naming the flag and the path, for exit 2.
 */
import { type Stats, statSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from '../app/messages.js';

/**
 * Every flag that names a file the run reads. A flag added for a new input belongs here, so that `--out`
 * can never overwrite it (flags not given are skipped).
 */
export const INPUT_FLAGS = ['households', 'loans', 'policy', 'thresholds', 'interpretations', 'lead-banks', 'regions', 'columns'] as const;

/** An input file given with its flag, as it was found. */
export interface Input {
  readonly flag: string;
  readonly path: string;
  readonly stats: Stats;
}

function code(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

/**
 * Finds each input given (a string value of a flag in INPUT_FLAGS): it must exist and not be a folder.
 *
 * @throws CliError `cannotRead` naming the flag and path
 */
export function checkInputs(values: Readonly<Record<string, unknown>>): Input[] {
  const inputs: Input[] = [];
  for (const name of INPUT_FLAGS) {
    const path = values[name];
    if (typeof path !== 'string') continue;
    const flag = `--${name}`;
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (e) {
      throw new CliError('cannotRead', { flag, path, code: code(e) });
    }
    if (stats.isDirectory()) throw new CliError('cannotRead', { flag, path, code: 'EISDIR' });
    inputs.push({ flag, path, stats });
  }
  return inputs;
}

function realPath(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/**
 * Where the report given as `--out` is to be written: the file's real path when it exists (a symbolic link
 * is written through, as before), else the path as given. Refuses an empty path, a folder, a folder that does
 * not exist, and any of `inputs`.
 *
 * @throws CliError `outEmpty`, `outIsFolder`, `outNoFolder`, `outNotFolder` or `outIsInput`
 */
export function checkOut(path: string, inputs: readonly Input[]): string {
  if (path === '') throw new CliError('outEmpty');
  let stats: Stats | null = null;
  try {
    stats = statSync(path);
  } catch {
    // not there yet: its folder must be
  }
  if (stats) {
    if (stats.isDirectory()) throw new CliError('outIsFolder', { path });
    const real = realPath(path);
    for (const input of inputs) {
      const same = (stats.ino !== 0 && stats.dev === input.stats.dev && stats.ino === input.stats.ino) || (real !== null && real === realPath(input.path));
      if (same) throw new CliError('outIsInput', { path, flag: input.flag, input: input.path });
    }
    return real ?? path;
  }
  const folder = dirname(resolve(path));
  let folderStats: Stats;
  try {
    folderStats = statSync(folder);
  } catch (e) {
    if (code(e) === 'ENOENT') throw new CliError('outNoFolder', { path, folder });
    if (code(e) === 'ENOTDIR') throw new CliError('outNotFolder', { path, folder });
    throw new CliError('cannotWrite', { path, code: code(e) });
  }
  if (!folderStats.isDirectory()) throw new CliError('outNotFolder', { path, folder });
  // A path ending in a separator names a folder, even one not there yet.
  if (/[\\/]$/.test(path)) throw new CliError('outIsFolder', { path });
  return path;
}
