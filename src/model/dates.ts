/**
 * Calendar dates as `'YYYY-MM-DD'`. Inside, the arithmetic is date-fns 4 on `UTCDateMini` from
 * `@date-fns/utc`, whose getters and setters are the `getUTC…`/`setUTC…` ones: no time zone,
 * daylight-saving rule or skipped local day (Kiritimati skipped 1994-12-31) can move a result.
 * Strings are the only thing that crosses this module's boundary; no `Date` escapes it.
 *
 * Two traps of JavaScript dates are avoided at the boundary: a date is built with `setFullYear`
 * (that is, `setUTCFullYear`), never with the many-argument constructor or `Date.UTC`, which read
 * years 0–99 as 1900–1999; and no date is built without a value, so no result can depend on the
 * clock. (`UTCDateMini`'s constructor starts from a `Date` of now and at once sets the value given.)
 */
// One module each, not the packages' indexes: 'date-fns' loads all 250 functions (about 0.1 s at
// start-up) and '@date-fns/utc' the full UTCDate, whose three Intl formatters cost about 8 MB.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addDays as addDaysFns } from 'date-fns/addDays';
import { addMonths as addMonthsFns } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';

export type IsoDate = string;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : MONTH_DAYS[m - 1]!;
}

/** Whether a value is a real calendar date written `'YYYY-MM-DD'` (year 0001–9999). */
export function isIsoDate(value: unknown): value is IsoDate {
  // Character by character, no Date: this runs for every date of every loan in an audit.
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digits(value, 0, 4),
    mo = digits(value, 5, 7),
    d = digits(value, 8, 10);
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** The number written by the digits in [from, to), or -1 if any is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Midnight UTC of a valid date. `setFullYear` is `setUTCFullYear` here: year 0050 stays 50, not 1950. */
function toUtc(date: IsoDate): Date {
  const d = new UTCDateMini(0);
  d.setFullYear(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
  return d;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * `'YYYY-MM-DD'` of a UTC date, `years` later. A result after 9999-12-31 keeps every digit of its
 * year (`'10000-06-30'`): it is not an `IsoDate`, and it is written as this module always wrote it.
 */
function fromUtc(d: Date, years: number): IsoDate {
  return `${pad(d.getUTCFullYear() + years, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

// 400 Gregorian years are exactly 146,097 days and 4,800 months, so whole cycles move only the year.
// Taking them off first keeps date-fns inside the range of a JavaScript date (about ±275,000 years)
// for any whole number of days or months, as the arithmetic before date-fns was.
const CYCLE_DAYS = 146_097;
const CYCLE_MONTHS = 4_800;

// addMonths runs for every deferral deadline, and date-fns takes about a microsecond where the
// decision around it takes half that. The loans of a portfolio share few maturity dates (a deferral
// only a few hundred), so each (date, months) is worked out by date-fns once and remembered; at most
// MEMO_LIMIT are kept, and all are forgotten when it is reached.
const MEMO_LIMIT = 4_096;
const monthsMemo = new Map<number, Map<IsoDate, IsoDate>>();
let memoSize = 0;

/**
 * Adds calendar months, clamping to the month's last day (`'2020-08-31'` + 6 → `'2021-02-28'`).
 * The date must already be valid and `months` a whole number.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  let memo = monthsMemo.get(months);
  const known = memo?.get(date);
  if (known !== undefined) return known;
  const cycles = Math.trunc(months / CYCLE_MONTHS);
  const result = fromUtc(addMonthsFns(toUtc(date), months - cycles * CYCLE_MONTHS), cycles * 400);
  if (memoSize >= MEMO_LIMIT) {
    monthsMemo.clear();
    memoSize = 0;
    memo = undefined;
  }
  if (memo === undefined) monthsMemo.set(months, (memo = new Map<IsoDate, IsoDate>()));
  memo.set(date, result);
  memoSize++;
  return result;
}

const EPOCH = new UTCDateMini(0);

/** Days since 1970-01-01 of a valid date (proleptic Gregorian, negative before 1970). */
export function toEpochDay(date: IsoDate): number {
  return differenceInCalendarDays(toUtc(date), EPOCH);
}

/** The date a whole number of days after (or before, when negative) a valid date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const cycles = Math.trunc(days / CYCLE_DAYS);
  return fromUtc(addDaysFns(toUtc(date), days - cycles * CYCLE_DAYS), cycles * 400);
}

/** The later of two valid dates (ISO strings of four-digit years compare as text). */
export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
