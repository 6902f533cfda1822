/**
 * A purpose as written — a code or free text — to its category: a string equal to a code is that
 * code; anything else goes through a compiled lexicon's matcher.
 */
import { defaultLexicon, type Lexicon, USAGE_PURPOSES, type UsagePurpose } from './usage-lexicon.js';
import { compileLexicon, type CompiledLexicon, scanPurpose, type UsageMatch } from './usage-matcher.js';
import { allegationFinding, readPurpose } from './usage-reader.js';

/** The default lexicon, compiled once at load. */
export const DEFAULT_COMPILED: CompiledLexicon = compileLexicon(defaultLexicon);

// Frozen lexicons (as createLexicon returns) are compiled once; an unfrozen one could change between
// calls, so it is compiled afresh each time rather than served stale.
const compiledCache = new WeakMap<Lexicon, CompiledLexicon>([[defaultLexicon, DEFAULT_COMPILED]]);

function isDeepFrozen(lexicon: Lexicon): boolean {
  return Object.isFrozen(lexicon) && USAGE_PURPOSES.every((p) => Object.isFrozen(lexicon[p]));
}

export function compiledFor(lexicon: Lexicon): CompiledLexicon {
  const cached = compiledCache.get(lexicon);
  if (cached) return cached;
  const compiled = compileLexicon(lexicon);
  if (isDeepFrozen(lexicon)) compiledCache.set(lexicon, compiled);
  return compiled;
}

/** Whether a lexicon was already checked and compiled (so need not be checked again). */
export function isCompiled(lexicon: unknown): boolean {
  return typeof lexicon === 'object' && lexicon !== null && compiledCache.has(lexicon as Lexicon);
}

export function isUsagePurpose(value: string): value is UsagePurpose {
  return (USAGE_PURPOSES as readonly string[]).includes(value);
}

export function classifyPurpose(purpose: string, compiled: CompiledLexicon = DEFAULT_COMPILED): UsageMatch {
  if (isUsagePurpose(purpose)) return { category: purpose, matchedTerms: [], negatedTerms: [], contextTerms: [] };
  const scan = scanPurpose(purpose, compiled);
  // (反映潘某…是挂名的。核查：摊位由潘某夫妻自己经营: an allegation a finding answers is read in the finding's words, where
  // they decide — set 980.)
  const finding = allegationFinding(scan.text);
  if (finding !== undefined) {
    const reading = readPurpose(scanPurpose(finding.words, compiled));
    if (reading.category !== 'unknown') {
      const alleged = scan.hits.filter((h) => h.start < finding.at && !h.role.quiet).map((h) => h.term);
      return { ...reading, contextTerms: [...new Set([...alleged, ...reading.contextTerms])].filter((t) => !reading.matchedTerms.includes(t)) };
    }
  }
  return readPurpose(scan);
}
