// The table of loan-id hashes (src/audit/id-hashes.ts): every repeat caught, no false alarm among a million
// distinct ids, and at most 16 bytes a loan whether the count is known ahead or not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hash64, IdHashSet, idOf, RangeIds } from '../../src/audit/id-hashes.js';
import { RUNS } from '../properties/arbitraries.js';

describe('IdHashSet', () => {
  it('says an id was seen only once it was added, whatever the table size', () => {
    for (const expected of [1, 1000]) {
      const set = new IdHashSet(expected);
      expect(set.seenOrAdd('L1')).toBe(false);
      expect(set.seenOrAdd('L2')).toBe(false);
      expect(set.seenOrAdd('L1')).toBe(true);
      expect(set.seenOrAdd('l1')).toBe(false);
      expect(set.size).toBe(3);
    }
  });

  it('holds a hash of (0, 0), the empty slot, as well as any', () => {
    const set = new IdHashSet(4, (id, out) => {
      out[0] = 0;
      out[1] = id === 'zero' ? 0 : 1;
    });
    expect(set.seenOrAdd('zero')).toBe(false);
    expect(set.seenOrAdd('zero')).toBe(true);
  });

  it('a million distinct ids: no false repeat, every repeat found, and at most 16 bytes each, sized ahead or grown', () => {
    const ids = Array.from({ length: 1_000_000 }, (_, i) => `LN-${String(i).padStart(7, '0')}`);
    for (const expected of [ids.length, undefined]) {
      const set = new IdHashSet(expected);
      let repeats = 0;
      for (const id of ids) if (set.seenOrAdd(id)) repeats++;
      expect(repeats).toBe(0);
      expect(set.bytes / ids.length).toBeLessThanOrEqual(16);
      for (let i = 0; i < ids.length; i += 997) expect(set.seenOrAdd(ids[i]!)).toBe(true);
    }
  });

  it('hash64 fills both words, and different ids get different hashes', () => {
    const a = new Uint32Array(2);
    const b = new Uint32Array(2);
    hash64('L1', a);
    hash64('L2', b);
    expect(a[0]).not.toBe(b[0]);
    expect(a[1]).not.toBe(b[1]);
    hash64('L1', b);
    expect([...b]).toEqual([...a]);
  });
});

/**
 * A loans file's rows as the reader hands them to RangeIds: a record with an id (a few ids, so that they repeat,
 * two of them told apart only by a space), a record whose id is blank, not text or absent, and a row that could
 * not be read at all (`undefined`).
 */
const rowArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('L1', 'L2', ' L1', 'L1 ', '贷-1', 'l1').map((id) => ({ id })) },
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 40 }).map((i) => ({ id: `LN${i}` })) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>({ id: '' }, { id: '   ' }, { id: '\u3000' }, { id: 5 }, { id: null }, {}, null) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

/** The whole-file rule: a row is held back when its id (text, not blank) is the id of an earlier row. */
function repeatsOf(rows: readonly unknown[]): boolean[] {
  const seen = new Set<string>();
  return rows.map((row) => {
    const id = (row as { id?: unknown } | null | undefined)?.id;
    if (typeof id !== 'string' || id.trim() === '') return false;
    if (seen.has(id)) return true;
    seen.add(id);
    return false;
  });
}

/** Reads `rows` cut at `cuts` (row indices) into parts, as the loans file's parts are read: first every part, then each again. */
function heldBackInParts(rows: readonly unknown[], cuts: readonly number[], expected: (rows: number) => number = (n) => n): boolean[] {
  const bounds = [0, ...cuts, rows.length];
  const parts = bounds.slice(0, -1).map((start, p) => rows.slice(start, bounds[p + 1]));
  const ids = parts.map((part) => {
    const range = new RangeIds(expected(part.length));
    for (const row of part) range.first(row);
    return range;
  });
  // Handed to the later parts as other threads get them: the very tables, in shared memory.
  const hashes = ids.map((range) => range.hashes);
  for (const table of hashes) expect(table.buffer).toBeInstanceOf(SharedArrayBuffer);
  return parts.flatMap((part, p) => {
    ids[p]!.second(hashes.slice(0, p));
    return part.map((row) => ids[p]!.heldBack(row));
  });
}

