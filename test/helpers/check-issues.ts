/** What `check` (src/model/schema-check.ts) reports for a record, for the model's tests. */
import { expect } from 'vitest';
import { Issues } from '../../src/model/issues.js';
import { check } from '../../src/model/schema-check.js';

/** The issues `check` reports for a record under the path `r`, as [path, code, message]; a record with any is not valid. */
export function checkIssues(schema: Parameters<typeof check>[0], value: unknown): [string, string, string][] {
  const issues = new Issues();
  const checked = check(schema, value, 'r', issues);
  if (issues.list.length > 0) expect(checked?.valid ?? false).toBe(false);
  return issues.list.map((i) => [i.path, i.code, i.message]);
}
