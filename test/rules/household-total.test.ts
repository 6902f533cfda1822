// HouseholdTotals (src/rules/household-total.ts): each household's running total for the 5万元 cap
// (CBIRC-2020-28/4.3: 单户扶贫小额信贷总额不得超过5万元), kept in whole fen while the loans are read. With
// `--workers N` each part of the loans file sums its own loans and the parts are merged: the cap rule must see the
// very total — and loan count — the whole file gives, however the loans fall into parts and in whatever order the
// parts are merged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FenSum, yuanOfFen } from '../../src/model/money.js';
import { HOUSEHOLD_CAP, HouseholdTotals, type HouseholdTotalsPart } from '../../src/rules/household-total.js';
import { RUNS } from '../properties/arbitraries.js';

/** One loan as the audit hands it to `add`: its household's index and what it adds, in fen (`null` adds nothing). */
type Added = readonly [household: number, counted: bigint | null];

/** Totals over `households` households with `loans` added, in order. */
function totalsOf(households: number, loans: readonly Added[]): HouseholdTotals {
  const totals = new HouseholdTotals();
  for (let i = 0; i < households; i++) expect(totals.register()).toBe(i);
  for (const [h, fen] of loans) totals.add(h, fen);
  return totals;
}

/** Every household's total as exact values (a FenSum is a number or a bigint: compared by value). */
function sums(totals: HouseholdTotals, households: number): { fen: bigint; activeLoans: number }[] {
  return Array.from({ length: households }, (_, i) => {
    const s = totals.sum(i);
    return { fen: BigInt(s.fen), activeLoans: s.activeLoans };
  });
}

/** A part as it reaches the audit from another thread: a structured clone (numbers and bigints survive it). */
const crossed = (part: HouseholdTotalsPart): HouseholdTotalsPart => structuredClone(part);

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

