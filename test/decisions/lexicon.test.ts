// The `lexicon` option (CBIRC-2020-28/5.1's purposes, in a bank's own words): a Lexicon made by hand, not
// by createLexicon, is checked term by term before it is compiled, and every fault names its path.
import { describe, expect, it } from 'vitest';
import { classifyUsage, createLexicon, defaultLexicon, PolicyInputError, USAGE_PURPOSES, type Lexicon } from 'fupin-xindai';

const handMade = (changes: Record<string, unknown>): Lexicon => ({ ...defaultLexicon, ...changes }) as unknown as Lexicon;

function issuesOf(lexicon: unknown): { path: string; code: string; message: string }[] {
  try {
    classifyUsage('地窨子', { lexicon: lexicon as Lexicon });
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyInputError);
    return (e as PolicyInputError).issues.map(({ path, code, message }) => ({ path, code, message }));
  }
  return [];
}

describe('the lexicon option', () => {
  it('CBIRC-2020-28/5.1 uses a hand-made lexicon once it is checked, and the default without one', () => {
    expect(classifyUsage('地窨子').category).toBe('unknown');
    expect(classifyUsage('地窨子', { lexicon: null }).category).toBe('unknown');
    expect(classifyUsage('地窨子', { lexicon: handMade({ housing: [...defaultLexicon.housing, '地窨子'] }) }).category).toBe('housing');
    expect(classifyUsage('地窨子', { lexicon: createLexicon({ housing: ['地窨子'] }) }).category).toBe('housing');
  });

  it('rejects what is not a lexicon, saying how to make one', () => {
    for (const bad of [[], 'housing', 42]) {
      expect(issuesOf(bad)).toEqual([
        { path: 'options.lexicon', code: 'type', message: 'must be a lexicon: an object of term lists for every purpose (see createLexicon)' },
      ]);
    }
    const unreadable = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    expect(issuesOf(unreadable)).toEqual([{ path: 'options.lexicon', code: 'type', message: 'could not be read' }]);
  });

  it('names an unknown purpose, a missing one and a list that is not a list', () => {
    const { housing: _dropped, ...rest } = defaultLexicon;
    expect(issuesOf({ ...rest, houses: ['盖房'] })).toEqual([
      { path: 'options.lexicon.houses', code: 'enum', message: expect.stringContaining('is not a purpose (known: production, marriage, housing') },
      { path: 'options.lexicon.housing', code: 'required', message: 'is required: extend the default with createLexicon rather than passing only additions' },
    ]);
    expect(issuesOf(handMade({ housing: '建房' }))).toEqual([{ path: 'options.lexicon.housing', code: 'type', message: 'must be an array' }]);
    const throwing = handMade({});
    Object.defineProperty(throwing, 'marriage', {
      enumerable: true,
      get: () => {
        throw new Error('no');
      },
    });
    expect(issuesOf(throwing)).toEqual([{ path: 'options.lexicon.marriage', code: 'type', message: 'could not be read (its getter threw)' }]);
  });

  it('checks every term: a string, not blank, at most 100 characters', () => {
    expect(issuesOf(handMade({ housing: [7, ' ', '盖'.repeat(101), '盖'.repeat(100)] }))).toEqual([
      { path: 'options.lexicon.housing[0]', code: 'type', message: 'must be a string' },
      { path: 'options.lexicon.housing[1]', code: 'required', message: 'must not be blank' },
      { path: 'options.lexicon.housing[2]', code: 'range', message: 'must be at most 100 characters' },
    ]);
  });

  it('createLexicon refuses additions or a base that are not term lists by purpose', () => {
    const issuesOfCreate = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(PolicyInputError);
        return (e as PolicyInputError).issues.map((i) => `${i.path}:${i.code}`);
      }
      return [];
    };
    expect(issuesOfCreate(() => createLexicon(null as never))).toEqual(['additions:type']);
    try {
      createLexicon([] as never);
    } catch (e) {
      expect((e as PolicyInputError).issues[0]!.message).toBe("must be an object of term lists by purpose, such as { housing: ['地窨子'] }");
    }
    expect(() => createLexicon([] as never)).toThrow(PolicyInputError);
    expect(issuesOfCreate(() => createLexicon({ housing: '地窨子' as never }))).toEqual(['additions.housing:type']);
    expect(issuesOfCreate(() => createLexicon({ houses: ['盖房'] } as never))).toEqual(['additions.houses:enum']);
    expect(issuesOfCreate(() => createLexicon({ housing: [''] }))).toEqual(['additions.housing[0]:required']);
    expect(issuesOfCreate(() => createLexicon({}, { housing: [] } as never))).toEqual(
      USAGE_PURPOSES.filter((p) => p !== 'housing').map((p) => `base.${p}:required`),
    );
    expect(createLexicon({}).housing).toEqual(defaultLexicon.housing);
  });
});
