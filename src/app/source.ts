/**
 * What the audit application reads and how, whatever runs it: the CLI reads files from disk, the offline page
 * reads the files an auditor dropped in. Both hand the same code a `ByteSource` and a way to hash, so reading,
 * decoding and judging are one code path (issue 17: "one source, bundled twice — not a copy").
 */

/** An input file: the name the user gave it (echoed in the report's meta) and its bytes, from the start, as often as asked. */
export interface ByteSource {
  readonly path: string;
  read(): AsyncIterable<Uint8Array>;
}

/** Bytes `start` (included) to `end` (excluded) of a file. */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/** A source that can also read a range of its bytes (a file on disk), so that threads can each read a part. */
export interface RangedSource extends ByteSource {
  readRange(range: ByteRange): AsyncIterable<Uint8Array>;
}

/** A small file read whole (a register, a JSON file of options), with its SHA-256 for the report's meta. */
export interface WholeFile {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

/** SHA-256 fed chunk by chunk: Node's crypto in the CLI, Web Crypto in the page. */
export interface Hasher {
  update(chunk: Uint8Array): void;
  /** The digest as lower-case hex. */
  digest(): string | Promise<string>;
}

/** Bytes already in memory (a file the page was given), handed out in slices of `chunk` bytes as a file is read from disk. */
export function memorySource(path: string, bytes: Uint8Array, chunk = 1 << 20): ByteSource {
  const slices: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += chunk) slices.push(bytes.subarray(at, at + chunk));
  return { path, read: () => asyncOf(slices) };
}

/** The first `n` bytes of a source (fewer when it is shorter). */
export async function headOf(source: ByteSource, n: number): Promise<Uint8Array> {
  const head = new Uint8Array(n);
  let filled = 0;
  for await (const chunk of source.read()) {
    const take = Math.min(n - filled, chunk.length);
    head.set(chunk.subarray(0, take), filled);
    filled += take;
    if (filled === n) break;
  }
  return head.subarray(0, filled);
}

/** A source's SHA-256 and size, read as a stream (for inputs not inspected as text, such as a workbook). */
export async function hashSource(source: ByteSource, newHash: () => Hasher): Promise<{ sha256: string; bytes: number }> {
  const hash = newHash();
  let bytes = 0;
  for await (const chunk of source.read()) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: await hash.digest(), bytes };
}

/** A source's whole bytes (for a workbook loaded whole, where it cannot be streamed). */
export async function bytesOf(source: ByteSource): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of source.read()) chunks.push(chunk);
  return concat(chunks);
}

/** Chunks as one byte array (a fresh copy: its buffer is its own). */
export function concat(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

/** Items already in hand, as an async iterable (for a reader that takes one). */
export function asyncOf<T>(items: Iterable<T>): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      const each = items[Symbol.iterator]();
      return { next: () => Promise.resolve(each.next()) };
    },
  };
}

/** Lets other work run (the event loop in Node, a worker's messages in a browser) between stretches of a long job. */
export function yieldToLoop(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (f: () => void) => unknown }).setImmediate;
  return new Promise((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));
}
