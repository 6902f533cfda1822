import { describe, expect, it } from 'vitest';
import { classifyUsage, getClause, rules, USAGE_PURPOSES } from 'fupin-xindai';
import { cited } from '../helpers/fixtures.js';

describe('usage.permitted', () => {
  it('CBIRC-2020-28/5.1 permits production only, among the eight codes', () => {
    for (const code of USAGE_PURPOSES) {
      const r = classifyUsage(code);
      expect(r.category).toBe(code);
      expect(r.permitted).toBe(code === 'production');
      expect(r.findings[0]!.outcome).toBe(code === 'production' ? 'pass' : 'fail');
      expect(cited(r.findings[0]!)).toContain('CBIRC-2020-28/5.1');
    }
  });

  it('CBIRC-2020-28/5.1 quotes the words that decide each category', () => {
    const quote = (p: string) => classifyUsage(p, { jurisdiction: 'national' }).findings[0]!.citations.map((c) => c.quote);
    expect(quote('production')).toEqual(['精准用于贫困户及边缘人口个人发展生产']);
    for (const p of ['marriage', 'housing', 'wealth_management', 'household_goods', 'other_non_productive']) {
      expect(quote(p)).toEqual(['不能用于结婚、建房、理财、购置家庭用品等非生产性支出']);
    }
    expect(quote('government_financing_platform')).toEqual(['更不能集中用于政府融资平台、生产经营企业等']);
    expect(quote('enterprise_use')).toEqual(['更不能集中用于政府融资平台、生产经营企业等', '要坚持扶贫小额信贷户借、户用、户还']);
  });

  it('HLJ-2020-47/2.5 adds 47号 in Heilongjiang: production passes, marriage fails', () => {
    const pass = classifyUsage('养殖肉牛');
    expect(pass.findings[0]!.outcome).toBe('pass');
    expect(cited(pass.findings[0]!)).toContain('HLJ-2020-47/2.5');
    const fail = classifyUsage('娶媳妇');
    expect(fail.findings[0]!.outcome).toBe('fail');
    expect(cited(fail.findings[0]!)).toContain('HLJ-2020-47/2.5');
  });

  it('CBIRC-2020-28/5.1 classifies plain free text in each category', () => {
    const cases: [string, string][] = [
      ['养殖肉牛', 'production'],
      ['种植大豆和玉米', 'production'],
      ['开小卖部', 'production'],
      ['给儿子结婚办婚宴', 'marriage'],
      ['彩礼', 'marriage'],
      ['盖房', 'housing'],
      ['装修房子', 'housing'],
      ['炒股', 'wealth_management'],
      ['买基金理财', 'wealth_management'],
      ['买冰箱和洗衣机', 'household_goods'],
      ['看病住院', 'other_non_productive'],
      ['还信用卡', 'other_non_productive'],
      ['交给城投公司', 'government_financing_platform'],
      ['入股分红', 'enterprise_use'],
      ['交由合作社统一经营', 'enterprise_use'],
    ];
    for (const [text, category] of cases) expect(classifyUsage(text).category, text).toBe(category);
  });

  it('CBIRC-2020-28/5.1 lets a prohibited term win over production in the same text', () => {
    const r = classifyUsage('转贷给养殖公司');
    expect(r.category).toBe('enterprise_use');
    expect(r.permitted).toBe(false);
    expect(r.matchedTerms).toEqual(['转贷给', '养殖', '公司']);
    expect(classifyUsage('一半养牛一半盖房').category).toBe('housing');
  });

  it('CBIRC-2020-28/5.1 picks the most specific prohibited category', () => {
    expect(classifyUsage('彩礼和盖房').category).toBe('marriage');
    expect(classifyUsage('盖房和买家电').category).toBe('housing');
    expect(classifyUsage('入股城投').category).toBe('government_financing_platform');
    expect(classifyUsage('看病和买冰箱').category).toBe('household_goods');
  });

  it('CBIRC-2020-28/5.1 keeps look-alikes of prohibited words as production', () => {
    for (const text of ['修建牛舍', '盖羊圈', '家庭农场', '理发店', '乡村旅游农家乐']) {
      expect(classifyUsage(text).category, text).toBe('production');
    }
  });

  it('CBIRC-2020-28/5.1 lets a negation cancel the term it governs', () => {
    expect(classifyUsage('不用于建房，用于养牛').category).toBe('production');
    expect(classifyUsage('用于养牛而非建房').category).toBe('production');
    expect(classifyUsage('不是买房而是养牛').category).toBe('production');
    expect(classifyUsage('并非结婚，是种植木耳').category).toBe('production');
    // The negation governs only its own clause: a later prohibited use still counts.
    expect(classifyUsage('不用于建房，用于结婚').category).toBe('marriage');
  });

  it('CBIRC-2020-28/5.1 normalises traditional and full-width characters and white space', () => {
    expect(classifyUsage('買 房').category).toBe('housing');
    expect(classifyUsage('養殖肉牛').category).toBe('production');
    expect(classifyUsage('Ｐ２Ｐ理财').matchedTerms).toEqual(['p2p', '理财']);
  });

  it('CBIRC-2020-28/5.1 never guesses: unknown text needs review', () => {
    const r = classifyUsage('无法识别的说明');
    expect(r.category).toBe('unknown');
    expect(r.permitted).toBeNull();
    expect(r.matchedTerms).toEqual([]);
    expect(r.findings[0]!.outcome).toBe('advisory');
    const negated = classifyUsage('不用于建房');
    expect(negated.category).toBe('unknown');
    expect(negated.negatedTerms).toEqual(['建房']);
    expect(negated.matchedTerms).toEqual([]);
  });

  it('CBIRC-2020-28/5.1 a purpose given as a code is that code, with no terms matched or negated', () => {
    for (const code of USAGE_PURPOSES) {
      const r = classifyUsage(code);
      expect(r.category, code).toBe(code);
      expect(r.matchedTerms, code).toEqual([]);
      expect(r.negatedTerms, code).toEqual([]);
    }
  });
});

