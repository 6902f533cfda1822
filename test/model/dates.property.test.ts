// Properties of src/model/dates.ts over years 0001–9999, against two references that share no code
// with it: the plain-number arithmetic this module used before date-fns (the oracle below, kept
// verbatim), and, for the fast format check, JavaScript's own UTC calendar. The suite runs under
// TZ=UTC, Pacific/Kiritimati (UTC+14) and Pacific/Pago_Pago (UTC−11); no result may differ.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysInMonth, isIsoDate, isLeapYear, laterOf, toEpochDay } from '../../src/model/dates.js';
import { RUNS } from '../properties/arbitraries.js';

/** The implementation before date-fns (commit a1eb246), unchanged: days_from_civil and its inverse. */
const oracle = (() => {
  const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const monthDays = (y: number, m: number) => (m === 2 ? (leap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const format = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  function addMonths(date: string, months: number): string {
    const y = +date.slice(0, 4),
      m = +date.slice(5, 7),
      d = +date.slice(8, 10);
    const index = y * 12 + (m - 1) + months;
    const ny = Math.floor(index / 12),
      nm = (index % 12) + 1;
    return format(ny, nm, Math.min(d, monthDays(ny, nm)));
  }
  function toEpochDay(date: string): number {
    let y = +date.slice(0, 4);
    const m = +date.slice(5, 7),
      d = +date.slice(8, 10);
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
  }
  function addDays(date: string, days: number): string {
    const z = toEpochDay(date) + days + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    return format(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
  }
  return { leap, monthDays, format, addMonths, toEpochDay, addDays };
})();

const FIRST = oracle.toEpochDay('0001-01-01');
const LAST = oracle.toEpochDay('9999-12-31');

/** Any valid date 0001-01-01 … 9999-12-31, with month ends, leap days and the years 1–99 and 9900–9999 drawn often. */
const isoDate: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: FIRST, max: LAST }).map((n) => oracle.addDays('1970-01-01', n)),
  fc
    .record({
      y: fc.oneof(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 9900, max: 9999 }),
        fc.constantFrom(1900, 2000, 2100, 2020, 2021),
      ),
      m: fc.integer({ min: 1, max: 12 }),
      end: fc.integer({ min: 0, max: 3 }),
    })
    .map(({ y, m, end }) => oracle.format(y, m, oracle.monthDays(y, m) - end)),
);

/** Whole numbers of months: a deferral's 6, then wider, up to far past the range of a JavaScript date. */
const monthCount = fc.oneof(fc.integer({ min: -24, max: 24 }), fc.integer({ min: -120_000, max: 120_000 }), fc.integer({ min: -1e9, max: 1e9 }));
/** Whole numbers of days, likewise (a JavaScript date reaches about ±100,000,000 days from 1970). */
const dayCount = fc.oneof(fc.integer({ min: -800, max: 800 }), fc.integer({ min: -LAST, max: LAST }), fc.integer({ min: -1e12, max: 1e12 }));

describe('dates against the arithmetic before date-fns', () => {
  it('addMonths gives what it gave before (results in year 0 or later, where the old arithmetic wrote a date)', () => {
    fc.assert(
      fc.property(isoDate, monthCount, (date, months) => {
        const index = +date.slice(0, 4) * 12 + +date.slice(5, 7) - 1 + months;
        fc.pre(index >= 0);
        expect(addMonths(date, months)).toBe(oracle.addMonths(date, months));
      }),
      RUNS,
    );
  });

  it('addMonths by 6, the deferral, over every kind of date', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        expect(addMonths(date, 6)).toBe(oracle.addMonths(date, 6));
      }),
      RUNS,
    );
  });

  it('addDays gives what it gave before, backwards and forwards, far past 9999 and before year 1', () => {
    fc.assert(
      fc.property(isoDate, dayCount, (date, days) => {
        expect(addDays(date, days)).toBe(oracle.addDays(date, days));
      }),
      RUNS,
    );
  });

  it('toEpochDay gives what it gave before', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        expect(toEpochDay(date)).toBe(oracle.toEpochDay(date));
      }),
      RUNS,
    );
  });

  it('addDays and toEpochDay agree with each other (a difference of dates is the days added)', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        expect(addDays(a, toEpochDay(b) - toEpochDay(a))).toBe(b);
        expect(laterOf(a, b)).toBe(toEpochDay(a) >= toEpochDay(b) ? a : b);
      }),
      RUNS,
    );
  });

  it('remembering addMonths results never changes one, also when more are asked than are kept', () => {
    // 6,000 distinct (date, months) pairs, twice over: past the 4,096 remembered, so the memory is emptied.
    const pairs = Array.from({ length: 6_000 }, (_, i) => [oracle.addDays('2019-01-01', i % 1500), (i % 4) + 5] as const);
    for (let round = 0; round < 2; round++) {
      for (const [date, months] of pairs) expect(addMonths(date, months)).toBe(oracle.addMonths(date, months));
    }
  });

  it('every day from 0001-01-01 to 9999-12-31 follows the one before (one walk, checked every 97th day)', () => {
    let date = '0001-01-01';
    for (let n = FIRST; n <= LAST; n += 97) {
      expect(date).toBe(oracle.addDays('1970-01-01', n));
      expect(toEpochDay(date)).toBe(n);
      date = addDays(date, 97);
    }
  });
});

describe('the fast format check against the JavaScript UTC calendar', () => {
  /** Whether y-m-d is a real date, asked of Date in UTC (setUTCFullYear, so years 0–99 are not moved to 19xx). */
  const real = (y: number, m: number, d: number) => {
    const t = new Date(0);
    t.setUTCFullYear(y, m - 1, d);
    return y >= 1 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  };

  it('isLeapYear and daysInMonth match it for every year 1–9999', () => {
    for (let y = 1; y <= 9999; y++) {
      expect(isLeapYear(y), String(y)).toBe(real(y, 2, 29));
      for (let m = 1; m <= 12; m++) expect(daysInMonth(y, m)).toBe(real(y, m, 31) ? 31 : real(y, m, 30) ? 30 : real(y, m, 29) ? 29 : 28);
    }
  });

  it('isIsoDate accepts exactly the real dates written YYYY-MM-DD', () => {
    const field = (width: number, max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(width, '0'));
    fc.assert(
      fc.property(field(4, 9999), field(2, 99), fc.oneof(field(2, 99), field(2, 31)), (y, m, d) => {
        expect(isIsoDate(`${y}-${m}-${d}`)).toBe(real(+y, +m, +d) && +m >= 1 && +m <= 12 && +d >= 1);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(isoDate, (date) => {
        expect(isIsoDate(date)).toBe(true);
      }),
      RUNS,
    );
  });

  it('isIsoDate refuses anything not written exactly YYYY-MM-DD', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (s) => {
        fc.pre(!/^\d{4}-\d{2}-\d{2}$/.test(s));
        expect(isIsoDate(s)).toBe(false);
      }),
      RUNS,
    );
  });
});
