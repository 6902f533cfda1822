/**
 * The CLI's threads for `--workers N` (src/app/run.ts, LoanThreads): one worker thread a part of the loans file, each
 * running src/cli/loan-worker.ts. A part's items come back through a temporary file, read in order once the part is
 * judged, and the file is removed when the thread is closed.
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LoanThreads, RangeTask, RangeThread } from '../app/run.js';
import { spoolFault } from './faults.js';
import { errorOf, type Judge, type ToAudit } from './loan-messages.js';
import { WriteError } from './output.js';
import { SPOOL_TARGET } from './spool.js';

/** The worker's script: beside the bundle (dist/loan-worker.js), or its source when run from source (tsx, tests). */
const fromSource = import.meta.url.endsWith('.ts');
const SCRIPT = new URL(fromSource ? './loan-worker.ts' : './loan-worker.js', import.meta.url);

/** Threads that cut the loans file into `parts` parts (the audit reads the first; a thread each reads the others). */
export function workerThreads(parts: number, every = 50_000): LoanThreads {
  return { parts, start: (task) => startThread(task, every) };
}

interface Waiting<T> {
  resolve(value: T): void;
  reject(e: unknown): void;
}

function startThread(task: RangeTask, every: number): RangeThread {
  // From source, the thread registers tsx itself: `--import tsx` in a worker's execArgv comes too late for its first module.
  const worker = fromSource
    ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(SCRIPT.href)}); });`, {
        eval: true,
        workerData: task,
      })
    : new Worker(SCRIPT, { workerData: task });
  let firstWait: Waiting<ToAudit & { type: 'first' }> | null = null;
  let judgedWait: Waiting<ToAudit & { type: 'judged' }> | null = null;
  let onRows: (rows: number) => void = () => undefined;
  let failure: Error | null = null;
  let spill: string | null = null;
  const fail = (e: unknown) => {
    failure ??= e instanceof Error ? e : new Error(String(e));
    firstWait?.reject(e);
    judgedWait?.reject(e);
  };
  const first = new Promise<ToAudit & { type: 'first' }>((resolve, reject) => {
    firstWait = { resolve, reject };
  });
  // Nobody may wait for the first reading when the audit gives up early; its failure is reported by whoever does.
  first.catch(() => undefined);
  const judged = new Promise<ToAudit & { type: 'judged' }>((resolve, reject) => {
    judgedWait = { resolve, reject };
  });
  judged.catch(() => undefined);
  worker.on('message', (m: ToAudit) => {
    if (m.type === 'first') firstWait?.resolve(m);
    else if (m.type === 'rows') onRows(m.rows);
    else if (m.type === 'judged') judgedWait?.resolve(m);
    else fail(errorOf(m.fault));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => {
    fail(new Error(`a loans thread stopped (exit ${code})`));
  });
  const firstRead = first.then((m) => ({ read: m.read, hashes: m.hashes, ...(m.also ? { also: m.also } : {}) }));
  firstRead.catch(() => undefined);
  return {
    first: firstRead,
    judge(line, earlier, households, rows) {
      if (failure) return Promise.reject(failure);
      onRows = rows;
      try {
        spill = mkdtempSync(join(tmpdir(), 'fupin-xindai-part-'));
      } catch (e) {
        const fault = spoolFault(e);
        return Promise.reject(fault instanceof Error ? fault : new Error(String(fault)));
      }
      const items = join(spill, 'items.ndjson');
      worker.postMessage({ line, earlier, households, every, items } satisfies Judge);
      return judged.then((m) => ({ items: itemsOf(items), part: m.part }));
    },
    async close() {
      failure ??= new Error('closed');
      await worker.terminate();
      if (spill) rmSync(spill, { recursive: true, force: true });
    },
  };
}

/** A part's items, read back from its file in order (each line an item's JSON). */
async function* itemsOf(path: string): AsyncGenerator<string[]> {
  // Chunks split into lines here: readline's line events cost about as much again as the report's own writing.
  const input = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let carry = '';
  try {
    for await (const chunk of input as AsyncIterable<string>) {
      const lines = (carry + chunk).split('\n');
      carry = lines.pop()!;
      yield lines;
    }
    if (carry !== '') yield [carry];
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw code ? new WriteError(SPOOL_TARGET, code, e as Error) : e;
  } finally {
    input.destroy();
  }
}