describe('usage.permitted citations and wording', () => {
  // The words of 28号 五 that decide each purpose, and 47号 二's restatement added in Heilongjiang.
  const NATIONAL: Record<string, string[]> = {
    production: ['精准用于贫困户及边缘人口个人发展生产'],
    marriage: ['不能用于结婚、建房、理财、购置家庭用品等非生产性支出'],
    housing: ['不能用于结婚、建房、理财、购置家庭用品等非生产性支出'],
    wealth_management: ['不能用于结婚、建房、理财、购置家庭用品等非生产性支出'],
    household_goods: ['不能用于结婚、建房、理财、购置家庭用品等非生产性支出'],
    other_non_productive: ['不能用于结婚、建房、理财、购置家庭用品等非生产性支出'],
    government_financing_platform: ['更不能集中用于政府融资平台、生产经营企业等'],
    enterprise_use: ['更不能集中用于政府融资平台、生产经营企业等', '户借、户用、户还'],
  };
  const NAMES: Record<string, [string, string]> = {
    production: ['发展生产', 'production'],
    marriage: ['结婚', 'marriage'],
    housing: ['建房', 'housing'],
    wealth_management: ['理财', 'wealth management'],
    household_goods: ['购置家庭用品', 'household goods'],
    other_non_productive: ['其他非生产性支出', 'other non-productive spending'],
    government_financing_platform: ['政府融资平台', 'a government financing platform'],
    enterprise_use: ['生产经营企业（户贷企用）', 'enterprise use (household loans used by an enterprise)'],
  };

  it('CBIRC-2020-28/5.1 cites for each purpose the words that decide it, and names the purpose', () => {
    for (const [purpose, quotes] of Object.entries(NATIONAL)) {
      const f = classifyUsage(purpose, { jurisdiction: 'national' }).findings[0]!;
      expect(
        f.citations.map((c) => c.clauseId),
        purpose,
      ).toEqual(quotes.map(() => 'CBIRC-2020-28/5.1'));
      quotes.forEach((q, i) => expect(f.citations[i]!.quote, purpose).toContain(q));
      expect(f.message.zh, purpose).toContain(NAMES[purpose]![0]);
      expect(f.message.en, purpose).toContain(NAMES[purpose]![1]);
      expect(f.facts, purpose).toEqual({ category: purpose, matchedTerms: '' });
    }
    const unknown = classifyUsage('随便写点', { jurisdiction: 'national' }).findings[0]!;
    // Unrecognised: the whole sentence, since any part of it may turn out to apply.
    expect(unknown.citations.map((c) => [c.clauseId, c.quote])).toEqual([['CBIRC-2020-28/5.1', getClause('CBIRC-2020-28/5.1')!.text]]);
  });

  it('HLJ-2020-47/2.5 adds its own sentence: production for a non-productive use, household use for a platform or enterprise', () => {
    const hlj = (purpose: string) => classifyUsage(purpose, { jurisdiction: 'HLJ' }).findings[0]!.citations.slice(-1)[0]!;
    for (const p of ['production', 'marriage', 'housing', 'wealth_management', 'household_goods', 'other_non_productive', '随便写点']) {
      expect(hlj(p), p).toMatchObject({ clauseId: 'HLJ-2020-47/2.5', quote: '精准用于贫困户及边缘人口个人发展生产' });
    }
    for (const p of ['government_financing_platform', 'enterprise_use'])
      expect(hlj(p), p).toMatchObject({ clauseId: 'HLJ-2020-47/2.5', quote: '坚持扶贫小额信贷户借、户用、户还' });
    expect(rules.find((r) => r.id === 'usage.permitted')!.clauseIds).toEqual(['CBIRC-2020-28/5.1', 'HLJ-2020-47/2.5']);
    expect(rules.find((r) => r.id === 'request.purpose')!.clauseIds).toEqual(['CBIRC-2020-28/5.1', 'HLJ-2020-47/2.5']);
  });
});
