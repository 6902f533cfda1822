/** The audit CLI run in-process, for tests: its exit code, what it wrote to stderr, and the report it wrote. */
import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  readonly code: number;
  readonly stderr: string;
  /** The report file's text ('' when none was written). */
  readonly text: string;
  /** Where the report was asked for. */
  readonly out: string;
}

/** Runs `fupin-xindai audit …args --out out`, capturing stderr; reads the report back as text. */
export async function auditInProcess(args: readonly string[], out: string): Promise<CliRun> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(['audit', ...args, '--out', out]);
    let text = '';
    try {
      text = readFileSync(out, 'utf8');
    } catch {
      // no report written
    }
    return { code, stderr, text, out };
  } finally {
    spy.mockRestore();
  }
}
