// How a loan purpose written as free text is matched against CBIRC-2020-28/5.1 (精准用于贫困户及边缘人口个人
// 发展生产，不能用于结婚、建房、理财、购置家庭用品等非生产性支出，更不能集中用于政府融资平台、生产经营企业等):
// negations and how far they reach, a term a lexicon lists more than once, the compiled-lexicon cache,
// the checks on a bank's lexicon, and the words of the findings that report the category.
import { describe, expect, it } from 'vitest';
import { checkEligibility, classifyUsage, createLexicon, defaultLexicon, PolicyInputError, USAGE_PURPOSES, type Lexicon } from 'fupin-xindai';
import { classifyPurpose, compiledFor, DEFAULT_COMPILED, isCompiled } from '../../src/rules/classify.js';
import { requestPurposeRule } from '../../src/rules/request-purpose.js';
import { NEGATIONS } from '../../src/rules/usage-lexicon.js';
import { compileLexicon } from '../../src/rules/usage-matcher.js';
import { SOUND_ALIKE_CHARS, SOUND_ALIKE_SLIPS } from '../../src/rules/usage-grammar.js';
import { UNRESOLVED, UNRESOLVED_MARK } from '../../src/rules/usage-reader.js';
import { findingOf, poor } from '../helpers/fixtures.js';

/** The category and the terms that counted and that a negation cancelled. */
const match = (text: string, lexicon?: Lexicon) => {
  const r = classifyUsage(text, lexicon ? { lexicon } : undefined);
  return { category: r.category, matchedTerms: r.matchedTerms, negatedTerms: r.negatedTerms };
};

/** The issues of the PolicyInputError `f` throws (fails the test if it throws anything else or nothing). */
function issuesOf(f: () => unknown): { path: string; code: string; message: string }[] {
  let thrown: unknown;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(PolicyInputError);
  return (thrown as PolicyInputError).issues.map(({ path, code, message }) => ({ path, code, message }));
}

describe('negation in a purpose text', () => {
  it('CBIRC-2020-28/5.1 a single 不 right before a term cancels that term only', () => {
    // 不盖房: "not building a house"; the cattle after the comma still count.
    expect(match('不盖房，养牛')).toEqual({ category: 'production', matchedTerms: ['养牛'], negatedTerms: ['盖房'] });
    // A bare 不 reaches no further than the next term: 养牛 right after 盖房 is not cancelled.
    expect(match('不盖房养牛')).toEqual({ category: 'production', matchedTerms: ['养牛'], negatedTerms: ['盖房'] });
    // 非 is one of the single-character negations too.
    expect(match('非结婚用途')).toEqual({ category: 'unknown', matchedTerms: [], negatedTerms: ['结婚'] });
  });

  it('CBIRC-2020-28/5.1 a double negative means "must": the prohibited use it names counts', () => {
    // 不得不 / 不能不 / 不会不 ("has to"), 不得不用于, and 非…不可: a house is built, so this is housing.
    // So is a negation phrase right before a bare 不 (不是不盖房), and 不…不行.
    for (const text of [
      '不得不盖房，也养牛',
      '不能不盖房，也养牛',
      '不会不盖房，也养牛',
      '不得不用于盖房，也养牛',
      '非盖房不可，还养牛',
      '不是不盖房，也养牛',
      '并非不盖房，也养牛',
      '不盖房不行，也养牛',
    ]) {
      expect(match(text), text).toEqual({ category: 'housing', matchedTerms: ['盖房', '养牛'], negatedTerms: [] });
    }
    // A single negation still cancels.
    expect(match('不盖房，也养牛')).toEqual({ category: 'production', matchedTerms: ['养牛'], negatedTerms: ['盖房'] });
    expect(match('非盖房用途，养牛')).toEqual({ category: 'production', matchedTerms: ['养牛'], negatedTerms: ['盖房'] });
  });

  it('CBIRC-2020-28/5.1 the everyday negations 没有, 不会, 不再, 未曾, 不曾, 从未, 从不 cancel the term right after them', () => {
    for (const word of ['没有', '不会', '不再', '未曾', '不曾', '从未', '从不']) {
      expect(match(`${word}盖房，养牛`), word).toEqual({ category: 'production', matchedTerms: ['养牛'], negatedTerms: ['盖房'] });
    }
    // Only that term: 没有钱盖房 ("no money to build a house") asks for a house, as 没钱盖房 does.
    expect(match('没有钱盖房，养牛')).toEqual({ category: 'housing', matchedTerms: ['盖房', '养牛'], negatedTerms: [] });
    expect(match('没钱盖房')).toEqual({ category: 'housing', matchedTerms: ['盖房'], negatedTerms: [] });
  });

  it('CBIRC-2020-28/5.1 a negation phrase reaches over words that are not terms, to the end of its clause', () => {
    // 给儿子 stands between 不用于 and 盖房: still the same clause, so 盖房 is cancelled.
    expect(match('不用于给儿子盖房，用于养牛')).toEqual({ category: 'production', matchedTerms: ['养牛'], negatedTerms: ['盖房'] });
    // Every term of the clause is cancelled, not only the first.
    expect(match('不用于盖房和买冰箱')).toEqual({ category: 'unknown', matchedTerms: [], negatedTerms: ['盖房', '冰箱'] });
  });

  it("CBIRC-2020-28/5.1 punctuation alone ends a negation's reach: a prohibited use in the next clause counts", () => {
    // No contrast word (是 alone is none): the comma is what ends 不是.
    expect(match('不是盖房，是娶媳妇')).toEqual({ category: 'marriage', matchedTerms: ['娶媳妇'], negatedTerms: ['盖房'] });
  });

  it('CBIRC-2020-28/5.1 lists a cancelled term once, however often it is cancelled', () => {
    expect(match('不用于盖房，以后也不盖房，全部用于养牛')).toEqual({ category: 'production', matchedTerms: ['养牛'], negatedTerms: ['盖房'] });
  });

  it('CBIRC-2020-28/5.1 lists a matched term once, in order of first appearance, and no cancelled terms when there is no negation', () => {
    expect(match('买牛养牛，扩大养牛规模')).toEqual({ category: 'production', matchedTerms: ['买牛', '养牛'], negatedTerms: [] });
    expect(match('盖房')).toEqual({ category: 'housing', matchedTerms: ['盖房'], negatedTerms: [] });
  });

  it("CBIRC-2020-28/5.1 a bank's own term spelled like a negation phrase is the bank's term, not a negation", () => {
    expect(NEGATIONS).toContain('杜绝');
    // By default 杜绝 ("put an end to") is a negation and cancels 养牛.
    expect(match('杜绝养牛')).toEqual({ category: 'unknown', matchedTerms: [], negatedTerms: ['养牛'] });
    const lexicon = createLexicon({ other_non_productive: ['杜绝'] });
    expect(match('杜绝养牛', lexicon)).toEqual({ category: 'other_non_productive', matchedTerms: ['杜绝', '养牛'], negatedTerms: [] });
  });
});

