/**
 * Keys an input file gives that its reader does not know. The library reads thresholds and policies as
 * objects and passes over keys it does not know; a file an auditor wrote is different: a misspelt key
 * (`nplRatios`) would silently leave its figure unset and flag nothing, and a policy file given as the
 * thresholds would be read as no thresholds at all. So the audit refuses every such key, naming it, the
 * known key closest to it, and — when the key belongs to the other kind of file — that kind.
 */
import { type Issues, RiskCompensationPolicySchema, ThresholdsSchema } from '../decisions/records.js';

/** What a file of one kind holds, for naming a key that belongs to another kind. */
export interface KeyKind {
  /** The keys this kind of file may hold. */
  readonly keys: readonly string[];
  /** What one of its keys is, in the phrase "is a … key": e.g. 'monitoring threshold'. */
  readonly name: string;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Edit distance between two keys, letters compared without case: a misspelt key is a short distance from the one meant. */
function distance(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The known key a misspelt one most likely meant: one it begins (a shortened key such as `requireCollection`),
 * else one within a third of its length (at least 2 edits), else none.
 */
export function closestKey(key: string, known: readonly string[]): string | null {
  const lower = key.toLowerCase();
  const shortened = lower.length >= 4 ? known.find((k) => k.toLowerCase().startsWith(lower)) : undefined;
  if (shortened) return shortened;
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const k of known) {
    const d = distance(key, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

/**
 * Adds an issue (code `enum`, path `path.key`) for each own key of `value` that `kind` does not know. The
 * message names the closest known key, or the kind among `others` the key belongs to. Nothing for a value
 * that is not an object (its reader says what is wrong with it).
 */
export function refuseUnknownKeys(value: unknown, path: string, kind: KeyKind, others: readonly KeyKind[], issues: Issues): void {
  if (!isObject(value)) return;
  for (const key of Object.keys(value)) {
    if (kind.keys.includes(key)) continue;
    const other = others.find((o) => o.keys.includes(key));
    const closest = other ? null : closestKey(key, kind.keys);
    const message = other
      ? `is a ${other.name} key, not a ${kind.name} key`
      : `is not a ${kind.name} key${closest ? `; did you mean '${closest}'?` : ''} (known: ${kind.keys.join(', ')})`;
    issues.add(`${path}.${key}`, 'enum', message);
  }
}

/** monitorPortfolio's thresholds: the keys of a `--thresholds` file. */
export const THRESHOLD_KEYS: KeyKind = Object.freeze({ keys: Object.freeze(Object.keys(ThresholdsSchema.shape)), name: 'monitoring threshold' });

/** A risk-compensation policy's fields, and the two keys of a file of policies by region. */
export const POLICY_KEYS: KeyKind = Object.freeze({ keys: Object.freeze(Object.keys(RiskCompensationPolicySchema.shape)), name: 'risk-compensation policy' });
export const POLICY_FILE_KEYS: KeyKind = Object.freeze({ keys: Object.freeze([...POLICY_KEYS.keys, 'default', 'byRegion']), name: 'risk-compensation policy' });