describe('HouseholdTotals: the parts of a split loans file add up to the whole', () => {
  it('CBIRC-2020-28/4.3 a household’s loans split over 2, 3 or 4 parts, merged in any order, give the total and count of one part', () => {
    // Household 0: 20,000 + 20,000 + 15,000.01 yuan = 55,000.01, over the cap though no part alone is.
    // Household 1: one loan. Household 2: no loan at all.
    const loans: Added[] = [
      [0, 2_000_000n],
      [1, 1_234_567n],
      [0, 2_000_000n],
      [0, 1_500_001n],
    ];
    const households = 3;
    const whole = sums(totalsOf(households, loans), households);
    expect(whole).toEqual([
      { fen: 5_500_001n, activeLoans: 3 },
      { fen: 1_234_567n, activeLoans: 1 },
      { fen: 0n, activeLoans: 0 },
    ]);
    expect(yuanOfFen(whole[0]!.fen).greaterThan(HOUSEHOLD_CAP)).toBe(true);
    // Loan k in part `split[k]`.
    const splits = [
      [0, 1, 1, 0],
      [1, 0, 0, 1],
      [0, 1, 2, 2],
      [2, 0, 1, 0],
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [1, 1, 1, 1], // a part with every loan, the others with none
    ];
    for (const split of splits) {
      const count = Math.max(...split) + 1;
      const parts = Array.from({ length: Math.max(count, 2) }, (_, p) =>
        totalsOf(
          households,
          loans.filter((_, k) => split[k] === p),
        ),
      );
      // Where household 0's loans fall into two parts or more, no part alone puts it over the cap: only the merged total does.
      if (new Set([split[0], split[2], split[3]]).size > 1)
        for (const part of parts) expect(yuanOfFen(BigInt(part.sum(0).fen)).greaterThan(HOUSEHOLD_CAP), split.join()).toBe(false);
      // Merged into the first part, into the last, and into fresh totals, each in its own order.
      const intoFirst = parts[0]!;
      const fresh = totalsOf(households, []);
      for (const part of [...parts].reverse()) fresh.merge(crossed(part.part()));
      const intoLast = totalsOf(
        households,
        loans.filter((_, k) => split[k] === parts.length - 1),
      );
      for (const part of parts.slice(0, -1)) intoLast.merge(crossed(part.part()));
      for (const part of parts.slice(1)) intoFirst.merge(crossed(part.part()));
      expect(sums(intoFirst, households), `${split.join()} into the first`).toEqual(whole);
      expect(sums(intoLast, households), `${split.join()} into the last`).toEqual(whole);
      expect(sums(fresh, households), `${split.join()} into fresh totals`).toEqual(whole);
    }
  });

  it('CBIRC-2020-28/4.3 random loans split at random into parts, merged in a random order, give the total of one part (property)', () => {
    // Amounts up to the largest a loan may have (2^53 − 1 fen), so some totals pass 2^53 and some parts do not.
    const amount = fc.oneof(fc.bigInt({ min: 0n, max: 10_000_000n }), fc.bigInt({ min: MAX - 1000n, max: MAX }), fc.constant(null));
    const scenario = fc.integer({ min: 1, max: 6 }).chain((households) =>
      fc.record({
        households: fc.constant(households),
        parts: fc.integer({ min: 1, max: 5 }),
        loans: fc.array(fc.tuple(fc.integer({ min: 0, max: households - 1 }), amount, fc.nat()), { maxLength: 40 }),
        order: fc.nat(),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ households, parts, loans, order }) => {
        const added = loans.map(([h, fen]): Added => [h, fen]);
        // What the cap rule should see: the exact sum of every loan's fen, and every loan counted.
        const expected = Array.from({ length: households }, (_, h) => ({
          fen: added.filter(([x, f]) => x === h && f !== null).reduce((s, [, f]) => s + f!, 0n),
          activeLoans: added.filter(([x]) => x === h).length,
        }));
        expect(sums(totalsOf(households, added), households)).toEqual(expected);
        const split = Array.from({ length: parts }, (_, p) =>
          totalsOf(
            households,
            added.filter((_, k) => loans[k]![2] % parts === p),
          ),
        );
        // Rotated: any part may be the one the others merge into.
        const rotated = split.map((_, i) => split[(i + order) % parts]!);
        const [into, ...rest] = rotated;
        for (const part of rest) into!.merge(crossed(part.part()));
        expect(sums(into!, households)).toEqual(expected);
      }),
      { numRuns: 300, seed: RUNS.seed },
    );
  });

  it('CBIRC-2020-28/4.3 a merged total past 2^53 fen stays exact, to the fen', () => {
    // Each part's total is a safe integer; their sum is not, and doubles would round it to an even number.
    const a = totalsOf(1, [[0, MAX]]);
    const b = totalsOf(1, [
      [0, 1n],
      [0, 1n],
    ]);
    expect(a.sum(0).fen).toBe(Number.MAX_SAFE_INTEGER);
    a.merge(crossed(b.part()));
    expect(BigInt(a.sum(0).fen)).toBe(MAX + 2n);
    expect(a.sum(0)).toEqual({ fen: 9_007_199_254_740_993n, activeLoans: 3 });
    expect(yuanOfFen(a.sum(0).fen).toFixed(2)).toBe('90071992547409.93');
    // A part already past 2^53 (a bigint) merged into a small total, and more added after.
    const big = totalsOf(1, [
      [0, MAX],
      [0, MAX],
      [0, 3n],
    ]);
    expect(typeof big.sum(0).fen).toBe('bigint');
    const small = totalsOf(1, [[0, 5n]]);
    small.merge(crossed(big.part()));
    small.add(0, 1n);
    expect(small.sum(0)).toEqual({ fen: 2n * MAX + 9n, activeLoans: 5 });
  });

  it('CBIRC-2020-28/4.3 a loan that adds nothing to the total (counted null, a closed loan) is counted but adds no fen, merged or not', () => {
    // The engine (judgeLoan) returns before `add` for a closed loan, so what reaches `add` is an active loan's
    // amount; a `null` there is documented to count the loan and add nothing.
    const part = totalsOf(2, [
      [0, 3_000_000n],
      [0, null],
      [1, null],
    ]);
    expect(part.sum(0)).toEqual({ fen: 3_000_000, activeLoans: 2 });
    expect(part.sum(1)).toEqual({ fen: 0, activeLoans: 1 });
    const into = totalsOf(2, [[0, 2_000_001n]]);
    into.merge(crossed(part.part()));
    expect(sums(into, 2)).toEqual([
      { fen: 5_000_001n, activeLoans: 3 },
      { fen: 0n, activeLoans: 1 },
    ]);
    // 50,000.01 yuan: over the cap by a fen, as the merged total must show.
    expect(yuanOfFen(into.sum(0).fen).greaterThan(HOUSEHOLD_CAP)).toBe(true);
  });

  it('CBIRC-2020-28/4.3 a part of another households file (a different household count) cannot merge: RangeError, totals untouched', () => {
    const into = totalsOf(2, [[0, 100n]]);
    for (const households of [0, 1, 3]) {
      const other = totalsOf(households, households > 0 ? [[0, 5n]] : []);
      expect(() => {
        into.merge(other.part());
      }, `${households} households`).toThrow(RangeError);
    }
    // Arrays of unequal lengths (a malformed part) are refused too.
    expect(() => {
      into.merge({ fen: [1, 2], activeLoans: [1] });
    }).toThrow(RangeError);
    expect(() => {
      into.merge({ fen: [1], activeLoans: [1, 2] });
    }).toThrow(RangeError);
    expect(sums(into, 2)).toEqual([
      { fen: 100n, activeLoans: 1 },
      { fen: 0n, activeLoans: 0 },
    ]);
  });

  it('CBIRC-2020-28/4.3 merging does not change the part given, nor does the merged total change with it afterwards', () => {
    const source = totalsOf(2, [
      [0, 4_000_000n],
      [1, MAX],
      [1, 7n],
    ]);
    const part = source.part();
    const before: { fen: FenSum[]; activeLoans: number[] } = { fen: [...part.fen], activeLoans: [...part.activeLoans] };
    const into = totalsOf(2, [
      [0, 1_000_000n],
      [1, 3n],
    ]);
    into.merge(part);
    into.merge(part);
    into.add(0, 1n);
    expect({ fen: [...part.fen], activeLoans: [...part.activeLoans] }).toEqual(before);
    expect(sums(source, 2)).toEqual([
      { fen: 4_000_000n, activeLoans: 1 },
      { fen: MAX + 7n, activeLoans: 2 },
    ]);
    // Merged twice: the part's sums counted twice, plus the merged totals' own.
    const merged = [
      { fen: 9_000_001n, activeLoans: 4 },
      { fen: 2n * (MAX + 7n) + 3n, activeLoans: 5 },
    ];
    expect(sums(into, 2)).toEqual(merged);
    // The part's totals read on after the merge: what was merged stays as it was.
    source.add(0, 5n);
    source.add(1, 5n);
    expect(sums(into, 2)).toEqual(merged);
  });
});