describe('a term listed under more than one purpose', () => {
  it('CBIRC-2020-28/5.1 stays prohibited when a bank also lists it as production (written in traditional characters)', () => {
    // 摩托車 normalises to the default household-goods term 摩托车; a prohibited listing beats production.
    const lexicon = createLexicon({ production: ['摩托車'] });
    expect(match('买摩托车', lexicon)).toEqual({ category: 'household_goods', matchedTerms: ['摩托车'], negatedTerms: [] });
    expect(classifyUsage('买摩托车', { lexicon }).permitted).toBe(false);
  });

  it('CBIRC-2020-28/5.1 takes the most specific prohibited purpose, whichever purpose lists it first', () => {
    // 交给合作社 is enterprise use by default; a bank that counts its county's cooperatives as public bodies adds
    // the phrase under government financing platform, which comes first in precedence (and before it in USAGE_PURPOSES).
    expect(match('把钱交给合作社').category).toBe('enterprise_use');
    const platform = createLexicon({ government_financing_platform: ['交给合作社'] });
    expect(match('把钱交给合作社', platform)).toEqual({ category: 'government_financing_platform', matchedTerms: ['交给合作社'], negatedTerms: [] });
    // 随礼 is other non-productive spending by default; listed under marriage too, marriage (more specific) decides.
    expect(match('随礼').category).toBe('other_non_productive');
    expect(match('随礼', createLexicon({ marriage: ['随礼'] })).category).toBe('marriage');
  });

  it('compileLexicon gives a term listed in two purposes the more specific one, and skips a term that is only white space', () => {
    const lexicon = { ...defaultLexicon, production: [...defaultLexicon.production, '炒股'], housing: [...defaultLexicon.housing, ' ', '\u3000'] };
    const { categoryOf } = compileLexicon(lexicon);
    expect(categoryOf.get('炒股')).toBe('wealth_management');
    expect(categoryOf.has('')).toBe(false);
  });
});

