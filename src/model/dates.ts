/**
 * Calendar dates as `'YYYY-MM-DD'`, computed on plain year/month/day numbers so that no time zone,
 * daylight-saving rule or skipped local day (Kiritimati skipped 1994-12-31) can move a result.
 * No `Date` object is ever created.
 */

export type IsoDate = string;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

/** Whether a value is a real calendar date written `'YYYY-MM-DD'` (year 0001–9999). */
export function isIsoDate(value: unknown): value is IsoDate {
  // Character by character: this runs for every date of every loan in an audit.
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digits(value, 0, 4), mo = digits(value, 5, 7), d = digits(value, 8, 10);
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

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function format(y: number, m: number, d: number): IsoDate {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/**
 * Adds calendar months, clamping to the month's last day (`'2020-08-31'` + 6 → `'2021-02-28'`).
 * The date must already be valid.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const y = +date.slice(0, 4), m = +date.slice(5, 7), d = +date.slice(8, 10);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12), nm = (index % 12) + 1;
  return format(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Days since 1970-01-01 of a valid date (proleptic Gregorian; Howard Hinnant's days_from_civil). */
export function toEpochDay(date: IsoDate): number {
  let y = +date.slice(0, 4);
  const m = +date.slice(5, 7), d = +date.slice(8, 10);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date a number of days after (or before, when negative) a valid date. */
export function addDays(date: IsoDate, days: number): IsoDate {
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

/** The later of two valid dates (ISO strings of four-digit years compare as text). */
export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
