/**
 * The issues collector: every reader of one call adds to the same list, so a caller hears about every
 * bad field of every argument at once, in one `PolicyInputError`.
 */
import { PolicyInputError, type PolicyInputIssue, type PolicyInputIssueCode } from './errors.js';

/** Collects issues from every argument of one call. */
export class Issues {
  readonly list: PolicyInputIssue[] = [];
  add(path: string, code: PolicyInputIssueCode, message: string): void {
    this.list.push({ path, code, message });
  }
  /** Throws the collected issues, if any. */
  throwIfAny(): void {
    if (this.list.length > 0) throw new PolicyInputError(this.list);
  }
}
