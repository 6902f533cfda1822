/**
 * The `lexicon` option of the decisions that classify purposes: a whole `Lexicon` (every purpose's
 * terms), usually made with `createLexicon`. Checked once per frozen lexicon, then served compiled.
 */
import type { Issues } from '../model/validate.js';
import { readArray } from '../model/validate.js';
import { compiledFor, DEFAULT_COMPILED, isCompiled } from '../rules/classify.js';
import type { Lexicon } from '../rules/usage-lexicon.js';
import { USAGE_PURPOSES } from '../rules/usage-lexicon.js';
import type { CompiledLexicon } from '../rules/usage-matcher.js';

const MAX_TERM_LENGTH = 100;

export function readLexicon(value: unknown, issues: Issues): CompiledLexicon {
  if (value === undefined || value === null) return DEFAULT_COMPILED;
  if (isCompiled(value)) return compiledFor(value as Lexicon);
  const before = issues.list.length;
  const path = 'options.lexicon';
  let keys: string[] = [];
  try {
    if (typeof value !== 'object' || Array.isArray(value)) {
      issues.add(path, 'type', 'must be a lexicon: an object of term lists for every purpose (see createLexicon)');
      return DEFAULT_COMPILED;
    }
    keys = Object.keys(value);
  } catch {
    issues.add(path, 'type', 'could not be read');
    return DEFAULT_COMPILED;
  }
  for (const key of keys) {
    if (!(USAGE_PURPOSES as readonly string[]).includes(key)) issues.add(`${path}.${key}`, 'enum', `is not a purpose (known: ${USAGE_PURPOSES.join(', ')})`);
  }
  for (const p of USAGE_PURPOSES) {
    let list: unknown;
    try {
      list = (value as Record<string, unknown>)[p];
    } catch {
      issues.add(`${path}.${p}`, 'type', 'could not be read (its getter threw)');
      continue;
    }
    if (list === undefined || list === null) {
      issues.add(`${path}.${p}`, 'required', 'is required: extend the default with createLexicon rather than passing only additions');
      continue;
    }
    const items = readArray(list, `${path}.${p}`, issues);
    if (!items) continue;
    items.forEach((term, i) => {
      if (typeof term !== 'string') issues.add(`${path}.${p}[${i}]`, 'type', 'must be a string');
      else if (!/\S/.test(term)) issues.add(`${path}.${p}[${i}]`, 'required', 'must not be blank');
      else if (term.length > MAX_TERM_LENGTH) issues.add(`${path}.${p}[${i}]`, 'range', `must be at most ${MAX_TERM_LENGTH} characters`);
    });
  }
  if (issues.list.length > before) return DEFAULT_COMPILED;
  return compiledFor(value as Lexicon);
}
