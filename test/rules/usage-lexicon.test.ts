// A bank's own terms: src/rules/usage-lexicon.ts (createLexicon) and the `lexicon` option.
import { describe, expect, it } from 'vitest';
import { checkEligibility, classifyUsage, createLexicon, defaultLexicon, PolicyInputError, USAGE_PURPOSES } from 'fupin-xindai';
import { poor } from '../helpers/fixtures.js';

describe('createLexicon and options.lexicon', () => {
  it("CBIRC-2020-28/5.1 classifies a bank's local words once added", () => {
    expect(classifyUsage('地窨子').category).toBe('unknown');
    const lexicon = createLexicon({ housing: ['地窨子'], production: ['搞副业'] });
    expect(classifyUsage('地窨子', { lexicon }).category).toBe('housing');
    expect(classifyUsage('搞副业', { lexicon }).category).toBe('production');
    // the default terms are kept
    expect(classifyUsage('娶媳妇', { lexicon }).category).toBe('marriage');
  });

  it('CBIRC-2020-28/5.1 uses the same lexicon in checkEligibility', () => {
    const lexicon = createLexicon({ housing: ['地窨子'] });
    const r = checkEligibility(poor(), { amount: '1000', purpose: '地窨子' }, { lexicon });
    expect(r.findings.find((f) => f.ruleId === 'request.purpose')!.facts?.category).toBe('housing');
    expect(r.eligible).toBe(false);
  });

  it('leaves the default lexicon untouched and frozen', () => {
    const before = defaultLexicon.housing.length;
    createLexicon({ housing: ['地窨子'] });
    expect(defaultLexicon.housing.length).toBe(before);
    expect(Object.isFrozen(defaultLexicon)).toBe(true);
    for (const p of USAGE_PURPOSES) expect(Object.isFrozen(defaultLexicon[p])).toBe(true);
  });

  it('reads an unfrozen lexicon afresh on every call, so a change is never served stale', () => {
    const lexicon = { ...defaultLexicon, housing: [...defaultLexicon.housing] };
    expect(classifyUsage('地窨子', { lexicon }).category).toBe('unknown');
    lexicon.housing.push('地窨子');
    expect(classifyUsage('地窨子', { lexicon }).category).toBe('housing');
  });

  it('reads a frozen lexicon whose term lists are not frozen afresh too (only a deeply frozen one is kept compiled)', () => {
    const housing = [...defaultLexicon.housing];
    const lexicon = Object.freeze({ ...defaultLexicon, housing });
    expect(classifyUsage('地窨子', { lexicon }).category).toBe('unknown');
    housing.push('地窨子');
    expect(classifyUsage('地窨子', { lexicon }).category).toBe('housing');
  });

  it('keeps a deeply frozen lexicon compiled: the same lexicon decides alike on every call', () => {
    const lexicon = createLexicon({ housing: ['地窨子'] });
    expect(classifyUsage('地窨子', { lexicon }).category).toBe('housing');
    expect(classifyUsage('地窨子', { lexicon }).category).toBe('housing');
  });

  it('rejects a malformed lexicon with every bad path', () => {
    try {
      classifyUsage('养牛', { lexicon: { ...defaultLexicon, housing: ['ok', 3, ' '], spending: [], production: undefined } as never });
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyInputError);
      expect((e as PolicyInputError).issues.map((i) => `${i.path}:${i.code}`)).toEqual([
        'options.lexicon.spending:enum',
        'options.lexicon.production:required',
        'options.lexicon.housing[1]:type',
        'options.lexicon.housing[2]:required',
      ]);
    }
  });
});
