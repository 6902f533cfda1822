// The rules registry (exported as `rules`): what an auditor reads to see which rule rests on which
// sentence and when it applies. Every entry must say so in both languages, name real clauses, and have
// a real period.
import { describe, expect, it } from 'vitest';
import { clauses, parameters, rules, RULESET_VERSION } from 'fupin-xindai';

const CJK = /[\u4e00-\u9fff]/;

describe('rules registry', () => {
  it('describes every rule in Chinese and English, and names only clauses that exist', () => {
    expect(rules.length).toBeGreaterThan(30);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    const ids = new Set(clauses.map((c) => c.id));
    for (const r of rules) {
      expect(r.description.zh, r.id).toMatch(CJK);
      // English sentences, which may name a Chinese term in brackets (户用).
      expect(r.description.en, r.id).toMatch(/^[A-Z].*\b[a-z]{3,} [a-z]{3,}\b.*\.$/u);
      expect(r.description.en, r.id).not.toBe(r.description.zh);
      expect(r.clauseIds.length, r.id).toBeGreaterThan(0);
      for (const id of r.clauseIds) expect(ids.has(id), `${r.id}: ${id}`).toBe(true);
    }
  });

  it("gives 28号's rules their period from its issue date, and no end: the deferral rules judge the loan's own dates", () => {
    const from = '2020-06-29';
    for (const r of rules) {
      if (!r.clauseIds.some((id) => id.startsWith('CBIRC-2020-28/'))) continue;
      expect(r.period?.from, r.id).toBe(from);
      expect(r.period?.to, r.id).toBeUndefined();
      if (r.id.startsWith('deferral.')) expect(r.governedBy, r.id).toBe('act');
    }
    expect(parameters.deferralDeadline.value).toBe('2021-03-31');
  });

  it('names the ruleset by the two notices it encodes and a revision, so a stored decision says which rules made it', () => {
    expect(RULESET_VERSION).toMatch(/^CBIRC-2020-28\+HLJ-2020-47\/r[1-9]\d*$/);
  });
});
