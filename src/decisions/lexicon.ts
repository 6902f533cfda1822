/**
 * The `lexicon` option of the decisions that classify purposes: a whole `Lexicon` (every purpose's
 * terms), usually made with `createLexicon`. Checked once per frozen lexicon, then served compiled.
 */
import { Issues } from '../model/issues.js';
import { readArray } from '../model/plain-objects.js';
import { compiledFor, DEFAULT_COMPILED, isCompiled } from '../rules/classify.js';
import { defaultLexicon, extendLexicon, type Lexicon, USAGE_PURPOSES, type UsagePurpose } from '../rules/usage-lexicon.js';
import type { CompiledLexicon } from '../rules/usage-matcher.js';

const MAX_TERM_LENGTH = 100;

export function readLexicon(value: unknown, issues: Issues): CompiledLexicon {
  if (value === undefined || value === null) return DEFAULT_COMPILED;
  if (isCompiled(value)) return compiledFor(value as Lexicon);
  return readTermLists(value, 'options.lexicon', issues, true) ? compiledFor(value as Lexicon) : DEFAULT_COMPILED;
}

/**
 * Checks term lists by purpose: a plain object whose keys are purposes, each an array of non-blank
 * strings of at most MAX_TERM_LENGTH characters; with `requireAll`, every purpose must be there.
 * Returns whether it added no issue.
 */
function readTermLists(value: unknown, path: string, issues: Issues, requireAll: boolean): boolean {
  const before = issues.list.length;
  let keys: string[] = [];
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      issues.add(
        path,
        'type',
        requireAll
          ? 'must be a lexicon: an object of term lists for every purpose (see createLexicon)'
          : "must be an object of term lists by purpose, such as { housing: ['地窨子'] }",
      );
      return false;
    }
    keys = Object.keys(value);
  } catch {
    issues.add(path, 'type', 'could not be read');
    return false;
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
      if (requireAll) issues.add(`${path}.${p}`, 'required', 'is required: extend the default with createLexicon rather than passing only additions');
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
  return issues.list.length === before;
}

/**
 * Extends a lexicon with a bank's own terms, keeping the base's. Pure: returns a new frozen lexicon.
 *
 * @param additions - extra terms per purpose, as they appear on the bank's forms
 * @param base - the lexicon to extend (default: `defaultLexicon`)
 * @returns a lexicon to pass as `options.lexicon`
 * @throws {PolicyInputError} when `additions` or `base` is not term lists by purpose (an unknown purpose,
 *   a list that is not an array, a term that is not a non-blank string of at most 100 characters)
 * @example
 * const lexicon = createLexicon({ production: ['搞副业'], housing: ['地窨子'] });
 * classifyUsage('地窨子', { lexicon }).category // => 'housing'
 */
export function createLexicon(additions: Partial<Record<UsagePurpose, readonly string[]>>, base: Lexicon = defaultLexicon): Lexicon {
  const issues = new Issues();
  readTermLists(additions, 'additions', issues, false);
  if (base !== defaultLexicon) readTermLists(base, 'base', issues, true);
  issues.throwIfAny();
  return extendLexicon(additions, base);
}
