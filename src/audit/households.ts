/**
 * The valid households an audit read, by id: what every loan is judged with. Two stores, one interface: a Map of the
 * records, here, for an audit on one thread (and the offline page); and, for `--workers N` (issue 18), a store in
 * shared memory that every thread reads (src/app/shared-households.ts).
 */
import type { HouseholdRecord } from '../decisions/records.js';

export interface HouseholdStore {
  /** Adds a valid household whose id is not in the store yet; returns its index (0, 1, … in the order added). */
  add(record: HouseholdRecord, line: number, eligible: boolean): number;
  /** The index of the household with this id, or -1. */
  find(id: string): number;
  readonly size: number;
  record(index: number): HouseholdRecord;
  /** `record(index).region`, without reading the whole record. */
  region(index: number): string | null;
  /** The line it was read from. */
  line(index: number): number;
  /** Whether it passed the eligibility rules when read. */
  eligible(index: number): boolean;
}

/** The store of an audit on one thread: the records themselves. */
export class HouseholdMap implements HouseholdStore {
  private readonly ids = new Map<string, number>();
  private readonly records: HouseholdRecord[] = [];
  private readonly lines: number[] = [];
  private readonly passed: boolean[] = [];

  add(record: HouseholdRecord, line: number, eligible: boolean): number {
    this.ids.set(record.id, this.records.length);
    this.records.push(record);
    this.lines.push(line);
    this.passed.push(eligible);
    return this.records.length - 1;
  }

  find(id: string): number {
    return this.ids.get(id) ?? -1;
  }

  get size(): number {
    return this.records.length;
  }

  record(index: number): HouseholdRecord {
    return this.records[index]!;
  }

  region(index: number): string | null {
    return this.records[index]!.region;
  }

  line(index: number): number {
    return this.lines[index]!;
  }

  eligible(index: number): boolean {
    return this.passed[index]!;
  }
}
