/**
 * A purpose as written — a code or free text — to its category: a string equal to a code is that
 * code; anything else goes through the default lexicon's matcher.
 */
import { defaultLexicon, USAGE_PURPOSES, type UsagePurpose } from './usage-lexicon.js';
import { compileLexicon, type CompiledLexicon, matchPurpose, type UsageMatch } from './usage-matcher.js';

/** The default lexicon, compiled once at load. */
export const DEFAULT_COMPILED: CompiledLexicon = compileLexicon(defaultLexicon);

export function isUsagePurpose(value: string): value is UsagePurpose {
  return (USAGE_PURPOSES as readonly string[]).includes(value);
}

export function classifyPurpose(purpose: string, compiled: CompiledLexicon = DEFAULT_COMPILED): UsageMatch {
  if (isUsagePurpose(purpose)) return { category: purpose, matchedTerms: [], negatedTerms: [] };
  return matchPurpose(purpose, compiled);
}
