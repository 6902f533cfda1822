import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalText, clauses, corrections, documents } from 'fupin-xindai';

// The seed transcription as handed to the project (a copy of ../shared/seeds/000_8592573405aa8730.txt).
const seed = readFileSync(new URL('../fixtures/notices-seed.txt', import.meta.url), 'utf8');

function corrected(text: string): string {
  return corrections.reduce((t, c) => t.replace(new RegExp(c.pattern, 'g'), c.replacement), text);
}

describe('canonical text', () => {
  it('is the seed with the listed corrections applied, byte for byte: 47号, a line break, then the attached 28号', () => {
    const both = canonicalText('HLJ-2020-47') + '\n' + canonicalText('CBIRC-2020-28');
    const got = corrected(seed);
    // Compared whole and exactly: no white space is ignored, so a page break or a space left over fails.
    expect(got).toBe(both);
    expect(Buffer.from(got, 'utf8').equals(Buffer.from(both, 'utf8'))).toBe(true);
  });

  it('keeps the spaces of the printed titles and letterhead, and no other', () => {
    // 47号's title quotes 28号's with the issuers' names apart, as 28号's own title has them.
    const title47 = '关于贯彻落实《中国银保监会 财政部 中国人民银行 国务院扶贫办关于进一步完善扶贫小额信贷有关政策的通知》的通知';
    expect(canonicalText('HLJ-2020-47').split('\n')).toContain(title47);
    expect(documents['HLJ-2020-47'].title).toBe(title47);
    expect(canonicalText('CBIRC-2020-28')).not.toContain('扶贫小额信贷 有关政策');
    // Each space, by the characters either side of it: between issuers' names, before 文件, and in 「共印 270 份」.
    const sides = (text: string) => [...text.matchAll(/(?<=(.)) (?=(.))/g)].map((m) => `${m[1]}|${m[2]}`);
    expect(new Set([...sides(canonicalText('HLJ-2020-47')), ...sides(canonicalText('CBIRC-2020-28'))])).toEqual(
      new Set(['会|财', '部|中', '行|国', '室|文', '办|文', '印|2', '0|份']),
    );
  });

  it('has each correction do something to the seed, in order, so none is idle', () => {
    let text = seed;
    for (const c of corrections) {
      const next = text.replace(new RegExp(c.pattern, 'g'), c.replacement);
      expect(next, c.id).not.toBe(text);
      text = next;
    }
    expect(text).not.toMatch(/\n\n/);
    expect(text.startsWith('黑龙江省地方金融监督管理局\n')).toBe(true);
    expect(text.endsWith('\n2020年6月29日印发')).toBe(true);
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
      const body = canonicalText(doc.id).split('\n').slice(doc.header.length, -doc.trailer.length).join('');
      const joined = clauses
        .filter((c) => c.document === doc.id)
        .map((c) => c.text)
        .join('');
      expect(joined).toBe(body);
    }
  });

  it('puts every clause on one line of its canonical text, verbatim', () => {
    for (const c of clauses) {
      expect(c.text, c.id).not.toContain('\n');
      expect(canonicalText(c.document).includes(c.text), c.id).toBe(true);
    }
  });

  it("says 47号 bears no date in the seed, and applies both notices from 28号's date, 2020-06-29", () => {
    const [text47] = seed.split('\n附件\n');
    // 47号 as transcribed: its only dates are inside its sentences (the campaign end, the deferral window).
    const dates = [...text47!.matchAll(/\d{4}年\d{1,2}月(?:\d{1,2}日|底)/g)].map((m) => m[0]);
    expect(dates).toEqual(['2020年12月31日', '2020年1月1日', '2021年3月底']);
    expect(text47).not.toContain('印发');
    expect(documents['HLJ-2020-47'].issued).toBeNull();
    expect(documents['CBIRC-2020-28'].issued).toBe('2020-06-29');
    expect(canonicalText('CBIRC-2020-28').endsWith('2020年6月29日印发')).toBe(true);
    expect(documents['HLJ-2020-47'].appliesFrom).toBe('2020-06-29');
    expect(documents['CBIRC-2020-28'].appliesFrom).toBe('2020-06-29');
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
