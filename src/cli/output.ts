/**
 * Where reports go: a file (`--out`) or standard output, written with back-pressure so that a report
 * of millions of findings streams through a pipe without piling up in memory.
 *
 * A report is written whole or not at all: `--out` is written to a temporary file beside it, which is
 * renamed onto `--out` only when the report is complete, so a run that fails leaves an existing file as it
 * was and never a partial one. A write that fails (a full disk, a closed pipe) is a WriteError, thrown by
 * the next write or by close(), never an unhandled 'error' event.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream, openSync, renameSync, type Stats, statSync, unlinkSync } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { type Output, WriteError } from '../app/report.js';

export { WriteError };

export interface ClosableOutput extends Output {
  /** Writes what is left and finishes: for a report file, puts it in place. Throws WriteError when a write failed. */
  close(): Promise<void>;
  /** Gives up: nothing more is written, and a report file not yet in place is removed. Never throws. */
  abort(): void;
}

/**
 * Buffers small writes and flushes them in 64 KiB chunks, waiting for 'drain' when the stream asks. The
 * stream's first error is kept and thrown by the next write or close (as a WriteError naming `target`).
 */
export function streamOutput(stream: Writable, owned: boolean, target = 'stdout'): ClosableOutput {
  let buffer = '';
  let waiting: Promise<void> | null = null; // one 'drain' wait at a time; writes meanwhile just buffer
  let failure: WriteError | null = null;
  const onError = (e: NodeJS.ErrnoException) => {
    failure ??= new WriteError(target, e.code ?? 'EIO', e);
  };
  stream.on('error', onError);
  const check = () => {
    if (failure) throw failure;
  };
  const flush = (): void | Promise<void> => {
    check();
    if (buffer === '') return;
    const chunk = buffer;
    buffer = '';
    if (!stream.write(chunk)) {
      // once() rejects with the stream's 'error'; the error is kept by onError, and thrown as a WriteError.
      waiting = once(stream, 'drain').then(
        () => {
          waiting = null;
        },
        () => {
          waiting = null;
          check();
        },
      );
      return waiting;
    }
  };
  const release = () => {
    // A stream we do not own (stdout) outlives the report: a later error is the process's (src/cli/main.ts).
    if (!owned) stream.off('error', onError);
  };
  return {
    write(text: string) {
      check();
      buffer += text;
      if (waiting) return waiting;
      if (buffer.length >= 65536) return flush();
    },
    writeBytes(bytes: Uint8Array) {
      // After any text before them; the caller waits on a drain as for text.
      void flush();
      if (!stream.write(bytes) && !waiting) {
        waiting = once(stream, 'drain').then(() => {
          waiting = null;
        });
      }
      return waiting ?? undefined;
    },
    async close() {
      try {
        if (waiting) await waiting;
        await flush();
        if (owned) {
          stream.end();
          await once(stream, 'close');
        }
        check();
      } catch (e) {
        check();
        throw e;
      } finally {
        release();
      }
    },
    abort() {
      buffer = '';
      release();
      if (owned) stream.destroy();
    },
  };
}

/** Temporary report files not yet renamed into place, removed if the process is interrupted. */
const pending = new Set<string>();

/** Removes every report file not yet in place (on SIGINT or SIGTERM, before the process ends). */
export function removePendingReports(): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // gone already
    }
  }
  pending.clear();
}

/** A report file's bytes on their way: the stream to write (and end), put in place by commit(), or removed by abort(). */
export interface ReportFile {
  /** Where the bytes go; the writer ends it. Its errors are kept and thrown by commit(), never unhandled. */
  readonly stream: Writable;
  /** Waits for the ended stream to close, then puts the file in place. Throws WriteError when a write failed. */
  commit(): Promise<void>;
  /** Gives up: the stream is destroyed and a file not yet in place removed. Never throws. */
  abort(): void;
}

const errnoOf = (e: unknown) => (e as NodeJS.ErrnoException).code ?? 'EIO';

/**
 * A report file written to a temporary file in the folder of `path` (created now, so a folder that cannot
 * be written is found before any input is read) and renamed onto `path` by commit(). The file keeps the
 * permissions of the one it replaces. abort() removes the temporary file; `path` is never touched before
 * the rename. A `path` that exists and is not a regular file (`/dev/null`, `/dev/stdout`, a named pipe) is
 * written to directly: it cannot be replaced, and holds no earlier report to keep. For a writer of bytes
 * (a workbook); text formats use fileOutput.
 *
 * @throws WriteError when the temporary file cannot be created
 */
export function openReportFile(path: string): ReportFile {
  let existing: Stats | null = null;
  try {
    existing = statSync(path);
  } catch {
    // a new file
  }
  const direct = existing !== null && !existing.isFile();
  const temp = direct ? null : join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`);
  let stream: Writable;
  try {
    stream = temp === null ? createWriteStream(path) : createWriteStream(temp, { fd: openSync(temp, 'wx', 0o666), autoClose: true });
  } catch (e) {
    throw new WriteError(path, errnoOf(e), e as Error);
  }
  if (temp !== null) pending.add(temp);
  let failure: WriteError | null = null;
  stream.on('error', (e) => {
    failure ??= new WriteError(path, errnoOf(e), e);
  });
  // A new file's permissions are the umask's; a replaced file keeps its own.
  const mode = existing && !direct ? existing.mode & 0o7777 : null;
  const discard = () => {
    if (temp === null) return;
    pending.delete(temp);
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  };
  return {
    stream,
    async commit() {
      try {
        if (!stream.closed) await once(stream, 'close');
        if (failure) throw failure;
        if (temp === null) return;
        if (mode !== null) chmodSync(temp, mode);
        renameSync(temp, path);
        pending.delete(temp);
      } catch (e) {
        discard();
        throw failure ?? (e instanceof WriteError ? e : new WriteError(path, errnoOf(e), e as Error));
      }
    },
    abort() {
      stream.destroy(); // closes the descriptor
      discard();
    },
  };
}

/** A text report file (see openReportFile): written whole at `path` by close(), or not at all. */
export function fileOutput(path: string): ClosableOutput {
  const file = openReportFile(path);
  const out = streamOutput(file.stream, true, path);
  return {
    write: (text) => out.write(text),
    writeBytes: (bytes) => out.writeBytes!(bytes),
    async close() {
      try {
        await out.close();
      } catch (e) {
        file.abort();
        throw e;
      }
      await file.commit();
    },
    abort() {
      out.abort();
      file.abort();
    },
  };
}
