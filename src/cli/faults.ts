/**
 * What goes wrong around a run, turned into the one line it ends with (exit 2), or into a quiet end: a
 * Node error must never escape as a stack trace. Reading an input, the error names the input's flag and
 * path (src/app/faults.ts); writing, it names `--out` (or standard output, or the temporary folder); a
 * reader of standard output that went away (`… | head`) ends the run quietly with exit 0.
 */
import { tmpdir } from 'node:os';
import { errnoCode } from '../app/faults.js';
import { CliError } from '../app/messages.js';
import { removePendingReports, WriteError } from './output.js';
import { SPOOL_TARGET } from './spool.js';

/** The run stopped because nobody reads its output any more: exit 0, nothing said. */
export const QUIET = Symbol('quiet');

/**
 * What an error that ends the run means for the user: a CliError to print, QUIET, or `null` for a fault of
 * the program itself (printed with its stack: a bug to report). `out` is `--out` as given (null: standard output).
 */
export function faultOf(e: unknown, out: string | null): CliError | typeof QUIET | null {
  if (e instanceof CliError) return e;
  if (e instanceof WriteError) {
    if (e.target === SPOOL_TARGET) return new CliError('cannotWriteTemp', { folder: tmpdir(), code: e.code });
    // Standard output, or an --out that is a pipe (`--out /dev/stdout`), whose reader went away.
    if (e.pipeClosed) return QUIET;
    if (e.target === 'stdout' || out === null) return new CliError('cannotWriteStdout', { code: e.code });
    return new CliError('cannotWrite', { path: out, code: e.code });
  }
  // A file error from somewhere not foreseen: Node's message names the file; still one line, not a stack.
  if (errnoCode(e)) return new CliError('fileFault', { detail: (e as Error).message });
  return null;
}

/** Makes the temporary folder's errors (creating the spool) a CliError. */
export function spoolFault(e: unknown): unknown {
  const code = errnoCode(e);
  return code ? new CliError('cannotWriteTemp', { folder: tmpdir(), code }) : e;
}

/**
 * Sets up the CLI's process (not a test's): a reader of standard output that went away (`… | head`) is no
 * fault, whatever is left unwritten is not wanted; a stderr that cannot be written is not worth a crash;
 * and an interrupted run removes its report not yet in place (a file already at --out stays as it was).
 */
export function guardProcess(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.exitCode = 2;
  });
  process.stderr.on('error', () => undefined);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      removePendingReports();
      // The listener is gone (once): the signal again ends the process as it would have, at once.
      process.kill(process.pid, signal);
    });
  }
}