describe('the compiled-lexicon cache', () => {
  it('serves the default lexicon its compiled form, built once at load', () => {
    expect(isCompiled(defaultLexicon)).toBe(true);
    expect(compiledFor(defaultLexicon)).toBe(DEFAULT_COMPILED);
    expect(compiledFor(defaultLexicon)).toBe(DEFAULT_COMPILED);
  });

  it('keeps compiled only a lexicon frozen all the way down, once it has been used', () => {
    const made = createLexicon({ housing: ['地窨子'] });
    expect(isCompiled(made)).toBe(false);
    expect(classifyUsage('地窨子', { lexicon: made }).category).toBe('housing');
    expect(isCompiled(made)).toBe(true);
    expect(compiledFor(made)).toBe(compiledFor(made));

    const unfrozen = { ...defaultLexicon };
    classifyUsage('养牛', { lexicon: unfrozen });
    expect(isCompiled(unfrozen)).toBe(false);
    const partly = Object.freeze({ ...defaultLexicon, marriage: [...defaultLexicon.marriage] });
    classifyUsage('养牛', { lexicon: partly });
    expect(isCompiled(partly)).toBe(false);

    for (const v of [null, undefined, 'housing', 42, {}]) expect(isCompiled(v)).toBe(false);
  });

  it('CBIRC-2020-28/5.1 checks and compiles a deeply frozen lexicon once: later calls do not read its term lists again', () => {
    let reads = 0;
    const housing = Object.freeze([...defaultLexicon.housing, '地窨子']);
    const lexicon = { ...defaultLexicon } as Record<string, readonly string[]>;
    Object.defineProperty(lexicon, 'housing', { enumerable: true, get: () => (reads++, housing) });
    Object.freeze(lexicon);
    expect(classifyUsage('地窨子', { lexicon: lexicon as Lexicon }).category).toBe('housing');
    const afterFirst = reads;
    expect(afterFirst).toBeGreaterThan(0);
    expect(classifyUsage('地窨子', { lexicon: lexicon as Lexicon }).category).toBe('housing');
    expect(checkEligibility(poor(), { amount: '1000', purpose: '地窨子' }, { lexicon: lexicon as Lexicon }).eligible).toBe(false);
    expect(reads).toBe(afterFirst);
  });

  it('CBIRC-2020-28/5.1 re-reads an unfrozen lexicon whose lists are all frozen, so a replaced list is seen', () => {
    const lexicon: Record<string, readonly string[]> = { ...defaultLexicon };
    expect(classifyUsage('地窨子', { lexicon: lexicon as Lexicon }).category).toBe('unknown');
    lexicon.housing = Object.freeze([...defaultLexicon.housing, '地窨子']);
    expect(classifyUsage('地窨子', { lexicon: lexicon as Lexicon }).category).toBe('housing');
  });

  it('rejects a compiled lexicon passed where a lexicon is expected, with every bad path', () => {
    expect(issuesOf(() => classifyUsage('养牛', { lexicon: DEFAULT_COMPILED as unknown as Lexicon })).map((i) => `${i.path}:${i.code}`)).toEqual([
      'options.lexicon.trie:enum',
      'options.lexicon.categoryOf:enum',
      'options.lexicon.roleOf:enum',
      ...USAGE_PURPOSES.map((p) => `options.lexicon.${p}:required`),
    ]);
  });
});

describe('checking a lexicon and a purpose', () => {
  it('createLexicon says what a lexicon must be when additions or base is null', () => {
    expect(issuesOf(() => createLexicon(null as never))).toEqual([
      { path: 'additions', code: 'type', message: "must be an object of term lists by purpose, such as { housing: ['地窨子'] }" },
    ]);
    expect(issuesOf(() => createLexicon({}, null as never))).toEqual([
      { path: 'base', code: 'type', message: 'must be a lexicon: an object of term lists for every purpose (see createLexicon)' },
    ]);
  });

  it('createLexicon treats a null list of additions as none, but a lexicon must have every list', () => {
    const lexicon = createLexicon({ housing: null, marriage: ['办酒席'] } as never);
    expect(lexicon.housing).toEqual(defaultLexicon.housing);
    expect(lexicon.marriage).toEqual([...defaultLexicon.marriage, '办酒席']);
    expect(issuesOf(() => classifyUsage('养牛', { lexicon: { ...defaultLexicon, housing: null } as never }))).toEqual([
      { path: 'options.lexicon.housing', code: 'required', message: 'is required: extend the default with createLexicon rather than passing only additions' },
    ]);
  });

  it('classifyUsage reports a null purpose as required and a number as the wrong type', () => {
    const message = 'must be a purpose code or the text written on the application';
    expect(issuesOf(() => classifyUsage(null as never))).toEqual([{ path: 'purpose', code: 'required', message }]);
    expect(issuesOf(() => classifyUsage(42 as never))).toEqual([{ path: 'purpose', code: 'type', message }]);
  });
});

