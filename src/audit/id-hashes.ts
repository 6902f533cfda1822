/**
 * The loan ids an audit has seen, in at most 16 bytes a loan (issue 16, item 6): not the ids, which would
 * cost more than the audit keeps for a loan, but a 64-bit hash of each in an open-addressing table of two
 * 32-bit words a slot (8 bytes), kept between 53% and 80% full — 10 to 15 bytes a loan; sized from the
 * expected count up front, it never grows. A hash seen before says only that the id may repeat: the audit
 * confirms it against the ids themselves before rejecting anything (src/audit/engine.ts, `recheckLoan`).
 */

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

  /** @param expected how many ids are expected (the table grows past it, by half again each time) */
  constructor(
    expected = 1024,
    private readonly hash: IdHash = hash64,
  ) {
    this.slots = Math.max(16, Math.ceil(expected / MAX_LOAD) + 1);
    this.table = new Uint32Array(this.slots * 2);
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

  /** Whether the id's hash was added before; if not, adds it. */
  seenOrAdd(id: string): boolean {
    this.hash(id, this.h);
    const hi = this.h[0]!;
    // (0, 0) marks an empty slot, so a hash of (0, 0) is held as (0, 1).
    const lo = hi === 0 && this.h[1] === 0 ? 1 : this.h[1]!;
    if (this.find(this.table, this.slots, hi, lo)) return true;
    if (this.count + 1 > this.slots * MAX_LOAD) this.grow();
    this.place(this.table, this.slots, hi, lo);
    this.count++;
    return false;
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
    const table = new Uint32Array(slots * 2);
    for (let s = 0; s < this.slots; s++) {
      const hi = this.table[2 * s]!;
      const lo = this.table[2 * s + 1]!;
      if (hi !== 0 || lo !== 0) this.place(table, slots, hi, lo);
    }
    this.table = table;
    this.slots = slots;
  }
}
