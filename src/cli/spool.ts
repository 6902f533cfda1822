/**
 * Temporary NDJSON files, one for findings and one for rejected rows: what a format must print after
 * the summary is kept here, not in memory, and read back line by line at the end (as often as needed).
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { AuditFinding, InvalidRow } from '../audit/engine.js';
import { type ClosableOutput, streamOutput, WriteError } from './output.js';
import type { Spool } from '../app/report.js';

/** The target a spool's WriteError names: its files are the process's, in the temporary folder. */
export const SPOOL_TARGET = 'spool';

export class FileSpool implements Spool {
  /** @throws an ErrnoException when the temporary folder cannot be written */
  private readonly dir = mkdtempSync(join(tmpdir(), 'fupin-xindai-'));
  private readonly files = { finding: join(this.dir, 'findings.ndjson'), invalid: join(this.dir, 'invalid.ndjson') };
  private readonly outs: Record<'finding' | 'invalid', ClosableOutput> = {
    finding: streamOutput(createWriteStream(this.files.finding), true, SPOOL_TARGET),
    invalid: streamOutput(createWriteStream(this.files.invalid), true, SPOOL_TARGET),
  };
  private closed: Promise<void> | null = null;

  add(item: AuditFinding | InvalidRow): void | Promise<void> {
    if (this.closed) throw new Error('spool: add after replay');
    return this.outs[item.type].write(`${JSON.stringify(item)}\n`);
  }

  addFindingJson(json: string): void | Promise<void> {
    if (this.closed) throw new Error('spool: add after replay');
    return this.outs.finding.write(`${json}\n`);
  }

  findings(): AsyncIterable<AuditFinding> {
    return this.read<AuditFinding>(this.files.finding);
  }

  invalid(): AsyncIterable<InvalidRow> {
    return this.read<InvalidRow>(this.files.invalid);
  }

  private async *read<T>(path: string): AsyncGenerator<T> {
    this.closed ??= Promise.all([this.outs.finding.close(), this.outs.invalid.close()]).then(() => undefined);
    await this.closed;
    const input = createReadStream(path);
    const lines = createInterface({ input, crlfDelay: Infinity });
    try {
      for await (const line of lines) if (line !== '') yield JSON.parse(line) as T;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // Reading back a spool file is using the temporary folder: its failure says so (src/cli/faults.ts).
      throw code ? new WriteError(SPOOL_TARGET, code, e as Error) : e;
    } finally {
      input.destroy();
    }
  }

  dispose(): void {
    this.outs.finding.abort();
    this.outs.invalid.abort();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
