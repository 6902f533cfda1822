/**
 * The corrections that turn the seed transcription into the canonical text (API.md, "Canonical text").
 * Listed as data so the docs and the tests use the same list; `test/sources/canonical.test.ts`
 * applies them to the seed and checks the result equals `canonicalText`.
 */
export interface Correction {
  readonly id: string;
  readonly description: string;
  /** A regular expression source, applied globally to the seed. */
  readonly pattern: string;
  readonly replacement: string;
}

export const corrections: readonly Correction[] = Object.freeze(
  [
    {
      id: 'and',
      description: '`财政部门 and 扶贫部门` → `财政部门和扶贫部门` (an English word left in the transcription)',
      pattern: '财政部门 and 扶贫部门',
      replacement: '财政部门和扶贫部门',
    },
    { id: 'comma', description: 'half-width `,` inside Chinese text → `，`', pattern: ',', replacement: '，' },
    { id: 'semicolon', description: 'half-width `;` inside Chinese text → `；`', pattern: ';', replacement: '；' },
    { id: 'open-paren', description: 'half-width `(` inside Chinese text → `（`', pattern: '\\(', replacement: '（' },
    { id: 'close-paren', description: 'half-width `)` inside Chinese text → `）`', pattern: '\\)', replacement: '）' },
    { id: 'page-marker', description: 'page markers such as `— 1 —` removed', pattern: '— \\d+ —', replacement: '' },
    {
      id: 'line-break',
      description: 'line breaks inside sentences removed (each article is one paragraph)',
      pattern: '(?<=[^\\n])\\n(?=[^\\n])',
      replacement: '',
    },
    {
      id: 'letter-spacing',
      description: "spaces from the layout removed where they split a word or title (`抄 送` → `抄送`; `扶贫小额信贷 有关政策` in 28号's title)",
      pattern: '(?<=抄) (?=送)|(?<=扶贫小额信贷) (?=有关政策)',
      replacement: '',
    },
  ].map((c) => Object.freeze(c)),
);
