/**
 * Finds the lexicon's terms in a purpose text with one compiled regular expression. Text is
 * normalised first (NFKC folds full-width forms, traditional characters become simplified, white
 * space goes, Latin letters are lower-cased). At each position the longest term wins, so a
 * production look-alike (修建牛舍) shadows the prohibited word inside it. A negation (不用于建房)
 * cancels every term after it in the same clause until a contrast (而、但) or punctuation ends it.
 */
import {
  type Lexicon,
  NEGATIONS,
  PROHIBITED_PRECEDENCE,
  TRADITIONAL_TO_SIMPLIFIED,
  type UsagePurpose,
  USAGE_PURPOSES,
} from './usage-lexicon.js';

export interface CompiledLexicon {
  readonly pattern: RegExp;
  readonly categoryOf: ReadonlyMap<string, UsagePurpose | 'negation'>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TRADITIONAL = new RegExp(`[${Object.keys(TRADITIONAL_TO_SIMPLIFIED).join('')}]`, 'g');
const CLAUSE_BREAK = /[,.;:!?，。；：！？\n]/;
const CONTRAST = /[而但]/;

export function normalizePurpose(text: string): string {
  return text
    .normalize('NFKC')
    .replace(TRADITIONAL, (ch) => TRADITIONAL_TO_SIMPLIFIED[ch] ?? ch)
    .replace(/\s+/g, '')
    .toLowerCase();
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const categoryOf = new Map<string, UsagePurpose | 'negation'>();
  for (const category of USAGE_PURPOSES) {
    for (const term of lexicon[category]) {
      const t = normalizePurpose(term);
      // A term listed under several categories takes the most specific prohibited one.
      const prior = categoryOf.get(t);
      if (!prior || rank(category) < rank(prior as UsagePurpose)) categoryOf.set(t, category);
    }
  }
  for (const n of NEGATIONS) categoryOf.set(normalizePurpose(n), 'negation');
  const terms = [...categoryOf.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return { pattern: new RegExp(terms.map(escape).join('|'), 'g'), categoryOf };
}

function rank(c: UsagePurpose): number {
  const i = PROHIBITED_PRECEDENCE.indexOf(c);
  return i === -1 ? PROHIBITED_PRECEDENCE.length : i;
}

export interface UsageMatch {
  readonly category: UsagePurpose | 'unknown';
  /** Terms that count, in order of first appearance. */
  readonly matchedTerms: readonly string[];
  /** Terms a negation cancelled. */
  readonly negatedTerms: readonly string[];
}

export function matchPurpose(text: string, compiled: CompiledLexicon): UsageMatch {
  const normalized = normalizePurpose(text);
  const matched: string[] = [];
  const negated: string[] = [];
  const found = new Set<UsagePurpose>();
  let negationEnd = -1; // where the governing negation ends, or -1 when none governs
  compiled.pattern.lastIndex = 0;
  for (let m = compiled.pattern.exec(normalized); m !== null; m = compiled.pattern.exec(normalized)) {
    const term = m[0];
    const category = compiled.categoryOf.get(term)!;
    if (negationEnd >= 0) {
      const between = normalized.slice(negationEnd, m.index);
      if (CLAUSE_BREAK.test(between) || CONTRAST.test(between)) negationEnd = -1;
    }
    if (category === 'negation') {
      negationEnd = m.index + term.length;
      continue;
    }
    if (negationEnd >= 0) {
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
