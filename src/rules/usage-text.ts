/**
 * Small readers of a normalised purpose text shared by the purpose reader's modules: clause breaks and word lists
 * indexed by their first character.
 */
/** The characters that end a clause. */
export const BREAK_CHARS = ',.;:!?|，。；：！？';
export const BREAKS = new Set([...BREAK_CHARS]);
/** Any clause break, as a pattern (to split or search a stretch of text). */
export const BREAK = new RegExp(`[${BREAK_CHARS}]`);

/** Characters that deny the word right after them. */
export const NEGATING = new Set([...'不没别未唔冇莫']);

/** A word list indexed by first character, so a position is tested against the few words that could start there. */
export const byFirstChar = (list: readonly string[]) => {
  const map = new Map<string, string[]>();
  for (const w of list) map.set(w[0]!, [...(map.get(w[0]!) ?? []), w]);
  return map;
};
/** Whether one of the indexed words starts at `at`. */
export const startsWithAny = (text: string, at: number, index: ReadonlyMap<string, readonly string[]>) =>
  index.get(text[at] ?? '')?.some((w) => text.startsWith(w, at)) ?? false;

/** A literal word as a pattern (its special characters escaped). */
export const escapePattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
