/** What kind of problem a bad field has. */
export type PolicyInputIssueCode = 'required' | 'type' | 'enum' | 'date' | 'money' | 'range';

/** One bad field: where it is (`loans[3].outstanding`), what kind of problem, and a readable message. */
export interface PolicyInputIssue {
  readonly path: string;
  readonly code: PolicyInputIssueCode;
  readonly message: string;
}

/**
 * Thrown by every public function when its input is bad, listing every bad field at once.
 * A decision is never made on bad input, and no other error type escapes for bad input.
 *
 * Because ESM and CommonJS builds each define the class, an app that loads both should test
 * `isPolicyInputError(err)` (or `err.code === 'PolicyInputError'`) rather than `instanceof`.
 *
 * @example
 * const fromJson = JSON.parse('{ "id": "h1", "onPovertyOfficeList": true }');
 * let caught: unknown;
 * try { checkEligibility(fromJson) } catch (e) { caught = e }
 * caught instanceof PolicyInputError && caught.issues // => [{ path: 'household.povertyStatus', code: 'required', message: 'is required' }]
 */
export class PolicyInputError extends Error {
  override readonly name = 'PolicyInputError' as const;
  readonly code = 'PolicyInputError' as const;
  readonly issues: readonly PolicyInputIssue[];

  constructor(issues: readonly PolicyInputIssue[]) {
    const head = issues
      .slice(0, 3)
      .map((i) => `${i.path}: ${i.message}`)
      .join('; ');
    const more = issues.length > 3 ? `; and ${issues.length - 3} more` : '';
    super(`Bad policy input (${issues.length} issue${issues.length === 1 ? '' : 's'}): ${head}${more}`);
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i })));
  }

  /** A plain-JSON form for logs and APIs: `{ name, code, message, issues }`. */
  toJSON(): { name: 'PolicyInputError'; code: 'PolicyInputError'; message: string; issues: PolicyInputIssue[] } {
    return { name: this.name, code: this.code, message: this.message, issues: this.issues.map((i) => ({ ...i })) };
  }
}

/**
 * Whether a thrown value is a `PolicyInputError`, from this build or the other (ESM/CJS) one.
 *
 * @param value - anything caught
 * @returns `true` for a PolicyInputError
 * @throws nothing, whatever it is given
 * @example
 * isPolicyInputError(new PolicyInputError([{ path: 'x', code: 'type', message: 'm' }])) // => true
 */
export function isPolicyInputError(value: unknown): value is PolicyInputError {
  return value instanceof PolicyInputError || (value instanceof Error && (value as { code?: unknown }).code === 'PolicyInputError');
}
