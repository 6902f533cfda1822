/**
 * A spool in memory, for where there are no temporary files (the offline page's worker) and for tests: the
 * items a format prints after the summary are kept in two arrays and read back as often as needed.
 */
import type { AuditFinding, InvalidRow } from '../audit/index.js';
import type { Spool } from './report.js';

export class MemorySpool implements Spool {
  private readonly found: AuditFinding[] = [];
  private readonly rejected: InvalidRow[] = [];

  add(item: AuditFinding | InvalidRow): void {
    if (item.type === 'finding') this.found.push(item);
    else this.rejected.push(item);
  }

  findings(): AsyncIterable<AuditFinding> {
    return replay(this.found);
  }

  invalid(): AsyncIterable<InvalidRow> {
    return replay(this.rejected);
  }
}

function replay<T>(items: readonly T[]): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      const each = items[Symbol.iterator]();
      return { next: () => Promise.resolve(each.next()) };
    },
  };
}
