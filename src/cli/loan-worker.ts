/**
 * A worker thread auditing one part of the loans file (`--workers N`; src/cli/loan-threads.ts starts it). It reads the
 * households and its part's ids (src/app/run.ts, startRange) and says so; told its first line and the earlier parts'
 * ids, it judges its part, writing the items to a temporary file in order (its items wait there while the parts
 * before it are reported), and hands back what its loans added up to.
 */
import { createWriteStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { AuditFinding, InvalidRow } from '../audit/index.js';
import { pendingWrites } from '../app/report.js';
import { itemJson, type RangeTask, startRange } from '../app/run.js';
import { type Judge, threadFault, type ToAudit } from './loan-messages.js';
import { fileSource } from './node-platform.js';
import { streamOutput } from './output.js';
import { SPOOL_TARGET } from './spool.js';

const port = parentPort!;
const tell = (message: ToAudit) => {
  port.postMessage(message);
};

async function work(task: RangeTask): Promise<void> {
  const audit = await startRange(task, fileSource);
  tell({ type: 'first', read: audit.read, hashes: audit.hashes, ...(audit.also ? { also: audit.also } : {}) });
  const go = await new Promise<Judge>((resolve) => port.once('message', resolve));
  const out = streamOutput(createWriteStream(go.items), true, SPOOL_TARGET);
  const writes = pendingWrites();
  const emit = (item: AuditFinding | InvalidRow) => {
    writes.add(out.write(`${itemJson(item)}\n`));
  };
  let rows = 0;
  const part = await audit.judge(go.line, go.earlier, go.households, emit, () => {
    if (++rows % go.every === 0) tell({ type: 'rows', rows });
    return writes.settle();
  });
  await out.close();
  tell({ type: 'judged', part });
}

work(workerData as RangeTask).catch((e: unknown) => {
  tell({ type: 'fault', fault: threadFault(e) });
});
