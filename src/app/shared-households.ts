/**
 * The households in shared memory, for `--workers N` (issue 18): the audit fills the store as it reads the households,
 * and every thread judging a part of the loans reads it (`over`) instead of holding a copy of its own — at 2,000,000
 * households a copy of the records costs about 0.5 GB a thread, this store about 0.2 GB in all. Each record is kept
 * as the JSON of its values in UTF-8 (records are plain: strings, booleans, null; every record has the fields of the
 * first, in its order, named once) and read back with `JSON.parse` when a rule needs the whole record; its region,
 * wanted for every loan, is kept apart; ids are found through a table of their hashes.
 */
import { hash64, type HouseholdRecord, type HouseholdStore } from '../audit/index.js';

/** A store as it crosses to another thread (`SharedHouseholds.shared`): its arrays live in shared memory. */
export interface SharedHouseholdsData {
  /** Open addressing on the id's hash: each slot the household's index + 1, 0 when empty. */
  readonly slots: Int32Array;
  /** Each household's id, then its record's JSON, in UTF-8: the array of its values in `keys`' order, or (a record of another shape) the object. */
  readonly text: Uint8Array;
  /** The fields of the records, in their order (the first record's). */
  readonly keys: readonly string[];
  /** Four numbers a household: where its text starts, the id's length and the JSON's (in bytes), the id's hash. */
  readonly at: Int32Array;
  readonly lines: Int32Array;
  readonly eligible: Uint8Array;
  /** A household's region as its place in `regionNames` + 1 (0: none). */
  readonly regions: Int32Array;
  readonly regionNames: readonly string[];
  readonly size: number;
}

const MAX_LOAD = 0.5;
const FIELDS = 4;

const sharedInt32 = (length: number) => new Int32Array(new SharedArrayBuffer(Math.max(1, length) * 4));
const sharedUint8 = (length: number) => new Uint8Array(new SharedArrayBuffer(Math.max(1, length)));

