// 28号 五 monitoring: src/rules/monitoring.ts through monitorPortfolio.
import { describe, expect, it } from 'vitest';
import { monitorPortfolio, PolicyInputError } from 'fupin-xindai';
import { findingOf, loan, poor } from '../helpers/fixtures.js';

const households = [poor({ id: 'a1', region: 'A' }), poor({ id: 'b1', region: 'B' }), poor({ id: 'n1' })];
const loans = [
  loan({ id: 'a-1', householdId: 'a1', outstanding: '10000', maturityDate: '2021-03-31', overdueDays: 30, classification: 'substandard' }),
  loan({ id: 'a-2', householdId: 'a1', outstanding: '30000', maturityDate: '2021-04-01', classification: 'special_mention', usedBy: 'cooperative' }),
  loan({ id: 'a-3', householdId: 'a1', outstanding: '99999', status: 'closed', overdueDays: 400 }),
  loan({ id: 'b-1', householdId: 'b1', outstanding: '20000.00', maturityDate: '2023-01-01', purpose: '入股分红' }),
  loan({ id: 'x-1', householdId: 'n1', outstanding: '5000', region: 'C' }),
  loan({ id: 'u-1', householdId: 'nobody', outstanding: '1.00' }),
];
const asOf = '2021-01-01'; // + 90 days = 2021-04-01

describe('monitorPortfolio figures', () => {
  it('CBIRC-2020-28/5.2 groups active loans by loan region, else household region, else unknown', () => {
    const r = monitorPortfolio(households, loans, { asOf });
    expect(r.regions.map((x) => [x.region, x.activeLoans, x.outstanding])).toEqual([
      ['A', 2, '40000.00'],
      ['B', 1, '20000.00'],
      ['C', 1, '5000.00'],
      ['unknown', 1, '1.00'],
    ]);
  });

  it('CBIRC-2020-28/5.2 measures maturing-soon, overdue, enterprise-use, NPL and special-mention balances', () => {
    const a = monitorPortfolio(households, loans, { asOf }).regions[0]!;
    expect(a).toMatchObject({
      maturingSoonOutstanding: '40000.00', // 2021-03-31 and 2021-04-01 are both within 90 days of 2021-01-01
      overdueOutstanding: '10000.00',
      enterpriseUseOutstanding: '30000.00', // usedBy cooperative
      nplOutstanding: '10000.00',
      specialMentionOutstanding: '30000.00',
      maturingSoonShare: '1.0000',
      overdueShare: '0.2500',
      nplRatio: '0.2500',
      specialMentionShare: '0.7500',
    });
    const narrow = monitorPortfolio(households, loans, { asOf, maturityWindowDays: 89 }).regions[0]!;
    expect(narrow.maturingSoonOutstanding).toBe('10000.00');
    const b = monitorPortfolio(households, loans, { asOf }).regions[1]!;
    expect(b.enterpriseUseOutstanding).toBe('20000.00'); // purpose 入股分红
  });

  it('CBIRC-2020-28/5.2 rounds ratios half-up to four decimals, and gives 0.0000 with nothing outstanding', () => {
    const r = monitorPortfolio(
      [poor({ region: 'R' })],
      [loan({ outstanding: '3', overdueDays: 1 }), loan({ id: 'l2', outstanding: '3' }), loan({ id: 'l3', outstanding: '3' })],
      { asOf },
    );
    expect(r.regions[0]!.overdueShare).toBe('0.3333');
    const two = monitorPortfolio([poor({ region: 'R' })], [loan({ outstanding: '1', overdueDays: 1 }), loan({ id: 'l2', outstanding: '15999' })], { asOf });
    expect(two.regions[0]!.overdueShare).toBe('0.0001'); // 0.0000625 rounds up
    const zero = monitorPortfolio([poor({ region: 'Z' })], [loan({ outstanding: '0' })], { asOf });
    expect(zero.regions[0]!).toMatchObject({ maturingSoonShare: '0.0000', overdueShare: '0.0000', nplRatio: '0.0000', specialMentionShare: '0.0000' });
  });
});

describe('monitorPortfolio flags', () => {
  it('CBIRC-2020-28/5.2 flags nothing without thresholds: the notice names no numbers', () => {
    const r = monitorPortfolio(households, loans, { asOf });
    expect(r.regions.every((x) => x.flags.length === 0)).toBe(true);
    expect(r.findings.map((f) => f.outcome)).toEqual(['not_applicable', 'not_applicable', 'not_applicable', 'not_applicable', 'not_applicable']);
    expect(r.findings[0]!.message.en).toContain('no threshold');
  });

  it('CBIRC-2020-28/5.2 flags a region whose figure reaches a threshold (>=), not one just below', () => {
    const at = monitorPortfolio(households, loans, {
      asOf,
      thresholds: { overdueShare: '0.25', nplRatio: '0.2501', enterpriseUseOutstanding: '20000', specialMentionShare: 0.75, maturingSoonShare: 1 },
    });
    const a = at.regions[0]!;
    expect(a.flags.map((f) => f.ruleId)).toEqual([
      'monitoring.concentrated_maturity',
      'monitoring.overdue',
      'monitoring.enterprise_use',
      'monitoring.special_mention',
    ]);
    for (const f of a.flags) {
      expect(f.outcome).toBe('advisory');
      expect(f.citations[0]!.clauseId).toBe('CBIRC-2020-28/5.2');
    }
    expect(at.regions[1]!.flags.map((f) => f.ruleId)).toEqual(['monitoring.enterprise_use']);
    expect(findingOf(at, 'monitoring.enterprise_use').facts).toMatchObject({ regionsFlagged: 2, regions: 'A、B' });
    expect(findingOf(at, 'monitoring.npl').outcome).toBe('pass');
  });

  it('CBIRC-2020-28/5.2 quotes the words for each figure', () => {
    const r = monitorPortfolio(households, loans, { asOf, thresholds: { nplRatio: 0 } });
    expect(findingOf(r, 'monitoring.npl').citations[0]!.quote).toBe('不良贷款率较高');
  });
});

