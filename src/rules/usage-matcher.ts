/**
 * Finds a lexicon's terms in a purpose text with one compiled automaton: a trie of every term, walked
 * once from each position of the text (leftmost, then longest match), so the cost grows with the
 * text's length, not with the size of the lexicon.
 *
 * Text is normalised first: NFKC folds full-width forms, traditional characters become simplified,
 * white space goes and Latin letters are lower-cased; the lexicon's terms are normalised the same way.
 * At each position the longest term wins, so a production look-alike (修建牛舍) shadows the prohibited
 * word inside it. A negation phrase (不用于、不是、并非、而非 …) cancels every term after it in the same
 * clause until a contrast (而、但、只、用于 …) or punctuation ends its reach; a single 不/没/未/非/无
 * (or 没有、不会 …) cancels only the term right after it (不盖房). A double negative affirms
 * (不得不盖房、非盖房不可): 28号 五 prohibits the use, however it is said.
 */
import { TRADITIONAL_PAIRS } from './traditional-chars.js';
import { BARE_NEGATION_WORDS, CONTRASTS, DOUBLE_NEGATION_HEADS, type Lexicon, MUST_TAILS, NEGATIONS, PROHIBITED_PRECEDENCE, type UsagePurpose, USAGE_PURPOSES } from './usage-lexicon.js';

interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** The term ending here, if any. */
  term?: string;
}

export interface CompiledLexicon {
  readonly trie: TrieNode;
  readonly categoryOf: ReadonlyMap<string, UsagePurpose | 'negation'>;
}

const TRADITIONAL: ReadonlyMap<string, string> = (() => {
  const cps = [...TRADITIONAL_PAIRS];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < cps.length; i += 2) map.set(cps[i]!, cps[i + 1]!);
  return map;
})();
// One character class of every traditional character, so ordinary text is scanned once, not per character.
const TRADITIONAL_CHAR = new RegExp(`[${[...TRADITIONAL.keys()].join('')}]`, 'gu');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CLAUSE_BREAK = /[,.;:!?，。；：！？]/;
const CONTRAST = new RegExp(CONTRASTS.map(escape).join('|'));
const ADJACENT_NEGATION = /[不没未非无]/;

/** Normalises a purpose text for matching (and lexicon terms alike). */
export function normalizePurpose(text: string): string {
  return text
    .normalize('NFKC')
    .replace(TRADITIONAL_CHAR, (ch) => TRADITIONAL.get(ch) ?? ch)
    .replace(/\s+/g, '')
    .toLowerCase();
}

function rank(c: UsagePurpose): number {
  const i = PROHIBITED_PRECEDENCE.indexOf(c);
  return i === -1 ? PROHIBITED_PRECEDENCE.length : i;
}

/** Compiles a lexicon into a trie of its normalised terms. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const categoryOf = new Map<string, UsagePurpose | 'negation'>();
  for (const category of USAGE_PURPOSES) {
    for (const term of lexicon[category]) {
      const t = normalizePurpose(term);
      if (t === '') continue;
      // A term listed under several categories takes the most specific prohibited one.
      const prior = categoryOf.get(t) as UsagePurpose | undefined;
      if (!prior || rank(category) < rank(prior)) categoryOf.set(t, category);
    }
  }
  for (const n of NEGATIONS) if (!categoryOf.has(normalizePurpose(n))) categoryOf.set(normalizePurpose(n), 'negation');
  const trie: TrieNode = { next: new Map() };
  for (const term of categoryOf.keys()) {
    let node = trie;
    for (let i = 0; i < term.length; i++) {
      const code = term.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    node.term = term;
  }
  return Object.freeze({ trie, categoryOf });
}

/** The longest term starting at `from`, or undefined. */
function longestAt(text: string, from: number, trie: TrieNode): string | undefined {
  let node: TrieNode | undefined = trie;
  let found: string | undefined;
  for (let i = from; i < text.length; i++) {
    node = node.next.get(text.charCodeAt(i));
    if (!node) break;
    if (node.term !== undefined) found = node.term;
  }
  return found;
}

export interface UsageMatch {
  readonly category: UsagePurpose | 'unknown';
  /** Terms that count, normalised, in order of first appearance. */
  readonly matchedTerms: readonly string[];
  /** Terms a negation cancelled. */
  readonly negatedTerms: readonly string[];
}

const BARE_WORD_ENDS = new Set(BARE_NEGATION_WORDS.map((w) => w[w.length - 1]!));

/** Whether a negation starting at `at` is the second half of a double negative (不得不…). */
function affirmedBefore(text: string, at: number): boolean {
  return DOUBLE_NEGATION_HEADS.some((head) => text.endsWith(head, at));
}

/**
 * Whether the term from `start` to `end` is cancelled by a bare 不/没/未/非/无 or 没有/不会… right before it — unless
 * that is half of a double negative, which means "must": 不得不盖房, 不会不盖房, 非盖房不可, 不盖房不行.
 */
function adjacentNegation(text: string, start: number, end: number): boolean {
  if (start === 0) return false;
  const before = text[start - 1]!;
  // Every term is checked here, so the word list is read only when the character before could end one.
  const width = ADJACENT_NEGATION.test(before) ? 1 : BARE_WORD_ENDS.has(before) ? (BARE_NEGATION_WORDS.find((w) => text.endsWith(w, start))?.length ?? 0) : 0;
  if (width === 0) return false;
  const at = start - width;
  if (affirmedBefore(text, at) || NEGATIONS.some((phrase) => text.endsWith(phrase, at))) return false;
  return !MUST_TAILS.some((tail) => text.startsWith(tail, end));
}

export function matchPurpose(text: string, compiled: CompiledLexicon): UsageMatch {
  const normalized = normalizePurpose(text);
  const matched: string[] = [];
  const negated: string[] = [];
  const found = new Set<UsagePurpose>();
  let negationEnd = -1; // where the governing negation phrase ends, or -1 when none governs
  for (let index = 0; index < normalized.length; ) {
    const term = longestAt(normalized, index, compiled.trie);
    if (term === undefined) {
      index++;
      continue;
    }
    const category = compiled.categoryOf.get(term)!;
    if (negationEnd >= 0) {
      const between = normalized.slice(negationEnd, index);
      if (CLAUSE_BREAK.test(between) || CONTRAST.test(between)) negationEnd = -1;
    }
    const start = index;
    index += term.length;
    if (category === 'negation') {
      // Half of a double negative affirms: 不得不用于盖房 (after 不得), 不会不盖房 (before a bare 不).
      if (!affirmedBefore(normalized, start) && !ADJACENT_NEGATION.test(normalized[index] ?? '')) negationEnd = index;
      continue;
    }
    if (negationEnd >= 0 || adjacentNegation(normalized, start, index)) {
      if (!negated.includes(term)) negated.push(term);
      continue;
    }
    if (!matched.includes(term)) matched.push(term);
    found.add(category);
  }
  let category: UsagePurpose | 'unknown' = 'unknown';
  for (const c of PROHIBITED_PRECEDENCE) {
    if (found.has(c)) {
      category = c;
      break;
    }
  }
  if (category === 'unknown' && found.has('production')) category = 'production';
  return { category, matchedTerms: matched, negatedTerms: negated };
}