/** The array, or a bigger copy when it holds fewer than `needed` (only the audit that owns the store grows it, before sharing). */
function grown<T extends Int32Array | Uint8Array>(array: T, needed: number, make: (length: number) => T): T {
  if (needed <= array.length) return array;
  const bigger = make(Math.max(needed, Math.ceil(array.length * 1.5)));
  bigger.set(array);
  return bigger;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class SharedHouseholds implements HouseholdStore {
  private slots: Int32Array;
  private text: Uint8Array;
  private at: Int32Array;
  private lines: Int32Array;
  private passed: Uint8Array;
  private regions: Int32Array;
  private readonly regionNames: string[];
  private keys: readonly string[];
  private readonly regionIndex = new Map<string, number>();
  private count = 0;
  private textLength = 0;
  private readonly h = new Uint32Array(2);
  /** An id being looked for, in UTF-8. */
  private query = new Uint8Array(256);

  /** @param expected about how many households will be added (they may be more: the arrays grow) */
  constructor(expected = 1024, data?: SharedHouseholdsData) {
    if (data) {
      ({ slots: this.slots, text: this.text, at: this.at, lines: this.lines, eligible: this.passed, regions: this.regions } = data);
      this.regionNames = [...data.regionNames];
      this.keys = data.keys;
      this.count = data.size;
      return;
    }
    const n = Math.max(16, expected);
    this.keys = [];
    this.slots = sharedInt32(Math.ceil(n / MAX_LOAD));
    this.text = sharedUint8(n * 72);
    this.at = sharedInt32(n * FIELDS);
    this.lines = sharedInt32(n);
    this.passed = sharedUint8(n);
    this.regions = sharedInt32(n);
    this.regionNames = [];
  }

  /** A store over another thread's (`shared`), to read. */
  static over(data: SharedHouseholdsData): SharedHouseholds {
    return new SharedHouseholds(0, data);
  }

  /** The store's arrays and size, to read it from another thread. */
  get shared(): SharedHouseholdsData {
    return {
      slots: this.slots,
      text: this.text,
      at: this.at,
      lines: this.lines,
      eligible: this.passed,
      regions: this.regions,
      regionNames: this.regionNames,
      keys: this.keys,
      size: this.count,
    };
  }

  get size(): number {
    return this.count;
  }

  add(record: HouseholdRecord, line: number, eligible: boolean): number {
    const index = this.count++;
    const id = record.id;
    if (this.count === 1) this.keys = Object.keys(record);
    const json = this.shaped(record) ? JSON.stringify(this.keys.map((k) => record[k as keyof HouseholdRecord])) : JSON.stringify(record);
    const start = this.textLength;
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    this.text = grown(this.text, start + 3 * (id.length + json.length), sharedUint8);
    const idBytes = encoder.encodeInto(id, this.text.subarray(start)).written;
    const jsonBytes = encoder.encodeInto(json, this.text.subarray(start + idBytes)).written;
    this.textLength += idBytes + jsonBytes;
    const hash = this.hashOf(id);
    this.at = grown(this.at, FIELDS * this.count, sharedInt32);
    this.at.set([start, idBytes, jsonBytes, hash], FIELDS * index);
    this.lines = grown(this.lines, this.count, sharedInt32);
    this.lines[index] = line;
    this.passed = grown(this.passed, this.count, sharedUint8);
    this.passed[index] = eligible ? 1 : 0;
    this.regions = grown(this.regions, this.count, sharedInt32);
    this.regions[index] = record.region === null ? 0 : this.regionOf(record.region) + 1;
    if (this.count > this.slots.length * MAX_LOAD) this.rehash(Math.ceil((this.count * 2) / MAX_LOAD));
    else this.place(this.slots, index);
    return index;
  }

  find(id: string): number {
    const hash = this.hashOf(id);
    const slots = this.slots;
    let length = -1;
    for (let s = (hash >>> 0) % slots.length; ; s = s + 1 === slots.length ? 0 : s + 1) {
      const v = slots[s]!;
      if (v === 0) return -1;
      const index = v - 1;
      if (this.at[FIELDS * index + 3] !== hash) continue;
      if (length < 0) length = this.encode(id);
      if (this.idIs(index, length)) return index;
    }
  }

  record(index: number): HouseholdRecord {
    const at = FIELDS * index;
    const start = this.at[at]! + this.at[at + 1]!;
    const value = JSON.parse(decoder.decode(this.text.subarray(start, start + this.at[at + 2]!))) as unknown;
    if (!Array.isArray(value)) return value as HouseholdRecord;
    const record: Record<string, unknown> = {};
    for (let i = 0; i < this.keys.length; i++) record[this.keys[i]!] = value[i];
    return record as unknown as HouseholdRecord;
  }

  /** Whether a record has the fields of the first, in its order (then its values are all it takes to keep it). */
  private shaped(record: HouseholdRecord): boolean {
    let i = 0;
    for (const key in record) if (key !== this.keys[i++]) return false;
    return i === this.keys.length;
  }

  region(index: number): string | null {
    const r = this.regions[index]!;
    return r === 0 ? null : this.regionNames[r - 1]!;
  }

  line(index: number): number {
    return this.lines[index]!;
  }

  eligible(index: number): boolean {
    return this.passed[index] === 1;
  }

  private regionOf(name: string): number {
    let r = this.regionIndex.get(name);
    if (r === undefined) {
      r = this.regionNames.push(name) - 1;
      this.regionIndex.set(name, r);
    }
    return r;
  }

  private hashOf(id: string): number {
    hash64(id, this.h);
    return this.h[0]! | 0;
  }

  /** Puts `id` in UTF-8 into `query`; returns its length. */
  private encode(id: string): number {
    if (this.query.length < 3 * id.length) this.query = new Uint8Array(3 * id.length);
    return encoder.encodeInto(id, this.query).written;
  }

  /** Whether household `index`'s id is the `length` bytes in `query`. */
  private idIs(index: number, length: number): boolean {
    const at = FIELDS * index;
    if (this.at[at + 1] !== length) return false;
    const start = this.at[at]!;
    for (let i = 0; i < length; i++) if (this.text[start + i] !== this.query[i]) return false;
    return true;
  }

  private place(slots: Int32Array, index: number): void {
    let s = (this.at[FIELDS * index + 3]! >>> 0) % slots.length;
    while (slots[s] !== 0) s = s + 1 === slots.length ? 0 : s + 1;
    slots[s] = index + 1;
  }

  private rehash(length: number): void {
    const slots = sharedInt32(length);
    for (let index = 0; index < this.count; index++) this.place(slots, index);
    this.slots = slots;
  }
}
