/**
 * Money is yuan, exact to the fen. Inputs: a plain decimal string (`'12345.6'`, `'25000.5000'`; digits
 * beyond the fen only if zeros; no exponent, sign or hex) or a finite number whose value in fen is a
 * safe integer. Never negative. Outputs: strings with exactly two decimals. Arithmetic in decimal.js,
 * on a private clone so the host application's Decimal settings are neither used nor changed.
 */
import { Decimal as DecimalBase } from 'decimal.js';

export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Decimal = InstanceType<typeof Decimal>;

const MONEY_TEXT = /^\d+(?:\.\d{1,2}0*)?$/;
const MAX_FEN = new Decimal(Number.MAX_SAFE_INTEGER);

export const ZERO = new Decimal(0);

/**
 * Why a value is not money, or `null` when it is.
 * The problem is `'type'` when the value is neither string nor number, `'money'` otherwise.
 */
export function moneyProblem(value: unknown): { code: 'type' | 'money'; message: string } | null {
  if (typeof value === 'string') {
    if (!MONEY_TEXT.test(value)) {
      return { code: 'money', message: 'must be yuan as a plain decimal string with at most two decimals, e.g. "12345.67"' };
    }
    // Up to 13 integer digits is always within a safe number of fen; only longer ones need the exact test.
    const dot = value.indexOf('.');
    if ((dot === -1 ? value.length : dot) > 13 && new Decimal(value).times(100).greaterThan(MAX_FEN)) return { code: 'money', message: 'is too large' };
    return null;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { code: 'money', message: 'must be a finite number of yuan' };
    if (value < 0) return { code: 'money', message: 'must not be negative' };
    if (!Number.isSafeInteger(Math.round(value * 100))) return { code: 'money', message: 'is too large' };
    // The number's shortest decimal form is what the caller wrote; reject anything finer than a fen.
    if (new Decimal(value).decimalPlaces() > 2) return { code: 'money', message: 'must be a whole number of fen (at most two decimals)' };
    return null;
  }
  return { code: 'type', message: 'must be yuan as a decimal string or a number' };
}

/**
 * Converts validated money (or a ratio) to a Decimal. Portfolios repeat a few amounts (30000, 50000,
 * the same shares on every loan of a region), and a Decimal is immutable, so recent conversions are
 * kept and shared: a lookup costs a fraction of decimal.js parsing the text again. The cache holds
 * at most DECIMAL_CACHE_SIZE values and starts again when full, so it cannot grow with the input.
 */
export function toDecimal(value: string | number): Decimal {
  // -0 is zero yuan (and the Map could not tell it from 0, so it must mean the same).
  const key = value === 0 ? 0 : value;
  // Only short texts are kept: the cache must not hold on to a caller's long strings.
  if (typeof key === 'string' && key.length > MAX_CACHED_TEXT) return new Decimal(key);
  let d = recent.get(key);
  if (d === undefined) {
    if (recent.size >= DECIMAL_CACHE_SIZE) recent.clear();
    recent.set(key, (d = new Decimal(key)));
  }
  return d;
}

/** How many recent conversions `toDecimal` keeps, and the longest text it keeps (exported for its tests). */
export const DECIMAL_CACHE_SIZE = 4096;
export const MAX_CACHED_TEXT = 40;
const recent = new Map<string | number, Decimal>();

/** Formats yuan with exactly two decimals (`'20000.00'`). */
export function formatMoney(value: Decimal): string {
  // Money here is whole fen, so its plain form needs at most padding; decimal.js's toFixed costs
  // about seven times as much and is kept for anything else (finer than a fen, exponents, -0).
  const text = value.toString();
  const dot = text.indexOf('.');
  if (dot === -1) return text === '-0' || text.includes('e') ? value.toFixed(2) : `${text}.00`;
  const places = text.length - dot - 1;
  return places === 2 ? text : places === 1 ? `${text}0` : value.toFixed(2);
}

/** Formats a whole number of fen as yuan with exactly two decimals (`12345n` → `'123.45'`). */
export function formatFen(fen: bigint): string {
  // By the digits (no division): this runs four times for every compensated loan.
  const digits = (fen < 0n ? -fen : fen).toString().padStart(3, '0');
  return `${fen < 0n ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * A yuan amount in whole fen, as a BigInt: for running totals over many loans, which stay exact (integer
 * arithmetic, no rounding, no limit) and cost less than a Decimal per addition.
 */
export function fenOf(amount: Decimal): bigint {
  const fen = wholeFen(amount);
  return fen === null ? BigInt(formatMoney(amount).replace('.', '')) : BigInt(fen);
}

/** 10^0 … 10^22: the powers of ten a double holds exactly. */
const TENS = Array.from({ length: 23 }, (_, p) => 10 ** p);

/**
 * The fen of a positive or zero amount that is a whole number of fen below 2^53 fen, read from decimal.js's
 * documented representation without making its text (fenOf runs for every loan of an audit): the magnitude's
 * digits in groups `d` of seven (base 1e7, the first group without leading zeros) and the decimal exponent `e`
 * of its first digit, so `-123.456` is `d = [123, 4560000]`, `e = 2`, `s = -1`. `null` for anything else
 * (negative, finer than a fen, too large): fenOf formats those.
 */
function wholeFen(x: Decimal): number | null {
  // decimal.js types `d` as an array; it is null for NaN and ±Infinity.
  const d = x.d as readonly number[] | null;
  const { e, s } = x;
  if (s !== 1 || !d) return null;
  const first = d[0]!;
  let digits = 1;
  while (digits < 7 && first >= TENS[digits]!) digits++;
  // Group i is worth 10^(e - digits + 1 - 7i) yuan, so 10^(power - 7i) fen.
  const power = e - digits + 3;
  let fen = 0;
  for (let i = 0; i < d.length; i++) {
    const p = power - 7 * i;
    const group = d[i]!;
    if (p >= 0) {
      if (p >= TENS.length) return null;
      fen += group * TENS[p]!;
    } else if (p > -7) {
      const unit = TENS[-p]!;
      if (group % unit !== 0) return null;
      fen += group / unit;
    } else if (group !== 0) return null;
    // Each step is exact while the sum is a safe integer: its terms are whole and no larger.
    if (fen > Number.MAX_SAFE_INTEGER) return null;
  }
  return fen;
}

/** A whole number of fen as yuan. */
export function yuanOfFen(fen: FenSum): Decimal {
  return new Decimal(formatFen(BigInt(fen)));
}

/**
 * A running total of fen, exact either way: a number while it is a safe integer, a bigint past that. V8 keeps a
 * number in place (a small one inside its object), where each bigint sum is a new object to make and, later,
 * collect: the audit adds to a household's and a region's totals for each of a million loans.
 */
export type FenSum = number | bigint;

/** `sum + fen`, exactly (see FenSum). */
export function addFen(sum: FenSum, fen: bigint): FenSum {
  if (typeof sum === 'bigint') return sum + fen;
  const n = Number(fen);
  // Two safe integers whose sum is safe were added without rounding (a sum past 2^53 rounds to 2^53 or beyond).
  if (Number.isSafeInteger(n)) {
    const total = sum + n;
    if (Number.isSafeInteger(total)) return total;
  }
  return BigInt(sum) + fen;
}
