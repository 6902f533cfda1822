/**
 * A purpose as written — a code or free text — to its category: a string equal to a code is that
 * code; anything else goes through a compiled lexicon's matcher.
 */
import { defaultLexicon, type Lexicon, USAGE_PURPOSES, type UsagePurpose } from './usage-lexicon.js';
import { compileLexicon, type CompiledLexicon, scanPurpose, type UsageMatch } from './usage-matcher.js';
import { readPurpose } from './usage-reader.js';

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
  return readPurpose(scanPurpose(purpose, compiled));
}