describe('RangeIds: the rows held back across parts are the rows the whole file holds back', () => {
  it('rows split at random points into parts: held back exactly when an earlier row, in the part or before it, has the id (property)', () => {
    const scenario = fc.array(rowArb, { maxLength: 80 }).chain((rows) =>
      fc.record({
        rows: fc.constant(rows),
        cuts: fc.uniqueArray(fc.integer({ min: 0, max: rows.length }), { maxLength: 5 }).map((c) => [...c].sort((a, b) => a - b)),
        // A part's expected row count is a guess (its share of the file's lines): too small makes its table grow.
        small: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ rows, cuts, small }) => {
        const expected = repeatsOf(rows);
        // The same as PortfolioAudit.loan reading the file whole (one table of every id seen).
        const whole = new IdHashSet(rows.length);
        expect(rows.map((row) => idOf(row) !== undefined && whole.seenOrAdd(idOf(row)!))).toEqual(expected);
        expect(heldBackInParts(rows, cuts, small ? () => 1 : undefined)).toEqual(expected);
      }),
      { numRuns: 300, seed: RUNS.seed },
    );
  });

  it('a row without an id (unreadable, blank, not text) is never held back, yet counts as a row of its part', () => {
    const rows: unknown[] = [undefined, { id: 'A' }, { id: '' }, { id: ' ' }, { id: 7 }, { id: 'A' }, undefined, null, { id: 'B' }, { id: 'A' }, { id: 'B' }];
    const expected = [false, false, false, false, false, true, false, false, false, true, true];
    for (const cuts of [[], [1], [5], [6], [2, 7], [1, 5, 9], [3, 4, 8, 10]]) expect(heldBackInParts(rows, cuts), `cut at ${cuts.join()}`).toEqual(expected);
    // Rows with no id at all: none held back, however many.
    expect(heldBackInParts([undefined, { id: '' }, undefined, { id: '' }], [2])).toEqual([false, false, false, false]);
  });

  it('an id repeated only in a later part is held back there, not where it first appears', () => {
    const rows = [{ id: 'X' }, { id: 'Y' }, { id: 'Z' }, { id: 'X' }, { id: 'Y' }];
    expect(heldBackInParts(rows, [3])).toEqual([false, false, false, true, true]);
    expect(heldBackInParts(rows, [1, 2, 4])).toEqual([false, false, false, true, true]);
  });
});

describe('IdHashSet.lookingUp: a shared table read from another set', () => {
  it('answers has() as the set that filled it: every id added, and no other, whether or not the table grew (property)', () => {
    const ids = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 0, maxLength: 200 });
    fc.assert(
      fc.property(ids, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 300 }), (all, added, expected) => {
        const set = new IdHashSet(expected, hash64, true);
        const kept = all.slice(0, added);
        for (const id of kept) expect(set.seenOrAdd(id)).toBe(false);
        expect(set.hashes.buffer).toBeInstanceOf(SharedArrayBuffer);
        const reader = IdHashSet.lookingUp(set.hashes);
        for (const id of all) {
          expect(reader.has(id), id).toBe(set.has(id));
          expect(reader.has(id), id).toBe(kept.includes(id));
        }
      }),
      { numRuns: 200, seed: RUNS.seed },
    );
  });

  it('sees the table itself, not a copy: an id the owner adds later (without growing) is found', () => {
    const set = new IdHashSet(100, hash64, true);
    set.seenOrAdd('L1');
    const reader = IdHashSet.lookingUp(set.hashes);
    expect(reader.has('L2')).toBe(false);
    set.seenOrAdd('L2');
    expect(reader.has('L2')).toBe(true);
    expect(reader.has('L1')).toBe(true);
  });
});
