/** A report's output kept in memory (the offline page's downloads; tests): text and bytes, in the order written. */
import type { Output } from './report.js';
import { concat } from './source.js';

export class MemoryOutput implements Output {
  private readonly parts: Uint8Array[] = [];
  private readonly encoder = new TextEncoder();

  write(text: string): void {
    this.parts.push(this.encoder.encode(text));
  }

  writeBytes(bytes: Uint8Array): void {
    this.parts.push(bytes);
  }

  /** Everything written, as one byte array. */
  bytes(): Uint8Array<ArrayBuffer> {
    return concat(this.parts);
  }

  /** Everything written, as UTF-8 text. */
  text(): string {
    return new TextDecoder('utf-8').decode(this.bytes());
  }
}
