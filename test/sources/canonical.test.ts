import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalText, clauses, corrections, documents } from 'fupin-xindai';

// The seed transcription as handed to the project (a copy of ../shared/seeds/000_8592573405aa8730.txt).
const seed = readFileSync(new URL('../fixtures/notices-seed.txt', import.meta.url), 'utf8');
const noSpace = (s: string) => s.replace(/\s+/g, '');

function corrected(text: string): string {
  return corrections.reduce((t, c) => t.replace(new RegExp(c.pattern, 'g'), c.replacement), text);
}

describe('canonical text', () => {
  it('is the seed with the listed corrections applied, 47号 then the attached 28号', () => {
    const both = canonicalText('HLJ-2020-47') + canonicalText('CBIRC-2020-28');
    expect(noSpace(both)).toBe(noSpace(corrected(seed)));
  });

  it('keeps none of the artefacts API.md names', () => {
    for (const id of ['HLJ-2020-47', 'CBIRC-2020-28'] as const) {
      const text = canonicalText(id);
      expect(text).not.toMatch(/— \d+ —/);
      expect(text).not.toMatch(/ and /);
      expect(text).not.toMatch(/[,;()]/);
    }
    expect(canonicalText('CBIRC-2020-28')).toContain('财政部门和扶贫部门要共同落实好财政贴息。');
    expect(canonicalText('HLJ-2020-47')).toContain('各市（地）、县（市、区）党委、政府（行署）');
  });

  it('the seed really had those artefacts (so the corrections are not idle)', () => {
    expect(seed).toContain('财政部门 and 扶贫部门');
    expect(seed).toMatch(/— 1 —/);
    expect(seed).toMatch(/[,;()]/);
  });

  it("joins each document's clauses, in order, into exactly its body", () => {
    for (const doc of Object.values(documents)) {
      const body = noSpace(canonicalText(doc.id).split('\n').slice(doc.header.length, -doc.trailer.length).join(''));
      const joined = clauses
        .filter((c) => c.document === doc.id)
        .map((c) => c.text)
        .join('');
      expect(noSpace(joined)).toBe(body);
    }
  });

  it('starts and ends each body where API.md says', () => {
    const first = (d: string) => clauses.find((c) => c.document === d)!;
    const last = (d: string) => clauses.filter((c) => c.document === d).at(-1)!;
    expect(first('HLJ-2020-47').text.startsWith('各市（地）金融局（办、中心）')).toBe(true);
    expect(last('HLJ-2020-47').text).toBe('特此通知。');
    expect(first('CBIRC-2020-28').text.startsWith('各银保监局')).toBe(true);
    expect(last('CBIRC-2020-28').text).toBe('加大典型经验总结推广和新闻宣传力度，讲好扶贫小额信贷故事。');
  });

  it('leaves letterheads, numbers, titles and distribution lines out of the clauses', () => {
    const all = clauses.map((c) => c.text).join('\n');
    for (const meta of ['黑金发〔2020〕47号', '附件：', '公开属性', '抄送', '内部发送', '联系人', '联系电话', '校对', '印发', '文件']) {
      expect(all).not.toContain(meta);
    }
    expect(documents['CBIRC-2020-28'].issued).toBe('2020-06-29');
  });
});
