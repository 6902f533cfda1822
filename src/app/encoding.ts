/**
 * Finding an input file's encoding instead of guessing it (issue 16, item 2). Unless the user names one, a
 * file is read as its byte-order mark says (UTF-8, UTF-16LE/BE); without one, as UTF-8 when every byte of it
 * decodes as strict UTF-8, else as GB18030 (a superset of GBK, which Chinese Windows spreadsheets write) when
 * every byte decodes under the platform's strict GB18030 decoder — else not at all: a file that decodes
 * under neither is refused (exit 2), never read as garbage. A NUL byte is not CSV text under either (a binary
 * file, or UTF-16 without its mark). The same pass hashes the file for the report's meta and counts its lines.
 *
 * Strict decoding tells UTF-8 from GBK reliably: Chinese text in GBK is almost never valid UTF-8. The other
 * way round is not so: GB18030 decodes most byte sequences, so UTF-8 is tried first, and a Latin-1 file may
 * pass as GB18030 (its header then names no column, which is reported).
 */
import type { ByteSource, Hasher } from './source.js';

/** The decoders an input may be read with, by their WHATWG names (what TextDecoder's `encoding` reports). */
export type Encoding = 'utf-8' | 'gbk' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** The values `--encoding`, `--households-encoding` and `--loans-encoding` take, and the decoder each names. */
export const ENCODING_FLAGS: Readonly<Record<string, Encoding>> = { utf8: 'utf-8', 'utf-8': 'utf-8', gbk: 'gbk', gb18030: 'gb18030' };

/** Where the encoding used came from: the user's flag, the file's byte-order mark, or strict decoding. */
export type EncodingSource = 'flag' | 'bom' | 'detected';

export interface InputFile {
  readonly sha256: string;
  readonly bytes: number;
  /** Line feeds in the file, plus one when the last line has none: at least its number of rows. */
  readonly lines: number;
  readonly encoding: Encoding;
  readonly encodingFrom: EncodingSource;
}

/** A file that does not decode under the encoding given, or under any of those tried. */
export class EncodingError extends Error {}

const BOMS: readonly [Encoding, readonly number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** Where strict decoding failed: the 1-based line, and the byte offset in the file. */
interface Failure {
  readonly line: number;
  readonly offset: number;
}

/**
 * Strict decoding of a stream of chunks, reporting the first place it fails. `TextDecoder` with `fatal` says
 * only that a chunk failed; the place is found by decoding that chunk again byte by byte from its first line
 * start (a line feed is never part of a multi-byte character in UTF-8 or GB18030, so decoding can restart
 * after one).
 */
class StrictDecoder {
  private readonly decoder: InstanceType<typeof TextDecoder>;
  private readonly wide: boolean;
  private offset = 0;
  private lines = 0;
  failure: Failure | null = null;

  constructor(readonly encoding: Encoding) {
    this.decoder = new TextDecoder(encoding, { fatal: true });
    this.wide = encoding.startsWith('utf-16');
  }

  push(chunk: Uint8Array): void {
    if (this.failure) return;
    try {
      if (!this.wide && chunk.includes(0)) throw new Error('NUL');
      this.decoder.decode(chunk, { stream: true });
    } catch {
      this.failure = this.locate(chunk);
    }
    if (!this.failure) {
      this.offset += chunk.length;
      this.lines += countLineFeeds(chunk);
    }
  }

  end(): void {
    if (this.failure) return;
    try {
      this.decoder.decode();
    } catch {
      this.failure = { line: this.lines + 1, offset: this.offset };
    }
  }

  private locate(chunk: Uint8Array): Failure {
    // The file's start is a character boundary, and so is the byte after a line feed (UTF-16 aside).
    const start = this.offset === 0 ? 0 : this.wide ? chunk.length : chunk.indexOf(0x0a) + 1 || chunk.length;
    const probe = new TextDecoder(this.encoding, { fatal: true });
    let at = start;
    for (; at < chunk.length; at++) {
      if (!this.wide && chunk[at] === 0) break;
      try {
        probe.decode(chunk.subarray(at, at + 1), { stream: true });
      } catch {
        break;
      }
    }
    // Not found after that boundary: it is in the line the chunk began in.
    if (at === chunk.length) at = 0;
    return { line: this.lines + countLineFeeds(chunk.subarray(0, at)) + 1, offset: this.offset + at };
  }
}

function countLineFeeds(chunk: Uint8Array): number {
  let n = 0;
  for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) n++;
  return n;
}

