import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  addFen,
  DECIMAL_CACHE_SIZE,
  Decimal as MoneyDecimal,
  fenOf,
  formatFen,
  formatMoney,
  MAX_CACHED_TEXT,
  moneyProblem,
  toDecimal,
  yuanOfFen,
} from '../../src/model/money.js';
import { RUNS } from '../properties/arbitraries.js';
import { Decimal } from 'decimal.js';

describe('money', () => {
  it('accepts the forms API.md lists', () => {
    for (const ok of ['50000', '12345.6', '12345.67', '25000.5000', '0', '0.01', 50000, 12345.67, 0.1, 0]) {
      expect(moneyProblem(ok), String(ok)).toBeNull();
    }
  });

  it('rejects sub-fen, signs, exponents, hex, blanks and non-finite numbers as money', () => {
    for (const bad of ['12.345', '-1', '+1', '1e3', '0x10', '', ' 1', '1,000', '.5', '5.', 'NaN', 0.001, -0.01, NaN, Infinity, 1e21, 0.1 + 0.2]) {
      expect(moneyProblem(bad)?.code, String(bad)).toBe('money');
    }
  });

  it('says why each kind of bad money is bad', () => {
    const message = (v: unknown) => moneyProblem(v)?.message;
    expect(message('12.345')).toBe('must be yuan as a plain decimal string with at most two decimals, e.g. "12345.67"');
    expect(message('90071992547409.92')).toBe('is too large');
    expect(message(Infinity)).toBe('must be a finite number of yuan');
    expect(message(NaN)).toBe('must be a finite number of yuan');
    expect(message(-0.01)).toBe('must not be negative');
    expect(message(1e21)).toBe('is too large');
    expect(message(0.001)).toBe('must be a whole number of fen (at most two decimals)');
    expect(message(true)).toBe('must be yuan as a decimal string or a number');
    // Thirteen integer digits or fewer are never too large; fourteen are only past 2^53 fen.
    expect(moneyProblem('9999999999999.99')).toBeNull();
    expect(moneyProblem('90071992547409.91')).toBeNull();
    expect(moneyProblem('90071992547409.92')?.code).toBe('money');
  });

  it('rejects values that are not strings or numbers as a type problem', () => {
    for (const bad of [true, null, undefined, {}, [], 10n]) expect(moneyProblem(bad)?.code).toBe('type');
  });

  it('formats with exactly two decimals, without binary rounding', () => {
    expect(formatMoney(toDecimal('20000'))).toBe('20000.00');
    expect(formatMoney(toDecimal('25000.5000'))).toBe('25000.50');
    expect(formatMoney(toDecimal(0.1).plus(toDecimal(0.2)))).toBe('0.30');
  });

  it('formats any Decimal as its toFixed(2) would, and any fen count exactly', () => {
    const digits = fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: -45, max: 45 }));
    fc.assert(
      fc.property(digits, ([n, shift]) => {
        const value = new MoneyDecimal(n.toString()).times(new MoneyDecimal(10).pow(shift));
        expect(formatMoney(value)).toBe(value.toFixed(2));
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (fen) => {
        expect(formatFen(fen)).toBe(new MoneyDecimal(fen.toString()).dividedBy(100).toFixed(2));
      }),
      RUNS,
    );
    for (const edge of ['-0', '0', '0.1', '-0.01', '1e+41', '1.5e-31', '123.456'])
      expect(formatMoney(new MoneyDecimal(edge))).toBe(new MoneyDecimal(edge).toFixed(2));
  });

  it('counts the fen of any Decimal as its two-decimal form says (rounded half up), without making that text', () => {
    // fenOf reads whole fen from decimal.js's digit groups; this is what it must equal.
    const byText = (x: MoneyDecimal) => BigInt(formatMoney(x).replace('.', ''));
    const digits = fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: -12, max: 20 }));
    fc.assert(
      fc.property(digits, ([n, shift]) => {
        const value = new MoneyDecimal(n.toString()).times(new MoneyDecimal(10).pow(shift));
        expect(fenOf(value), value.toString()).toBe(byText(value));
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 60n }), (fen) => {
        const value = new MoneyDecimal(fen.toString()).dividedBy(100);
        expect(fenOf(value), value.toString()).toBe(fen);
      }),
      RUNS,
    );
    const edges = [
      '0',
      '-0',
      '0.01',
      '0.1',
      '0.005',
      '0.015',
      '1',
      '9999999',
      '10000000',
      '10000000.01',
      '12345.67',
      '123.456',
      '-123.45',
      '90071992547409.91',
    ];
    for (const edge of [...edges, '90071992547409.92', '90071992547409.93', '1e+41', '1.5e-31', '1234567.1234567', '1e-9'])
      expect(fenOf(new MoneyDecimal(edge)), edge).toBe(byText(new MoneyDecimal(edge)));
  });

  it('keeps a running total of fen exactly, as a number while it is a safe integer and a bigint past that', () => {
    const near = BigInt(Number.MAX_SAFE_INTEGER);
    const fen = fc.oneof(
      fc.bigInt({ min: 0n, max: 10n ** 9n }),
      fc.bigInt({ min: near - 10n, max: near + 10n }),
      fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
    );
    fc.assert(
      fc.property(fc.array(fen, { maxLength: 8 }), (fens) => {
        const sum = fens.reduce(addFen, 0);
        const exact = fens.reduce((a, b) => a + b, 0n);
        expect(BigInt(sum)).toBe(exact);
        expect(yuanOfFen(sum).toFixed(2)).toBe(yuanOfFen(exact).toFixed(2));
        // A number exactly while the total and every step stay safe integers.
        const safe = (n: bigint) => n >= -near && n <= near;
        if (fens.every((_, i) => safe(fens.slice(0, i + 1).reduce((a, b) => a + b, 0n)))) expect(typeof sum).toBe('number');
      }),
      RUNS,
    );
    expect(addFen(Number.MAX_SAFE_INTEGER, 1n)).toBe(2n ** 53n);
    expect(addFen(Number.MAX_SAFE_INTEGER - 1, 1n)).toBe(Number.MAX_SAFE_INTEGER);
    expect(addFen(2, -(2n ** 53n) - 1n)).toBe(-(2n ** 53n) + 1n);
  });

  it('converts the same whatever the cache of recent conversions holds, and treats -0 as 0', () => {
    const texts = Array.from({ length: 5000 }, (_, i) => `${i}.${String(i % 100).padStart(2, '0')}`);
    for (const round of [1, 2]) for (const t of texts) expect(toDecimal(t).toFixed(2), `${t} (${round})`).toBe(t);
    expect(toDecimal(-0).isNegative()).toBe(false);
    const long = `${'0'.repeat(50)}1`;
    expect(toDecimal(long).toString()).toBe('1');
  });

  it("leaves the host application's Decimal settings alone", () => {
    const before = Decimal.precision;
    toDecimal('1').dividedBy(3);
    expect(Decimal.precision).toBe(before);
  });
});

