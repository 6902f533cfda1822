// The table of loan-id hashes (src/audit/id-hashes.ts): every repeat caught, no false alarm among a million
// distinct ids, and at most 16 bytes a loan whether the count is known ahead or not.
import { describe, expect, it } from 'vitest';
import { hash64, IdHashSet } from '../../src/audit/id-hashes.js';

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
