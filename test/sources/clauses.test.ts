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

  it('gives obligations their parties, from the codes API.md lists, and nothing else parties', () => {
    for (const c of clauses) {
      if (c.kind === 'obligation') {
        expect(c.parties?.length, c.id).toBeGreaterThan(0);
        for (const p of c.parties!) expect(PARTIES).toContain(p);
      } else {
        expect(c.parties, c.id).toBeUndefined();
      }
    }
    expect(getClause('CBIRC-2020-28/2.2')?.parties).toEqual(['poverty_office']);
    expect(getClause('HLJ-2020-47/3.2')?.parties).toEqual(['financial_affairs_offices']);
    expect(getClause('CBIRC-2020-28/2.5')?.parties).toEqual(['finance_departments', 'poverty_office']);
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
