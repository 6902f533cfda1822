/**
 * The corrections that turn the seed transcription into the canonical text (docs/canonical-text.md).
 * Listed as data so the docs and the tests use the same list: applied in order, each globally, to the whole
 * seed (47号 with 28号 attached), they give exactly `canonicalText('HLJ-2020-47') + '\n' +
 * canonicalText('CBIRC-2020-28')`, byte for byte (a test of the library checks it).
 *
 * Each correction removes an artefact of the transcription or of the page layout, or (`paragraph`) puts an
 * article on one line; none changes a word of the notices. Where an artefact cannot be told from real text
 * by its form (a page break after 「扶」 looks like the end of a line that ends in 「扶」), the correction
 * names the places, so that it can do nothing anywhere else.
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
      id: 'page-break',
      description:
        'page breaks inside a sentence (a line break with blank lines, and a page marker removed above) joined, in the six places they fall: 「扶|贫办」, 「需求，|对符合」 and 「作|用」 in 47号; 「十|分」, 「责任，|坚持」 and 「扶贫小额|信贷」 in 28号',
      pattern:
        '(?<=国务院扶)\\n+(?=贫办)|(?<=需求，)\\n+(?=对符合)|(?<=基层力量作)\\n+(?=用)|(?<=任务十)\\n+(?=分繁重)|(?<=分片包干责任，)\\n+(?=坚持)|(?<=讲好扶贫小额)\\n+(?=信贷故事)',
      replacement: '',
    },
    {
      id: 'line-break',
      description:
        "line breaks where the printed line wrapped, inside 47号's title (「关于进一步|完善」) and addressee line (「县（市、区）|财政局」, 「各市|（地）」, 「银|行」, 「黑龙|江省联社」), removed",
      pattern: '(?<=关于进一步)\\n(?=完善)|(?<=县（市、区）)\\n(?=财政局)|(?<=人民银行各市)\\n(?=（地）)|(?<=各政策性银)\\n(?=行、)|(?<=黑龙)\\n(?=江省联社)',
      replacement: '',
    },
    {
      id: 'title-space',
      description:
        "the line break in 47号's title between two issuers' names (「财政部|中国人民银行」) → the space that separates them in the rest of the title as printed (「中国银保监会 财政部」, 「中国人民银行 国务院扶贫办」)",
      pattern: '(?<=《中国银保监会 财政部)\\n(?=中国人民银行)',
      replacement: ' ',
    },
    {
      id: 'paragraph',
      description:
        "each article on one line: the addressee line, which ends in 「：」, joined to the preamble it opens (article 0 of both notices), and 47号 三's closing 「特此通知。」 to the article it ends",
      pattern: '(?<=哈尔滨各村镇银行：|股份制银行：|讲好扶贫小额信贷故事。)\\n+(?=现将|2020年是|特此通知。)',
      replacement: '',
    },
    {
      id: 'letter-spacing',
      description: "spaces from the layout removed where they split a word or title (`抄 送` → `抄送`; `扶贫小额信贷 有关政策` in 28号's title)",
      pattern: '(?<=抄) (?=送)|(?<=扶贫小额信贷) (?=有关政策)',
      replacement: '',
    },
    {
      id: 'blank-lines',
      description: 'blank lines between paragraphs removed, and the line breaks before the first line and after the last: one line a paragraph',
      pattern: '^\\n+|\\n+$|(?<=\\n)\\n+',
      replacement: '',
    },
  ].map((c) => Object.freeze(c)),
);
