/**
 * The loan ids an audit has seen, in at most 16 bytes a loan (issue 16, item 6): not the ids, which would
 * cost more than the audit keeps for a loan, but a 64-bit hash of each in an open-addressing table of two
 * 32-bit words a slot (8 bytes), kept between 53% and 80% full — 10 to 15 bytes a loan; sized from the
 * expected count up front, it never grows. A hash seen before says only that the id may repeat: the audit
 * confirms it against the ids themselves before rejecting anything (src/audit/engine.ts, `recheckLoan`).
 */

/** A row's id as the duplicate checks compare it: the cell as written, when it is text that is not blank. */
export function idOf(row: unknown): string | undefined {
  const id = (row as { id?: unknown } | null)?.id;
  return typeof id === 'string' && NOT_BLANK.test(id) ? id : undefined;
}

/** Made once: a regular expression literal is a new object each time it is evaluated (twice for every row here). */
const NOT_BLANK = /\S/;

/** A hash function writing a string's 64-bit hash as two 32-bit words into `out[0]`, `out[1]`. */
export type IdHash = (id: string, out: Uint32Array) => void;

/**
 * A 64-bit string hash: two 32-bit multiply-xor lanes over the UTF-16 code units, cross-mixed at the end
 * (cyrb53's construction, keeping both lanes whole). Not cryptographic; an id that repeats is always caught,
 * and two ids with one hash are told apart by comparing them.
 */
export const hash64: IdHash = (id, out) => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  out[0] = h1 >>> 0;
  out[1] = h2 >>> 0;
};

const MAX_LOAD = 0.8;
const GROWTH = 1.5;

/** A set of 64-bit id hashes. */
export class IdHashSet {
  private table: Uint32Array;
  private slots: number;
  private count = 0;
  private readonly h = new Uint32Array(2);

  /**
   * @param expected how many ids are expected (the table grows past it, by half again each time)
   * @param shared whether the table lives in shared memory, for other threads to look ids up in (`lookingUp`)
   */
  constructor(
    expected = 1024,
    private readonly hash: IdHash = hash64,
    private readonly shared = false,
  ) {
    this.slots = Math.max(16, Math.ceil(expected / MAX_LOAD) + 1);
    this.table = this.newTable(this.slots);
  }

  /** A set over another set's `table` (shared with this thread), to ask whether it holds an id: `seenOrAdd` must not be called on it. */
  static lookingUp(table: Uint32Array): IdHashSet {
    const set = new IdHashSet(16);
    set.table = table;
    set.slots = table.length / 2;
    return set;
  }

  /** The table of hashes (in shared memory when the set was made `shared`). */
  get hashes(): Uint32Array {
    return this.table;
  }

  private newTable(slots: number): Uint32Array {
    return new Uint32Array(this.shared ? new SharedArrayBuffer(slots * 8) : new ArrayBuffer(slots * 8));
  }

  /** The number of hashes held. */
  get size(): number {
    return this.count;
  }

  /** Bytes the table holds. */
  get bytes(): number {
    return this.table.byteLength;
  }

  /** The id's hash, as a key for a Map (for the few ids that are confirmed). */
  key(id: string): string {
    this.hash(id, this.h);
    return `${this.h[0]}:${this.h[1]}`;
  }

  /** Whether the id's hash was added. */
  has(id: string): boolean {
    this.hash(id, this.h);
    return this.find(this.table, this.slots, this.h[0]!, this.low());
  }

  /** Whether the id's hash was added before; if not, adds it. */
  seenOrAdd(id: string): boolean {
    this.hash(id, this.h);
    const hi = this.h[0]!;
    const lo = this.low();
    if (this.find(this.table, this.slots, hi, lo)) return true;
    if (this.count + 1 > this.slots * MAX_LOAD) this.grow();
    this.place(this.table, this.slots, hi, lo);
    this.count++;
    return false;
  }

  /** The low word of the hash in `h` as the table holds it: (0, 0) marks an empty slot, so a hash of (0, 0) is held as (0, 1). */
  private low(): number {
    return this.h[0] === 0 && this.h[1] === 0 ? 1 : this.h[1]!;
  }

  private find(table: Uint32Array, slots: number, hi: number, lo: number): boolean {
    for (let s = hi % slots; ; s = s + 1 === slots ? 0 : s + 1) {
      const a = table[2 * s]!;
      const b = table[2 * s + 1]!;
      if (a === 0 && b === 0) return false;
      if (a === hi && b === lo) return true;
    }
  }

  private place(table: Uint32Array, slots: number, hi: number, lo: number): void {
    let s = hi % slots;
    while (table[2 * s] !== 0 || table[2 * s + 1] !== 0) s = s + 1 === slots ? 0 : s + 1;
    table[2 * s] = hi;
    table[2 * s + 1] = lo;
  }

  private grow(): void {
    const slots = Math.ceil(this.slots * GROWTH);
    const table = this.newTable(slots);
    for (let s = 0; s < this.slots; s++) {
      const hi = this.table[2 * s]!;
      const lo = this.table[2 * s + 1]!;
      if (hi !== 0 || lo !== 0) this.place(table, slots, hi, lo);
    }
    this.table = table;
    this.slots = slots;
  }
}

/**
 * The loan ids of one part of the loans file (a byte range, one thread each), read twice: the first reading adds every
 * row's id hash to the part's own set (`first`), noting the rows whose hash the set already had; the second (`heldBack`)
 * says which rows to hold back for the audit's recheck — a row whose hash an earlier row has, in its own range or in
 * any range before it (their sets, shared, are looked up). Those are exactly the rows `PortfolioAudit.loan` holds back
 * reading the file whole, so the recheck, and the report, are the same.
 */
export class RangeIds {
  private readonly own: IdHashSet;
  /** Rows (by their number in the range, from 0) whose hash an earlier row of the range has. */
  private readonly repeats = new Set<number>();
  private earlier: IdHashSet[] = [];
  private row = 0;

  /** @param expected about how many rows the range has (`own`: the set of a first reading made elsewhere) */
  constructor(expected: number, own?: IdHashSet) {
    this.own = own ?? new IdHashSet(expected, hash64, true);
  }

  /** First reading: each row in turn (`record` undefined for a row that could not be read). */
  first(record: unknown): void {
    const id = idOf(record);
    if (id !== undefined && this.own.seenOrAdd(id)) this.repeats.add(this.row);
    this.row++;
  }

  /** The range's set of hashes (shared memory), for the ranges after it. */
  get hashes(): Uint32Array {
    return this.own.hashes;
  }

  /** The rows (by their number in the range) whose hash an earlier row of the range has. */
  get repeatedRows(): number[] {
    return [...this.repeats];
  }

  /** The ids of a range whose first reading another thread made (its `hashes` and `repeatedRows`), for the second. */
  static read(hashes: Uint32Array, repeatedRows: readonly number[]): RangeIds {
    const ids = new RangeIds(0, IdHashSet.lookingUp(hashes));
    for (const row of repeatedRows) ids.repeats.add(row);
    return ids;
  }

  /** Starts the second reading, given the sets (`hashes`) of every range before this one. */
  second(earlier: readonly Uint32Array[]): void {
    this.earlier = earlier.map((table) => IdHashSet.lookingUp(table));
    this.row = 0;
  }

  /** Second reading: whether the next row is held back for the recheck. */
  heldBack(record: unknown): boolean {
    const row = this.row++;
    const id = idOf(record);
    return id !== undefined && (this.repeats.has(row) || this.earlier.some((set) => set.has(id)));
  }
}
