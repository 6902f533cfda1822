// Keys an option file gives that its reader does not know (src/audit/keys.ts): refused by the audit's readers
// of thresholds and policies, each named with the key it probably meant or the kind of file it belongs to.
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from 'fupin-xindai';
import { readAuditThresholds, readPolicySet } from '../../src/audit/index.js';
import { closestKey, POLICY_KEYS, THRESHOLD_KEYS } from '../../src/audit/keys.js';

function issues(read: () => unknown): string[] {
  try {
    read();
  } catch (e) {
    if (e instanceof PolicyInputError) return e.issues.map((i) => `${i.path} ${i.code} ${i.message}`);
    throw e;
  }
  return [];
}

describe('closestKey', () => {
  it('a key a letter or two off, in any letter case, or one a known key begins', () => {
    expect(closestKey('nplRatios', THRESHOLD_KEYS.keys)).toBe('nplRatio');
    expect(closestKey('NPLratio', THRESHOLD_KEYS.keys)).toBe('nplRatio');
    expect(closestKey('overdueShar', THRESHOLD_KEYS.keys)).toBe('overdueShare');
    expect(closestKey('requireCollection', POLICY_KEYS.keys)).toBe('requireCollectionAttempted');
  });

  it('nothing for a key far from every known one', () => {
    expect(closestKey('colour', THRESHOLD_KEYS.keys)).toBeNull();
    expect(closestKey('npl', THRESHOLD_KEYS.keys)).toBeNull();
  });
});

describe('unknown keys in thresholds and policies', () => {
  it('the thresholds: a misspelt key, and a policy key, are refused; the known ones are read', () => {
    expect(issues(() => readAuditThresholds({ nplRatios: '0.05', minOverdueDays: 90, colour: 'red' }))).toEqual([
      "thresholds.nplRatios enum is not a monitoring threshold key; did you mean 'nplRatio'? (known: maturingSoonShare, overdueShare, enterpriseUseOutstanding, notForProductionOutstanding, nplRatio, specialMentionShare)",
      'thresholds.minOverdueDays enum is a risk-compensation policy key, not a monitoring threshold key',
      'thresholds.colour enum is not a monitoring threshold key (known: maturingSoonShare, overdueShare, enterpriseUseOutstanding, notForProductionOutstanding, nplRatio, specialMentionShare)',
    ]);
    expect(readAuditThresholds({ nplRatio: '0.05', overdueShare: 0.1 }).overdueShare?.toString()).toBe('0.1');
  });

  it('a policy: in a single one, in default and in each region', () => {
    const P = { fundEstablished: true, minOverdueDays: 90, fundShare: '0.8' };
    expect(issues(() => readPolicySet({ ...P, nplRatio: '0.05' }))).toEqual([
      'policy.nplRatio enum is a monitoring threshold key, not a risk-compensation policy key',
    ]);
    expect(
      issues(() => readPolicySet({ default: { ...P, fundshare: '0.8' }, byRegion: { R1: { ...P, insurer: '0.1' } } })).map((i) => i.split(' ')[0]),
    ).toEqual(['policy.default.fundshare', 'policy.byRegion.R1.insurer']);
    expect(readPolicySet({ default: P, byRegion: { R1: P } }).byRegion.size).toBe(1);
  });
});
