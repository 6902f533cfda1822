import { describe, expect, it } from 'vitest';
import { clauses, obligationsOf, PARTY_CODES, PolicyInputError } from 'fupin-xindai';

describe('obligationsOf', () => {
  it('lists what the poverty office must do, in reading order, verbatim', () => {
    const got = obligationsOf('poverty_office');
    expect(got.map((c) => c.id)).toEqual([
      'HLJ-2020-47/3.1',
      'HLJ-2020-47/3.3',
      'HLJ-2020-47/3.6',
      'CBIRC-2020-28/2.2',
      'CBIRC-2020-28/2.5',
      'CBIRC-2020-28/6.1',
    ]);
    expect(got[3]!.text).toBe('扶贫部门负责认定并主动提供边缘人口名单。');
  });

  it('gives only 28号 under the national jurisdiction', () => {
    expect(obligationsOf('banks', { jurisdiction: 'national' }).map((c) => c.id)).toEqual(['CBIRC-2020-28/5.2']);
    expect(obligationsOf('banks').map((c) => c.id)).toEqual(['HLJ-2020-47/2.4', 'HLJ-2020-47/3.8', 'CBIRC-2020-28/5.2']);
  });

  it('covers every obligation clause through some party, and every party has duties', () => {
    const covered = new Set(PARTY_CODES.flatMap((p) => obligationsOf(p).map((c) => c.id)));
    expect([...covered].sort()).toEqual(
      clauses
        .filter((c) => c.kind === 'obligation')
        .map((c) => c.id)
        .sort(),
    );
    for (const p of PARTY_CODES) expect(obligationsOf(p).length, p).toBeGreaterThan(0);
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