describe('the findings that report a purpose', () => {
  it('CBIRC-2020-28/5.1 usage.permitted lists the matched terms in its facts, joined by 、', () => {
    expect(classifyUsage('转贷给养殖公司').findings[0]!.facts).toEqual({ category: 'enterprise_use', matchedTerms: '转贷给、养殖、公司' });
  });

  it('CBIRC-2020-28/5.1 request.purpose names a prohibited purpose and lists its matched terms', () => {
    const f = findingOf(checkEligibility(poor(), { amount: '10000', purpose: '转贷给养殖公司' }), 'request.purpose');
    expect(f.outcome).toBe('fail');
    expect(f.facts).toEqual({ category: 'enterprise_use', matchedTerms: '转贷给、养殖、公司' });
    expect(f.message).toEqual({
      zh: '申请用途属于生产经营企业（户贷企用），不符合扶贫小额信贷用途规定。',
      en: 'The purpose requested is enterprise use (household loans used by an enterprise), which microcredit may not fund.',
    });
  });

  it("CBIRC-2020-28/5.1 request.purpose asks for a person's review of an unrecognised purpose", () => {
    const f = findingOf(checkEligibility(poor(), { amount: '10000', purpose: '其他' }), 'request.purpose');
    expect(f.facts).toEqual({ category: 'unknown', matchedTerms: '' });
    expect(f.message).toEqual({
      zh: '申请用途无法识别，须人工审核并确认为发展生产后方可认定符合条件。',
      en: 'The purpose requested was not recognised; it is not eligible until a person confirms it is production.',
    });
  });

  it('HLJ-2020-47/2.5 request.purpose cites 28号 五 and 47号 二 once each in Heilongjiang', () => {
    const f = findingOf(checkEligibility(poor(), undefined, { jurisdiction: 'HLJ' }), 'request.purpose');
    expect(f.outcome).toBe('not_applicable');
    expect(f.citations.map((c) => c.clauseId)).toEqual(['CBIRC-2020-28/5.1', 'HLJ-2020-47/2.5']);
  });

  it('CBIRC-2020-28/5.1 request.purpose does not hold before 28号 was issued, even for production', () => {
    const e = requestPurposeRule.evaluate(classifyPurpose('养牛'), { asOf: '2020-06-28', jurisdiction: 'national' });
    expect(e.finding.outcome).toBe('not_applicable');
    expect(e.holds).toBe(false);
    expect(requestPurposeRule.evaluate(classifyPurpose('养牛'), { asOf: '2020-06-29', jurisdiction: 'national' }).holds).toBe(true);
  });
});

describe('the quick mark before the unresolved-use pattern', () => {
  it('CBIRC-2020-28/5.1 every kind of text that leaves the use unestablished holds the mark, so no such text is passed over', () => {
    // Split the pattern into its top-level kinds (outside brackets and groups) and check each holds a mark.
    const kinds: string[] = [];
    let depth = 0;
    let current = '';
    for (const ch of UNRESOLVED.source) {
      if (ch === '(' || ch === '[') depth++;
      if (ch === ')' || ch === ']') depth--;
      if (ch === '|' && depth === 0) {
        kinds.push(current);
        current = '';
      } else current += ch;
    }
    kinds.push(current);
    expect(kinds.length).toBeGreaterThan(30);
    for (const kind of kinds) expect(UNRESOLVED_MARK.test(kind.replace(/\[[^\]]*\]|\{[^}]*\}|[?*+]/g, '')), kind).toBe(true);
  });
});

describe('the characters that call a sound-alike slip', () => {
  it('CBIRC-2020-28/5.1 every sound-alike slip holds exactly one of the characters that call it, so none is passed over', () => {
    const chars = Array.from(SOUND_ALIKE_CHARS.source.replace(/[[\]]/g, ''));
    for (const [slip] of SOUND_ALIKE_SLIPS) expect(chars.filter((ch) => slip.source.includes(ch)).length, slip.source).toBe(1);
  });

  it('CBIRC-2020-28/5.1 a text with two slips of different characters reads both (买只样 … 该房子)', () => {
    expect(classifyUsage('买十只样').category).toBe('production');
    expect(classifyUsage('买十只样，剩下的该房子').category).toBe('housing');
  });
});
