/**
 * A spool in memory, for where there are no temporary files (the offline page's worker) and for tests: the
 * items a format prints after the summary are kept in two arrays and read back as often as needed.
 */
import type { AuditFinding, InvalidRow } from '../audit/index.js';
import type { Spool } from './report.js';
import { asyncOf } from './source.js';

export class MemorySpool implements Spool {
  private readonly found: AuditFinding[] = [];
  private readonly rejected: InvalidRow[] = [];

  add(item: AuditFinding | InvalidRow): void {
    if (item.type === 'finding') this.found.push(item);
    else this.rejected.push(item);
  }

  get findingCount(): number {
    return this.found.length;
  }

  get invalidCount(): number {
    return this.rejected.length;
  }

  findings(): AsyncIterable<AuditFinding> {
    return asyncOf(this.found);
  }

  invalid(): AsyncIterable<InvalidRow> {
    return asyncOf(this.rejected);
  }
}