const describe = (encoding: Encoding, f: Failure) => `${encoding === 'utf-8' ? 'UTF-8' : encoding.toUpperCase()} (line ${f.line}, byte ${f.offset})`;

/**
 * Reads a file once: its SHA-256, size and line count, and the encoding it decodes under — `given`, or as the
 * module comment says. A second pass is made only for a file without a byte-order mark that is not UTF-8.
 *
 * @param source the file
 * @param given the encoding the user named, or undefined to detect it
 * @param flag the flag that names this file's encoding, for the error message
 * @param newHash a SHA-256 hasher (the platform's)
 * @returns what the report's meta echoes, and the line count
 * @throws {EncodingError} when the file does not decode under `given`, or under none of those tried
 */
export async function inspectInput(source: ByteSource, given: Encoding | undefined, flag: string, newHash: () => Hasher): Promise<InputFile> {
  const path = source.path;
  const hash = newHash();
  let bytes = 0;
  let lines = 0;
  let last = 0x0a;
  let first = true;
  let decoder: StrictDecoder | null = given ? new StrictDecoder(given) : null;
  let encodingFrom: EncodingSource = given ? 'flag' : 'detected';
  for await (const chunk of source.read()) {
    if (first && !decoder) {
      const bom = BOMS.find(([, b]) => b.every((x, i) => chunk[i] === x));
      decoder = new StrictDecoder(bom ? bom[0] : 'utf-8');
      if (bom) encodingFrom = 'bom';
    }
    first = false;
    hash.update(chunk);
    bytes += chunk.length;
    lines += countLineFeeds(chunk);
    last = chunk[chunk.length - 1]!;
    decoder!.push(chunk);
  }
  decoder ??= new StrictDecoder(given ?? 'utf-8');
  decoder.end();
  const done = async (encoding: Encoding): Promise<InputFile> => ({
    sha256: await hash.digest(),
    bytes,
    lines: lines + (last === 0x0a ? 0 : 1),
    encoding,
    encodingFrom,
  });
  if (!decoder.failure) return done(decoder.encoding);
  if (encodingFrom !== 'detected')
    throw new EncodingError(
      `${path} is not valid ${describe(decoder.encoding, decoder.failure)}${encodingFrom === 'bom' ? ', though its byte-order mark says so' : ''}`,
    );
  const utf8 = decoder.failure;
  const gb = new StrictDecoder('gb18030');
  for await (const chunk of source.read()) {
    gb.push(chunk);
    if (gb.failure) break;
  }
  gb.end();
  if (!gb.failure) return done('gb18030');
  throw new EncodingError(
    `${path} decodes neither as ${describe('utf-8', utf8)} nor as GB18030/GBK (line ${gb.failure.line}, byte ${gb.failure.offset}): name its encoding with ${flag} or save it as UTF-8 CSV`,
  );
}

/**
 * A small file's bytes as text, its encoding found as `inspectInput` finds it (a BOM, else strict UTF-8, else
 * strict GB18030), for registers read whole.
 *
 * @throws {EncodingError} when the bytes decode under none of them
 */
export function decodeWhole(bytes: Uint8Array, path: string): { text: string; encoding: Encoding } {
  const bom = BOMS.find(([, b]) => b.every((x, i) => bytes[i] === x));
  const tried: Encoding[] = bom ? [bom[0]] : ['utf-8', 'gb18030'];
  for (const encoding of tried) {
    if (!encoding.startsWith('utf-16') && bytes.includes(0)) continue;
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
    } catch {
      // the next one
    }
  }
  throw new EncodingError(`${path} decodes as none of ${tried.join(', ')}: save it as UTF-8 CSV`);
}
