/**
 * Field checks shared by the schemas: each returns `null` for a good value, or the issue code and
 * message for a bad one. The schemas run them through `z.custom`; the error mapper runs them again
 * on the bad value to say precisely what is wrong.
 */
import { isIsoDate } from './dates.js';
import type { PolicyInputIssueCode } from './errors.js';
import { moneyProblem } from './money.js';

export type Problem = { readonly code: PolicyInputIssueCode; readonly message: string } | null;

/** Longest free text accepted as a purpose: application forms hold a line or two, not a document. */
export const MAX_PURPOSE_LENGTH = 1000;

const RATIO_TEXT = /^\d+(?:\.\d+)?$/;
/** Text with something besides white space. Made once: a regular expression literal is a new object each time it is evaluated. */
const NOT_BLANK = /\S/;
const MAX_RATIO_DECIMALS = 20;

export const checks = {
  id(value: unknown): Problem {
    if (typeof value !== 'string') return { code: 'type', message: 'must be a string' };
    if (!NOT_BLANK.test(value)) return { code: 'required', message: 'must not be blank' };
    return null;
  },
  date(value: unknown): Problem {
    if (typeof value !== 'string') return { code: 'type', message: "must be a date string 'YYYY-MM-DD'" };
    if (!isIsoDate(value)) return { code: 'date', message: `must be a real calendar date 'YYYY-MM-DD', got '${String(value).slice(0, 40)}'` };
    return null;
  },
  money: moneyProblem,
  ratio(value: unknown): Problem {
    if (typeof value === 'string') {
      if (!RATIO_TEXT.test(value)) return { code: 'type', message: 'must be a decimal such as "0.8"' };
      // Shares are split exactly in decimal; 20 places is finer than any policy and keeps the products exact.
      if ((value.split('.')[1]?.length ?? 0) > MAX_RATIO_DECIMALS) return { code: 'range', message: `must have at most ${MAX_RATIO_DECIMALS} decimal places` };
      if (Number(value) > 1) return { code: 'range', message: 'must be between 0 and 1' };
      return null;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'type', message: 'must be a finite number or decimal string' };
    if (value < 0 || value > 1) return { code: 'range', message: 'must be between 0 and 1' };
    return null;
  },
  dayCount(value: unknown): Problem {
    if (typeof value !== 'number' || Number.isNaN(value)) return { code: 'type', message: 'must be a number of days' };
    if (!Number.isSafeInteger(value) || value < 0) return { code: 'range', message: 'must be a whole, non-negative number of days' };
    return null;
  },
  purpose(value: unknown): Problem {
    if (typeof value !== 'string') return { code: 'type', message: 'must be a purpose code or the text written on the application' };
    if (!NOT_BLANK.test(value)) return { code: 'required', message: 'must not be blank' };
    if (value.length > MAX_PURPOSE_LENGTH) return { code: 'range', message: `must be at most ${MAX_PURPOSE_LENGTH} characters` };
    return null;
  },
} satisfies Record<string, (value: unknown) => Problem>;

export type CheckName = keyof typeof checks;
