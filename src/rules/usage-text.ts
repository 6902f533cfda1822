/**
 * Small readers of a normalised purpose text shared by the purpose reader's modules: clause breaks, word lists
 * indexed by their first character, and where words stand.
 */
export const BREAKS = new Set([...',.;:!?，。；：！？']);

/** Characters that deny the word right after them. */
export const NEGATING = new Set([...'不没别未']);

/** A word list indexed by first character, so a position is tested against the few words that could start there. */
export const byFirstChar = (list: readonly string[]) => {
  const map = new Map<string, string[]>();
  for (const w of list) map.set(w[0]!, [...(map.get(w[0]!) ?? []), w]);
  return map;
};
/** Whether one of the indexed words starts at `at`. */
export const startsWithAny = (text: string, at: number, index: ReadonlyMap<string, readonly string[]>) =>
  index.get(text[at] ?? '')?.some((w) => text.startsWith(w, at)) ?? false;

/** Where the clause that contains `from` ends: the next break, or the end of the text. */
export function nextBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (BREAKS.has(text[i]!)) return i;
  return text.length;
}

/** Where any of `words` starts in `text`, read once (a character that starts none is passed at once). */
export function findAll(text: string, starts: ReadonlySet<string>, words: readonly string[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < text.length; i++) if (starts.has(text[i]!) && words.some((w) => text.startsWith(w, i))) found.push(i);
  return found;
}

