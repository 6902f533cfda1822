import { describe, expect, it } from 'vitest';
import { clauses, getClause, rules } from 'fupin-xindai';
import { cite } from '../../src/sources/clauses.js';
import { summaries } from '../../src/sources/summaries.js';

const PARTIES = [
  'poverty_office',
  'banks',
  'pboc_branches',
  'finance_departments',
  'banking_regulators',
  'financial_affairs_offices',
  'local_party_government',
  'village_organizations',
];

describe('clause registry', () => {
  it('gives every clause a unique id of the form <document>/<article>.<sentence>', () => {
    const ids = clauses.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of clauses) {
      expect(c.id).toBe(`${c.document}/${c.article}.${c.sentence}`);
      expect(c.id).toMatch(/^(CBIRC-2020-28|HLJ-2020-47)\/[0-6]\.\d+$/);
    }
  });

  it('numbers sentences from 1 in each article, heading 0, preamble article 0', () => {
    const count = (doc: string, article: number) => clauses.filter((c) => c.document === doc && c.article === article).map((c) => c.sentence);
    // 47号: preamble (2 sentences) and three parts; 28号: preamble (2) and six articles.
    expect(count('HLJ-2020-47', 0)).toEqual([1, 2]);
    expect(count('HLJ-2020-47', 1)).toEqual([0, 1, 2]);
    expect(count('HLJ-2020-47', 2)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(count('HLJ-2020-47', 3)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(count('CBIRC-2020-28', 0)).toEqual([1, 2]);
    expect(count('CBIRC-2020-28', 1)).toEqual([0, 1]);
    expect(count('CBIRC-2020-28', 2)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(count('CBIRC-2020-28', 3)).toEqual([0, 1, 2]);
    expect(count('CBIRC-2020-28', 4)).toEqual([0, 1, 2, 3]);
    expect(count('CBIRC-2020-28', 5)).toEqual([0, 1, 2, 3]);
    expect(count('CBIRC-2020-28', 6)).toEqual([0, 1, 2, 3]);
    expect(clauses).toHaveLength(48);
  });

  it('ends every body sentence in 。 except the last of an article', () => {
    for (const c of clauses) {
      if (c.sentence === 0) continue;
      const isLast = !clauses.some((o) => o.document === c.document && o.article === c.article && o.sentence === c.sentence + 1);
      if (!isLast) expect(c.text.endsWith('。'), c.id).toBe(true);
      expect(c.text.slice(0, -1), c.id).not.toContain('。');
    }
  });

  it('has the headings as sentence 0', () => {
    expect(getClause('CBIRC-2020-28/1.0')?.text).toBe('一、进一步坚持扶贫小额信贷政策。');
    expect(getClause('HLJ-2020-47/1.0')?.text).toBe('一、提高政治站位');
    expect(getClause('CBIRC-2020-28/6.0')?.text).toBe('六、进一步加强扶贫小额信贷工作组织领导。');
    expect(getClause('CBIRC-2020-28/7.0')).toBeUndefined();
  });

  it('puts the sentences the rules rest on at the expected ids', () => {
    expect(getClause('CBIRC-2020-28/4.3')?.text).toContain('但单户扶贫小额信贷总额不得超过5万元');
    expect(getClause('CBIRC-2020-28/5.2')?.text.startsWith('要加强扶贫小额信贷监测分析')).toBe(true);
    expect(getClause('CBIRC-2020-28/3.1')?.text).toContain('将还款期限进一步延长至2021年3月底');
    expect(getClause('CBIRC-2020-28/2.5')?.text).toBe('财政部门和扶贫部门要共同落实好财政贴息。');
    expect(getClause('HLJ-2020-47/3.3')?.text).toBe('扶贫部门要负责提供贫困户和边缘户名单，确保扶贫小额信贷对象精准。');
  });

  // The words each party goes by in the notices' sentences (not in the addressee lines, article 0).
  const WORDS: Record<string, RegExp> = {
    poverty_office: /扶贫部门/,
    banks: /银行机构|金融机构/,
    pboc_branches: /人民银行分支机构/,
    finance_departments: /财政部门/,
    banking_regulators: /银行保险监管部门/,
    financial_affairs_offices: /金融局/,
    local_party_government: /党委、政府/,
    village_organizations: /村两委|驻村帮扶工作队/,
  };
  // Sentences that name no one, whose bearer the duty's object makes plain (docs/canonical-text.md, "Parties").
  const BY_OBJECT: Record<string, string[]> = {
    'CBIRC-2020-28/3.1': ['banks'], // 将还款期限进一步延长: only the lender extends a loan
    'HLJ-2020-47/2.3': ['banks'],
    'CBIRC-2020-28/5.2': ['banks', 'banking_regulators'], // 不良贷款率、关注类贷款占比: loan-quality monitoring
  };

  it('CBIRC-2020-28/4.3 HLJ-2020-47/3.4 CBIRC-2020-28/4.2 a clause of any kind lists exactly the parties its words name', () => {
    for (const c of clauses) {
      const named = c.article === 0 ? [] : PARTIES.filter((p) => WORDS[p]!.test(c.text));
      const expected = [...new Set([...named, ...(BY_OBJECT[c.id] ?? [])])].sort();
      expect([...(c.parties ?? [])].sort(), c.id).toEqual(expected);
      if (c.parties) expect(c.parties.length, `${c.id} has an empty parties list instead of none`).toBeGreaterThan(0);
    }
    expect(getClause('CBIRC-2020-28/2.2')?.parties).toEqual(['poverty_office']);
    expect(getClause('HLJ-2020-47/3.2')?.parties).toEqual(['financial_affairs_offices']);
    expect(getClause('CBIRC-2020-28/2.5')?.parties).toEqual(['finance_departments', 'poverty_office']);
  });

  it('CBIRC-2020-28/4.3 is a rule (the 5万元 cap) that names the banks: 银行机构要确保应贷尽贷、应续尽续、应展尽展', () => {
    const c = getClause('CBIRC-2020-28/4.3')!;
    expect(c.kind).toBe('rule');
    expect(c.parties).toEqual(['banks']);
    expect(getClause('CBIRC-2020-28/3.2')).toMatchObject({ kind: 'rule', parties: ['banks'] }); // 鼓励有条件的银行机构
    expect(getClause('HLJ-2020-47/2.1')).toMatchObject({ kind: 'rule', parties: ['banks'] }); // 有关部门和金融机构要
  });

  it('CBIRC-2020-28/5.3 is an obligation: 明确风险补偿启动条件及流程 is a duty to set the trigger conditions', () => {
    const c = getClause('CBIRC-2020-28/5.3')!;
    expect(c.kind).toBe('obligation');
    expect(c.text).toContain('明确风险补偿启动条件及流程');
    // The sentence names the local Party committees and governments, whose support is to be sought.
    expect(c.parties).toEqual(['local_party_government']);
  });

  // Where 28号 names no bearer, the 47号 sentence that restates the duty and names one (read by hand).
  const FROM_47: Record<string, { from: string; parties: string[] }> = {
    'CBIRC-2020-28/1.1': { from: 'HLJ-2020-47/2.1', parties: ['banks'] },
    'CBIRC-2020-28/4.1': { from: 'HLJ-2020-47/3.9', parties: ['local_party_government'] },
    'CBIRC-2020-28/4.2': { from: 'HLJ-2020-47/3.9', parties: ['local_party_government'] },
    'CBIRC-2020-28/5.1': { from: 'HLJ-2020-47/3.8', parties: ['banks'] },
    'CBIRC-2020-28/6.3': { from: 'HLJ-2020-47/3.9', parties: ['local_party_government'] },
  };

  it('CBIRC-2020-28/4.1 CBIRC-2020-28/5.1 inferredParties: only on 28号 sentences, each taken from the 47号 sentence that restates the duty', () => {
    const inferred = clauses.filter((c) => c.inferredParties !== undefined);
    expect(inferred.map((c) => c.id).sort()).toEqual(Object.keys(FROM_47).sort());
    for (const c of inferred) {
      const { from, parties } = FROM_47[c.id]!;
      expect(c.document, c.id).toBe('CBIRC-2020-28');
      expect(c.inferredParties, c.id).toEqual(parties);
      for (const p of parties) {
        expect(getClause(from)!.parties, `${c.id} from ${from}`).toContain(p);
        // Inferred means not named: a party the sentence names itself is in parties, not here.
        expect(c.parties ?? [], c.id).not.toContain(p);
      }
    }
    // The restatements the map rests on say the same thing.
    expect(getClause('HLJ-2020-47/3.9')!.text).toContain('认真落实分片包干责任，坚持以乡镇为单位不断完善扶贫小额信贷主责任银行机制，实行名单制管理');
    expect(getClause('HLJ-2020-47/3.9')!.text).toContain('加大典型经验总结推广和新闻宣传力度');
    expect(getClause('HLJ-2020-47/3.8')!.text).toContain('确保扶贫小额信贷精准用于发展生产');
    expect(getClause('HLJ-2020-47/2.1')!.text).toContain('在合同期限内各项政策保持不变');
  });

  it('gives every obligation a bearer, named or taken from 47号, from the codes API.md lists', () => {
    for (const c of clauses) {
      for (const p of [...(c.parties ?? []), ...(c.inferredParties ?? [])]) expect(PARTIES, c.id).toContain(p);
      if (c.kind === 'obligation') expect([...(c.parties ?? []), ...(c.inferredParties ?? [])].length, c.id).toBeGreaterThan(0);
    }
  });

  it('HLJ-2020-47/3.5 CBIRC-2020-28/5.1 CBIRC-2020-28/5.3 English summaries say what the Chinese says', () => {
    const summary = (id: string) => getClause(id)!.summary;
    // 积极推动完善贫困户信用评级工作: improve the rating work, not raise the households' ratings.
    expect(summary('HLJ-2020-47/3.5')).toMatch(/credit-rating work/);
    expect(summary('HLJ-2020-47/3.5')).not.toMatch(/improve poor households' credit ratings/);
    // 户借、户用、户还, 精准用于贫困户及边缘人口个人发展生产, 更不能集中用于政府融资平台、生产经营企业等.
    expect(summary('CBIRC-2020-28/5.1')).toMatch(/borrowed, used and repaid by the household/);
    expect(summary('CBIRC-2020-28/5.1')).toMatch(/poor and edge households' own production/);
    expect(summary('CBIRC-2020-28/5.1')).toMatch(/still less pooled for government financing platforms/);
    // 鼓励引入保险、担保机构: an encouragement, not a duty.
    expect(summary('CBIRC-2020-28/5.3')).toMatch(/encourage bringing in insurers and guarantors/);
    expect(summary('CBIRC-2020-28/3.2')).toMatch(/encouraged to lower the interest rate/);
  });

  it('marks headings and the preambles as principles', () => {
    for (const c of clauses.filter((x) => x.sentence === 0 || x.article === 0)) expect(c.kind, c.id).toBe('principle');
  });

  it('names only existing clauses in the rules registry, and every rule clause is used by a rule', () => {
    const used = new Set(rules.flatMap((r) => r.clauseIds));
    for (const id of used) expect(getClause(id), id).toBeDefined();
    for (const c of clauses.filter((x) => x.kind === 'rule')) expect(used.has(c.id), c.id).toBe(true);
  });

  it('gives every clause an English summary, and no summary is left without its clause', () => {
    for (const c of clauses) expect(c.summary, c.id).toMatch(/[A-Za-z]/);
    expect(Object.keys(summaries).sort()).toEqual(clauses.map((c) => c.id).sort());
  });

  it('is frozen, so no caller can rewrite the law', () => {
    expect(Object.isFrozen(clauses)).toBe(true);
    expect(Object.isFrozen(clauses[0])).toBe(true);
  });

  it('cite quotes a clause whole or in part, and refuses a clause that does not exist, words it does not contain, or no words', () => {
    expect(cite('CBIRC-2020-28/4.3').quote).toBe(getClause('CBIRC-2020-28/4.3')!.text);
    expect(cite('CBIRC-2020-28/4.3', '应贷尽贷')).toEqual({ document: 'CBIRC-2020-28', clauseId: 'CBIRC-2020-28/4.3', quote: '应贷尽贷' });
    expect(Object.isFrozen(cite('CBIRC-2020-28/4.3', '应贷尽贷'))).toBe(true);
    expect(() => cite('CBIRC-2020-28/99.1')).toThrow(/no clause CBIRC-2020-28\/99.1/);
    expect(() => cite('CBIRC-2020-28/4.3', '应贷尽贷。')).toThrow(/is not in CBIRC-2020-28\/4.3/);
    expect(() => cite('CBIRC-2020-28/4.3', '')).toThrow(/empty quote/);
    expect(() => cite('CBIRC-2020-28/4.3', ' ')).toThrow(/empty quote/);
  });
});
