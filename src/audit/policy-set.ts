/**
 * The `--policy` file: one RiskCompensationPolicy for every region, or
 * `{ "default"?: policy, "byRegion": { "<region>": policy } }` (README, "Audit CLI").
 */
import { Issues, readPolicy } from '../decisions/records.js';
import type { PolicySet } from './engine.js';
import { POLICY_KEYS, refuseUnknownKeys, THRESHOLD_KEYS } from './keys.js';

/** Reads one policy of the file; a key that is not a policy's field is refused (it would be passed over). */
function readFilePolicy(value: unknown, path: string, issues: Issues): ReturnType<typeof readPolicy> {
  refuseUnknownKeys(value, path, POLICY_KEYS, [THRESHOLD_KEYS], issues);
  return readPolicy(value, path, issues);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads a parsed policy file; throws PolicyInputError naming every bad field, and every key a policy does not have.
 *
 * @example
 * const set = readPolicySet({ byRegion: { '230183': { fundEstablished: true, minOverdueDays: 90, fundShare: '0.8' } } });
 * set.byRegion.size // => 1
 */
export function readPolicySet(value: unknown): PolicySet {
  const issues = new Issues();
  if (isObject(value) && ('byRegion' in value || 'default' in value)) {
    const unknown = Object.keys(value).filter((k) => k !== 'byRegion' && k !== 'default');
    for (const k of unknown) issues.add(`policy.${k}`, 'enum', "is not 'default' or 'byRegion'");
    const byRegion = new Map<string, NonNullable<ReturnType<typeof readPolicy>>>();
    const fallback = value.default === undefined || value.default === null ? null : (readFilePolicy(value.default, 'policy.default', issues) ?? null);
    if (value.byRegion !== undefined && value.byRegion !== null) {
      if (!isObject(value.byRegion)) issues.add('policy.byRegion', 'type', 'must be an object of region: policy');
      else {
        for (const [region, p] of Object.entries(value.byRegion)) {
          const record = readFilePolicy(p, `policy.byRegion.${region}`, issues);
          if (record) byRegion.set(region, record);
        }
      }
    }
    issues.throwIfAny();
    return { default: fallback, byRegion };
  }
  const single = readFilePolicy(value, 'policy', issues);
  issues.throwIfAny();
  return { default: single!, byRegion: new Map() };
}