describe('money bounds', () => {
  it('accepts up to the largest safe number of fen and rejects one fen more', () => {
    expect(moneyProblem('90071992547409.91')).toBeNull();
    expect(moneyProblem('0090071992547409.91')).toBeNull();
    expect(moneyProblem('90071992547409.92')?.code).toBe('money');
    expect(moneyProblem('9999999999999.99')).toBeNull();
    expect(moneyProblem('100000000000000')?.code).toBe('money');
    expect(moneyProblem(90071992547409.91)).toBeNull();
    expect(moneyProblem(1e15)?.code).toBe('money');
  });

  // The audit formats and counts every loan's money: whole fen must take the short ways, which read decimal.js's
  // digits and never make its text. A fast path that fell back for every value would give the same answers at
  // several times the cost, so these tests watch the slow calls themselves.
  it('formats whole fen without toFixed, and counts the fen of whole fen below 2^53 without making text', () => {
    const toFixed = vi.spyOn(MoneyDecimal.prototype, 'toFixed');
    const toText = vi.spyOn(MoneyDecimal.prototype, 'toString');
    const wholeFen = fc.oneof(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
    const edges = [0, 1, 10, 100, 999, 1000000001, 123456789, Number.MAX_SAFE_INTEGER];
    try {
      const check = (fen: number) => {
        const yuan = new MoneyDecimal(fen).dividedBy(100);
        toText.mockClear();
        expect(fenOf(yuan), String(fen)).toBe(BigInt(fen));
        expect(toText, `fenOf(${yuan.toFixed(2)}) made text`).not.toHaveBeenCalled();
        toFixed.mockClear();
        expect(formatMoney(yuan)).toBe(formatFen(BigInt(fen)));
        expect(toFixed, `formatMoney(${formatFen(BigInt(fen))}) called toFixed`).not.toHaveBeenCalled();
      };
      for (const fen of edges) check(fen);
      fc.assert(fc.property(wholeFen, check), RUNS);
      // Finer than a fen, negative or past 2^53 fen: the long way, which is right for them.
      for (const other of ['0.001', '-1', '90071992547409.92']) {
        toText.mockClear();
        expect(fenOf(new MoneyDecimal(other))).toBe(BigInt(formatMoney(new MoneyDecimal(other)).replace('.', '')));
        expect(toText, other).toHaveBeenCalled();
      }
    } finally {
      toFixed.mockRestore();
      toText.mockRestore();
    }
  });

  it('keeps recent conversions, at most DECIMAL_CACHE_SIZE of them, and never a text longer than MAX_CACHED_TEXT', async () => {
    // A fresh copy of the module, so the cache starts empty whatever other tests converted.
    vi.resetModules();
    const fresh = (await import('../../src/model/money.js')).toDecimal;
    const first = fresh('30000');
    expect(fresh('30000')).toBe(first);
    for (let i = 1; i < DECIMAL_CACHE_SIZE; i++) fresh(i);
    expect(fresh('30000'), 'kept while the cache is just full').toBe(first);
    fresh(DECIMAL_CACHE_SIZE);
    expect(fresh('30000'), 'one more value starts the cache again').not.toBe(first);
    const longest = '1'.padStart(MAX_CACHED_TEXT, '0');
    expect(fresh(longest)).toBe(fresh(longest));
    const tooLong = `0${longest}`;
    expect(fresh(tooLong)).not.toBe(fresh(tooLong));
    expect(fresh(tooLong).toString()).toBe('1');
  });
});
