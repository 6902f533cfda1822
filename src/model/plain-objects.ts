/**
 * Reading untrusted objects without trusting them: records are copied field by field, so getters that
 * throw, proxies, class instances and inherited keys cannot get through, and arrays element by element.
 * What cannot be read is reported as an issue, never thrown.
 */
import type { Issues } from './issues.js';

export type Raw = Record<string, unknown>;

export function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  // A plain object's prototype is null or a realm's Object.prototype (whose own prototype is null).
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Whether anything enumerable was added to Object.prototype, which a plain object's reads would inherit. */
export function prototypePolluted(): boolean {
  for (const _ in Object.prototype) return true;
  return false;
}

/**
 * Copies the schema's own fields out of a plain object, or reports why it cannot. With `otherKeys`
 * (for a strict schema, which refuses keys it does not know), the object's other own keys are copied
 * too, without their values (no getter of theirs runs), so the schema sees them. The copy has no
 * prototype, so nothing added to Object.prototype shows through it.
 */
export function readRecord(value: unknown, path: string, keys: readonly string[], issues: Issues, otherKeys = false): Raw | undefined {
  try {
    if (value === undefined || value === null) {
      issues.add(path, 'required', 'is required');
      return undefined;
    }
    if (!isPlainObject(value)) {
      issues.add(path, 'type', 'must be a plain object');
      return undefined;
    }
  } catch {
    issues.add(path, 'type', 'could not be inspected');
    return undefined;
  }
  let others: string[] = [];
  if (otherKeys) {
    try {
      others = Object.keys(value).filter((key) => !keys.includes(key));
    } catch {
      issues.add(path, 'type', 'could not be read');
    }
  }
  const copy: Raw = Object.create(null) as Raw;
  try {
    // The usual case, in one pass; a getter that throws sends us to the careful pass below.
    for (const key of keys) copy[key] = Object.hasOwn(value, key) ? (value as Raw)[key] : undefined;
  } catch {
    for (const key of keys) {
      try {
        copy[key] = Object.hasOwn(value, key) ? (value as Raw)[key] : undefined;
      } catch {
        issues.add(`${path}.${key}`, 'type', 'could not be read (its getter threw)');
        copy[key] = undefined;
      }
    }
  }
  for (const key of others) copy[key] = undefined;
  return copy;
}

/** Reads an array's elements, or reports why it cannot. */
export function readArray(value: unknown, path: string, issues: Issues): unknown[] | undefined {
  try {
    if (!Array.isArray(value)) {
      issues.add(path, value === undefined || value === null ? 'required' : 'type', 'must be an array');
      return undefined;
    }
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < copy.length; i++) copy[i] = (value as unknown[])[i];
    return copy;
  } catch {
    issues.add(path, 'type', 'could not be read');
    return undefined;
  }
}
