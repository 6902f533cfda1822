/**
 * Where reports go: a file (`--out`) or standard output, written with back-pressure so that a report
 * of millions of findings streams through a pipe without piling up in memory.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Output } from './report.js';

export interface ClosableOutput extends Output {
  close(): Promise<void>;
}

/** Buffers small writes and flushes them in 64 KiB chunks, waiting for 'drain' when the stream asks. */
export function streamOutput(stream: Writable, owned: boolean): ClosableOutput {
  let buffer = '';
  let waiting: Promise<void> | null = null; // one 'drain' wait at a time; writes meanwhile just buffer
  const flush = (): void | Promise<void> => {
    if (buffer === '') return;
    const chunk = buffer;
    buffer = '';
    if (!stream.write(chunk)) {
      waiting = once(stream, 'drain').then(() => {
        waiting = null;
      });
      return waiting;
    }
  };
  return {
    write(text: string) {
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
      if (waiting) await waiting;
      await flush();
      if (owned) {
        stream.end();
        await once(stream, 'finish');
      }
    },
  };
}

export function fileOutput(path: string): ClosableOutput {
  return streamOutput(createWriteStream(path), true);
}
