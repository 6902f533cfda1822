import { describe, expect, it } from 'vitest';
import { clauses, getClause, obligationsOf, PARTY_CODES, PolicyInputError } from 'fupin-xindai';

const ids = (cs: { id: string }[]) => cs.map((c) => c.id);

describe('obligationsOf', () => {
  it('lists what the poverty office must do, in reading order, verbatim', () => {
    const got = obligationsOf('poverty_office');
    expect(ids(got)).toEqual(['HLJ-2020-47/3.1', 'HLJ-2020-47/3.3', 'HLJ-2020-47/3.6', 'CBIRC-2020-28/2.2', 'CBIRC-2020-28/2.5', 'CBIRC-2020-28/6.1']);
    expect(got[3]!.text).toBe('扶贫部门负责认定并主动提供边缘人口名单。');
  });

  it("CBIRC-2020-28/4.3 the banks' 应贷尽贷、应续尽续、应展尽展 is theirs in both jurisdictions, though the sentence is a rule", () => {
    for (const jurisdiction of ['national', 'HLJ'] as const) {
      const got = obligationsOf('banks', { jurisdiction });
      const c = got.find((x) => x.id === 'CBIRC-2020-28/4.3');
      expect(c, jurisdiction).toBeDefined();
      expect(c!.kind).toBe('rule');
      expect(c!.text).toContain('银行机构要确保应贷尽贷、应续尽续、应展尽展');
    }
  });

  it('CBIRC-2020-28/2.3 CBIRC-2020-28/3.1 CBIRC-2020-28/5.2 gives the banks every 28号 sentence addressed to them under the national jurisdiction, and only 28号', () => {
    expect(ids(obligationsOf('banks', { jurisdiction: 'national' }))).toEqual([
      'CBIRC-2020-28/2.3', // 督促银行机构及时、精准、规范向边缘人口发放
      'CBIRC-2020-28/3.1', // 将还款期限进一步延长至2021年3月底 (only the lender extends)
      'CBIRC-2020-28/3.2', // 鼓励有条件的银行机构适当降低延期期间贷款利率
      'CBIRC-2020-28/4.2', // 配合银行机构做好……工作
      'CBIRC-2020-28/4.3', // 银行机构要确保应贷尽贷
      'CBIRC-2020-28/5.2', // 监测分析: 不良贷款率、关注类贷款占比
    ]);
  });

  it('CBIRC-2020-28/1.1 CBIRC-2020-28/5.1 in Heilongjiang adds 47号 and the 28号 sentences whose bearer 47号 names', () => {
    expect(ids(obligationsOf('banks'))).toEqual([
      'HLJ-2020-47/2.1', // 有关部门和金融机构要全面贯彻落实《通知》要求
      'HLJ-2020-47/2.3',
      'HLJ-2020-47/2.4',
      'HLJ-2020-47/3.4',
      'HLJ-2020-47/3.8',
      'HLJ-2020-47/3.9',
      'CBIRC-2020-28/1.1', // bearer from HLJ-2020-47/2.1 (金融机构)
      'CBIRC-2020-28/2.3',
      'CBIRC-2020-28/3.1',
      'CBIRC-2020-28/3.2',
      'CBIRC-2020-28/4.2',
      'CBIRC-2020-28/4.3',
      'CBIRC-2020-28/5.1', // bearer from HLJ-2020-47/3.8 (确保扶贫小额信贷精准用于发展生产)
      'CBIRC-2020-28/5.2',
    ]);
    expect(getClause('CBIRC-2020-28/5.1')).toMatchObject({ inferredParties: ['banks'] });
    expect(getClause('CBIRC-2020-28/5.1')!.parties).toBeUndefined();
  });

  it('CBIRC-2020-28/4.1 CBIRC-2020-28/6.3 a 28号 duty whose bearer only 47号 names binds that bearer in Heilongjiang, not nationally', () => {
    expect(ids(obligationsOf('local_party_government', { jurisdiction: 'national' }))).toEqual(['CBIRC-2020-28/5.3', 'CBIRC-2020-28/6.2']);
    expect(ids(obligationsOf('local_party_government', { jurisdiction: 'HLJ' }))).toEqual([
      'HLJ-2020-47/3.9',
      'CBIRC-2020-28/4.1',
      'CBIRC-2020-28/4.2',
      'CBIRC-2020-28/5.3',
      'CBIRC-2020-28/6.2',
      'CBIRC-2020-28/6.3',
    ]);
    const c = obligationsOf('local_party_government').find((x) => x.id === 'CBIRC-2020-28/4.1')!;
    expect(c.parties).toBeUndefined();
    expect(c.inferredParties).toEqual(['local_party_government']);
  });

  it('CBIRC-2020-28/5.3 the duty to set risk compensation trigger conditions is an obligation, listed under the party it names', () => {
    const c = obligationsOf('local_party_government', { jurisdiction: 'national' }).find((x) => x.id === 'CBIRC-2020-28/5.3')!;
    expect(c.kind).toBe('obligation');
    expect(c.text).toContain('明确风险补偿启动条件及流程');
  });

  it('returns only clauses naming the party (or, in Heilongjiang, inferred for it), and every such clause', () => {
    for (const party of PARTY_CODES) {
      const national = obligationsOf(party, { jurisdiction: 'national' });
      const hlj = obligationsOf(party, { jurisdiction: 'HLJ' });
      for (const c of national) expect(c.document === 'CBIRC-2020-28' && c.parties?.includes(party), `${party} ${c.id}`).toBe(true);
      for (const c of hlj) expect([...(c.parties ?? []), ...(c.inferredParties ?? [])], `${party} ${c.id}`).toContain(party);
      // Every clause naming the party is there: nationally 28号's, in Heilongjiang both notices'.
      const naming = clauses.filter((c) => c.parties?.includes(party));
      expect(ids(hlj)).toEqual(expect.arrayContaining(ids(naming)));
      expect(ids(national)).toEqual(ids(naming.filter((c) => c.document === 'CBIRC-2020-28')));
      expect(hlj.length, party).toBeGreaterThan(0);
    }
  });

  it('covers every obligation clause through some party in Heilongjiang', () => {
    const covered = new Set(PARTY_CODES.flatMap((p) => ids(obligationsOf(p))));
    for (const c of clauses.filter((x) => x.kind === 'obligation')) expect(covered.has(c.id), c.id).toBe(true);
  });

  it('rejects an unknown party code', () => {
    expect(() => obligationsOf('bank' as never)).toThrow(PolicyInputError);
    try {
      obligationsOf('bank' as never);
    } catch (e) {
      expect((e as PolicyInputError).issues[0]).toMatchObject({ path: 'party', code: 'enum' });
    }
  });
});
