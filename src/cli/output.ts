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
  const flush = async () => {
    if (buffer === '') return;
    const chunk = buffer;
    buffer = '';
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  return {
    async write(text: string) {
      buffer += text;
      if (buffer.length >= 65536) await flush();
    },
    async close() {
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