describe('monitorPortfolio input', () => {
  it('requires asOf and rejects duplicate ids', () => {
    const issues = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as PolicyInputError).issues.map((i) => `${i.path}:${i.code}`);
      }
      return [];
    };
    expect(issues(() => monitorPortfolio([], [], {} as never))).toEqual(['options.asOf:required']);
    expect(issues(() => monitorPortfolio([poor(), poor()], [loan(), loan()], { asOf }))).toEqual(['households[1].id:range', 'loans[1].id:range']);
    expect(issues(() => monitorPortfolio([], [], { asOf, maturityWindowDays: -1, thresholds: { nplRatio: 2 } }))).toEqual([
      'options.maturityWindowDays:range',
      'options.thresholds.nplRatio:range',
    ]);
  });

  it('requires asOf without options at all, and reports a bad asOf once, as a date', () => {
    const issues = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as PolicyInputError).issues.map((i) => `${i.path}:${i.code}:${i.message}`);
      }
      return [];
    };
    expect(issues(() => (monitorPortfolio as (h: unknown, l: unknown) => unknown)([], []))).toEqual([
      'options.asOf:required:is required: the date of the report',
    ]);
    expect(issues(() => monitorPortfolio([], [], { asOf: '2021-02-30' })).map((x) => x.split(':').slice(0, 2).join(':'))).toEqual(['options.asOf:date']);
    expect(issues(() => monitorPortfolio([poor({ id: 'same-id' }), poor({ id: 'same-id' })], [], { asOf }))).toEqual([
      "households[1].id:range:duplicates households[0].id ('same-id')",
    ]);
  });
});

describe('monitorPortfolio details', () => {
  it('CBIRC-2020-28/5.2 counts a loan maturing on the report date, not one the day before, nor one past the window', () => {
    const r = (maturityDate: string, maturityWindowDays?: number) =>
      monitorPortfolio([poor({ region: 'R' })], [loan({ maturityDate, contractDate: '2019-01-01' })], {
        asOf,
        ...(maturityWindowDays === undefined ? {} : { maturityWindowDays }),
      }).regions[0]!.maturingSoonOutstanding;
    expect([r('2021-01-01'), r('2020-12-31'), r('2021-04-01'), r('2021-04-02'), r('2021-01-01', 0), r('2021-01-02', 0)]).toEqual([
      '30000.00',
      '0.00',
      '30000.00',
      '0.00',
      '30000.00',
      '0.00',
    ]);
  });

  it('CBIRC-2020-28/5.2 counts enterprise use by who uses the money or by a handed-over purpose, not a household using it', () => {
    const r = (fields: Parameters<typeof loan>[0]) => monitorPortfolio([poor({ region: 'R' })], [loan(fields)], { asOf }).regions[0]!.enterpriseUseOutstanding;
    expect([r({ usedBy: 'household' }), r({ usedBy: 'enterprise' }), r({}), r({ purpose: '养牛' }), r({ usedBy: 'household', purpose: '入股分红' })]).toEqual([
      '0.00',
      '30000.00',
      '0.00',
      '0.00',
      '30000.00',
    ]);
  });

  it('CBIRC-2020-28/5.2 lists regions in order whatever order the loans come in', () => {
    const r = monitorPortfolio(
      [poor({ id: 'z', region: 'Z' }), poor({ id: 'a', region: 'A' })],
      [loan({ id: 'l1', householdId: 'z' }), loan({ id: 'l2', householdId: 'a' })],
      { asOf },
    );
    expect(r.regions.map((x) => x.region)).toEqual(['A', 'Z']);
  });

  it('CBIRC-2020-28/5.2 says in each flag the region, the figure, its value and the threshold', () => {
    const r = monitorPortfolio(households, loans, { asOf, thresholds: { overdueShare: '0.25', enterpriseUseOutstanding: '20000' } });
    const [overdue, enterprise] = r.regions[0]!.flags;
    expect(overdue).toMatchObject({ facts: { region: 'A', metric: 'overdueShare', value: '0.2500', threshold: '0.25', exact: '0.25' } });
    expect(overdue!.message).toEqual({
      zh: 'A地区逾期贷款占比为0.2500，达到阈值0.25，须重点关注、加强分析研判。',
      en: 'Region A: overdue share is 0.2500, reaching the threshold of 0.25; it needs attention and analysis.',
    });
    expect(enterprise!.facts).toMatchObject({ metric: 'enterpriseUseOutstanding', value: '30000.00', threshold: '20000' });
    expect(findingOf(r, 'monitoring.enterprise_use').message).toEqual({
      zh: '2个地区的户贷企用余额达到阈值20000：A、B。',
      en: '2 region(s) reach the enterprise-use balance threshold of 20000: A, B.',
    });
  });

  it('CBIRC-2020-28/5.2 cannot monitor a date before 28号 applies: bad input, not an empty report', () => {
    expect(() => monitorPortfolio(households, loans, { asOf: '2020-06-28', thresholds: { overdueShare: 0, nplRatio: 0 } })).toThrow(
      /options\.asOf.*2020-06-29/,
    );
    expect(
      monitorPortfolio(households, loans, { asOf: '2020-06-29', thresholds: { overdueShare: 0, nplRatio: 0 } }).regions.flatMap((x) => x.flags).length,
    ).toBeGreaterThan(0);
  });
});
