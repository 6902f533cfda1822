/**
 * An error met while reading an input, turned into the one line the run ends with (exit 2 in the CLI,
 * `error: …` in the page): it names the input's flag and path. Shared by every reader of inputs.
 */
import { HeaderError } from '../audit/index.js';
import { CliError, headerError } from './messages.js';
import { WriteError } from './report.js';
import { XlsxError } from './xlsx-rows.js';

/** The code of a system error (`ENOENT`, `EACCES` …), when `e` is one. */
export function errnoCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/**
 * An error met while reading the input given with `flag`: a header that cannot be read, or the file itself
 * (a system error code), names the flag and path; anything else (a failed write of the report) passes through.
 */
export function readingFault(flag: string, path: string, e: unknown): unknown {
  if (e instanceof CliError || e instanceof WriteError) return e;
  if (e instanceof HeaderError) return headerError(flag, path, e.message);
  if (e instanceof XlsxError) return new CliError('xlsxUnreadable', { flag, path, detail: e.message });
  const code = errnoCode(e);
  return code ? new CliError('cannotRead', { flag, path, code }) : e;
}

/** `readingFault` as a rejection handler: `.catch(readingFailed(flag, path))`. */
export function readingFailed(flag: string, path: string): (e: unknown) => never {
  return (e) => {
    throw readingFault(flag, path, e);
  };
}
