// 28号 五 monitoring: src/rules/monitoring.ts through monitorPortfolio.
import { describe, expect, it } from 'vitest';
import { monitorPortfolio, PolicyInputError } from 'fupin-xindai';
import { cited, findingOf, issuesOf, loan, poor } from '../helpers/fixtures.js';

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
    expect(r.findings.map((f) => [f.ruleId, f.outcome])).toEqual([
      ['monitoring.concentrated_maturity', 'not_applicable'],
      ['monitoring.overdue', 'not_applicable'],
      ['monitoring.enterprise_use', 'not_applicable'],
      ['monitoring.not_for_production', 'not_applicable'],
      ['monitoring.npl', 'not_applicable'],
      ['monitoring.special_mention', 'not_applicable'],
      ['monitoring.lead_bank', 'not_applicable'],
    ]);
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

describe('monitorPortfolio: maturing soon by the real due date (issue 15)', () => {
  const soon = (fields: Parameters<typeof loan>[0]) =>
    monitorPortfolio([poor({ region: 'R' })], [loan({ contractDate: '2019-09-30', ...fields })], { asOf }).regions[0]!.maturingSoonOutstanding;

  it('CBIRC-2020-28/5.2 counts a loan deferred into the window (集中还款压力 at 2021-03-31), though its maturity has passed', () => {
    // Matured 2020-09-30, deferred to 2021-03-31 (28号 三): it falls due within 90 days of 2021-01-01.
    expect(soon({ maturityDate: '2020-09-30', deferredTo: '2021-03-31', covidRepaymentDifficulty: true })).toBe('30000.00');
    expect(soon({ maturityDate: '2020-09-30' })).toBe('0.00');
  });

  it('CBIRC-2020-28/5.2 does not count a loan maturing in the window but deferred beyond it', () => {
    expect(soon({ maturityDate: '2021-02-01', deferredTo: '2021-06-30', covidRepaymentDifficulty: true })).toBe('0.00');
    expect(soon({ maturityDate: '2021-02-01', deferredTo: '2021-02-01' })).toBe('30000.00');
  });

  it('CBIRC-2020-28/5.2 takes the recorded deferral even where it is unlawful (that is the deferral rule’s finding) and the window ends inclusive', () => {
    // No epidemic difficulty recorded, so 28号 三 grants nothing; the money is still due on the recorded date.
    expect(soon({ maturityDate: '2020-08-01', deferredTo: '2021-04-01' })).toBe('30000.00');
    expect(soon({ maturityDate: '2020-08-01', deferredTo: '2021-04-02' })).toBe('0.00');
    expect(soon({ maturityDate: '2020-08-01', deferredTo: '2020-12-31' })).toBe('0.00');
  });
});

describe('monitorPortfolio: 户贷企用等未直接用于贫困户发展生产 (issue 15)', () => {
  const figures = (fields: Parameters<typeof loan>[0]) => {
    const r = monitorPortfolio([poor({ region: 'R' })], [loan(fields)], { asOf }).regions[0]!;
    return [r.enterpriseUseOutstanding, r.notForProductionOutstanding, r.needsReviewOutstanding];
  };

  it('CBIRC-2020-28/5.2 counts every prohibited purpose as not for production, enterprise use among them', () => {
    expect(figures({ purpose: '给儿子办婚事' })).toEqual(['0.00', '30000.00', '0.00']);
    expect(figures({ purpose: '盖房子' })).toEqual(['0.00', '30000.00', '0.00']);
    expect(figures({ purpose: '借给别人收利息' })).toEqual(['0.00', '30000.00', '0.00']);
    expect(figures({ purpose: '看病' })).toEqual(['0.00', '30000.00', '0.00']);
    expect(figures({ purpose: 'household_goods' })).toEqual(['0.00', '30000.00', '0.00']);
    expect(figures({ purpose: '入股分红' })).toEqual(['30000.00', '30000.00', '0.00']);
    expect(figures({ purpose: 'government_financing_platform' })).toEqual(['30000.00', '30000.00', '0.00']);
  });

  it('CBIRC-2020-28/5.2 counts funds an enterprise uses as not for production, whatever the purpose says', () => {
    expect(figures({ purpose: '养牛', usedBy: 'cooperative' })).toEqual(['30000.00', '30000.00', '0.00']);
    expect(figures({ usedBy: 'enterprise' })).toEqual(['30000.00', '30000.00', '0.00']);
  });

  it("CBIRC-2020-28/5.1 CBIRC-2020-28/5.2 counts a loan someone else borrowed in the household's name as 户贷企用", () => {
    expect(figures({ purpose: '养牛', borrowedBy: 'enterprise' })).toEqual(['30000.00', '30000.00', '0.00']);
    expect(figures({ purpose: '养牛', borrowedBy: 'household' })).toEqual(['0.00', '0.00', '0.00']);
  });

  it('CBIRC-2020-28/5.2 counts neither production nor an absent purpose; an unrecognised one needs review', () => {
    expect(figures({ purpose: '养牛' })).toEqual(['0.00', '0.00', '0.00']);
    expect(figures({ purpose: 'production', usedBy: 'household' })).toEqual(['0.00', '0.00', '0.00']);
    expect(figures({})).toEqual(['0.00', '0.00', '0.00']);
    expect(figures({ purpose: '其他' })).toEqual(['0.00', '0.00', '30000.00']);
    expect(figures({ purpose: '其他', usedBy: 'enterprise' })).toEqual(['30000.00', '30000.00', '30000.00']);
  });

  it('CBIRC-2020-28/5.2 sums by region over active loans only', () => {
    const r = monitorPortfolio(households, loans, { asOf });
    // a-2 (usedBy cooperative) in A; b-1 (入股分红) in B; the closed a-3 is left out.
    expect(r.regions.map((x) => [x.region, x.notForProductionOutstanding, x.needsReviewOutstanding])).toEqual([
      ['A', '30000.00', '0.00'],
      ['B', '20000.00', '0.00'],
      ['C', '0.00', '0.00'],
      ['unknown', '0.00', '0.00'],
    ]);
  });

  it('CBIRC-2020-28/5.2 flags a region whose balance not for production reaches its threshold, quoting 户贷企用等', () => {
    const portfolio = [loan({ id: 'm', purpose: '给儿子办婚事', outstanding: '20000' }), loan({ id: 'e', purpose: '入股分红', outstanding: '10000' })];
    const at = (threshold: string) => monitorPortfolio([poor({ region: 'R' })], portfolio, { asOf, thresholds: { notForProductionOutstanding: threshold } });
    const reached = at('30000');
    expect(reached.regions[0]!.flags.map((f) => [f.ruleId, f.outcome, f.facts?.value])).toEqual([['monitoring.not_for_production', 'advisory', '30000.00']]);
    expect(reached.regions[0]!.flags[0]!.citations[0]!.quote).toBe('存量“户贷企用”等未直接用于贫困户发展生产的扶贫小额信贷余额较大地区');
    expect(findingOf(reached, 'monitoring.not_for_production').outcome).toBe('advisory');
    const below = at('30000.01');
    expect(below.regions[0]!.flags).toEqual([]);
    expect(findingOf(below, 'monitoring.not_for_production').outcome).toBe('pass');
    // The enterprise-use threshold still watches 户贷企用 alone (10,000 here).
    const enterprise = monitorPortfolio([poor({ region: 'R' })], portfolio, { asOf, thresholds: { enterpriseUseOutstanding: '10000.01' } });
    expect(enterprise.regions[0]!.flags).toEqual([]);
  });

  it('refuses a bad threshold for the balance not for production, by its path', () => {
    expect(issuesOf(() => monitorPortfolio([], [], { asOf, thresholds: { notForProductionOutstanding: '-1' } })).map((i) => i.path)).toEqual([
      'options.thresholds.notForProductionOutstanding',
    ]);
  });
});

describe('monitorPortfolio: the lead bank of each region (主责任银行, 名单制管理; issue 15)', () => {
  const hh = [poor({ id: 'a', region: 'A' }), poor({ id: 'b', region: 'B' }), poor({ id: 'c', region: 'C' })];
  const book = [
    loan({ id: 'a1', householdId: 'a', lender: '农业银行' }),
    loan({ id: 'a2', householdId: 'a', lender: '邮储银行' }),
    loan({ id: 'a3', householdId: 'a' }),
    loan({ id: 'b1', householdId: 'b', lender: '农业银行' }),
    loan({ id: 'c1', householdId: 'c', lender: '农村信用社' }),
    loan({ id: 'd1', householdId: 'c', region: 'D', status: 'closed' }),
    loan({ id: 'x1', householdId: 'nobody', lender: '农业银行' }),
  ];
  const leadBanks = { A: '农业银行', B: '建设银行', D: '农业银行' };
  const leadFindings = (r: ReturnType<typeof monitorPortfolio>) => r.findings.filter((f) => f.ruleId === 'monitoring.lead_bank');

  it('CBIRC-2020-28/4.1 without a register judges nothing and reports no lead bank', () => {
    const r = monitorPortfolio(hh, book, { asOf });
    expect(r.regions.map((x) => [x.leadBank, x.leadBankShare])).toEqual([
      [null, null],
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(leadFindings(r).map((f) => [f.outcome, f.facts])).toEqual([['not_applicable', { register: false }]]);
  });

  it('CBIRC-2020-28/4.1 HLJ-2020-47/3.9 a region with active loans and no lead bank gets a failed finding, in findings not flags', () => {
    const r = monitorPortfolio(hh, book, { asOf, leadBanks });
    // C and the loans of no region have none; D has one but no active loan, so nothing is said of it.
    expect(leadFindings(r).map((f) => [f.outcome, f.facts?.region, f.facts?.activeLoans])).toEqual([
      ['fail', 'C', 1],
      ['fail', 'unknown', 1],
    ]);
    expect(r.regions.every((x) => x.flags.length === 0)).toBe(true);
    const c = leadFindings(r)[0]!;
    expect(cited(c)).toEqual(['CBIRC-2020-28/4.1', 'HLJ-2020-47/3.9']);
    expect(c.citations.map((x) => x.quote)).toEqual([
      '坚持以乡镇为单位不断完善扶贫小额信贷主责任银行机制，实行名单制管理',
      '坚持以乡镇为单位不断完善扶贫小额信贷主责任银行机制，实行名单制管理',
    ]);
    expect(c.message).toEqual({
      zh: 'C地区有1笔在贷扶贫小额信贷，但主责任银行名单中没有该地区的主责任银行。',
      en: 'Region C has 1 active microloan(s) but no lead bank (主责任银行) in the register.',
    });
    expect(cited(leadFindings(monitorPortfolio(hh, book, { asOf, leadBanks, jurisdiction: 'national' }))[0]!)).toEqual(['CBIRC-2020-28/4.1']);
  });

  it('CBIRC-2020-28/4.1 reports each region’s lead bank and the share of its active loans that bank made, never judging the share', () => {
    const r = monitorPortfolio(hh, book, { asOf, leadBanks });
    expect(r.regions.map((x) => [x.region, x.leadBank, x.leadBankShare])).toEqual([
      ['A', '农业银行', '0.3333'], // one of three: another bank's, and one with no lender recorded, are not the lead bank's
      ['B', '建设银行', '0.0000'], // a lead bank that made none of the loans is still a lead bank: no finding
      ['C', null, null],
      ['unknown', null, null],
    ]);
  });

  it('CBIRC-2020-28/4.1 passes once when every region with active loans has a lead bank', () => {
    const r = monitorPortfolio(hh.slice(0, 2), book.slice(0, 4), { asOf, leadBanks });
    expect(leadFindings(r).map((f) => [f.outcome, f.facts?.regionsWithoutLeadBank])).toEqual([['pass', 0]]);
    expect(r.regions.map((x) => x.leadBankShare)).toEqual(['0.3333', '0.0000']);
  });

  it('refuses a register that is not region: bank, naming each bad entry', () => {
    const paths = (leadBanks: unknown) => issuesOf(() => monitorPortfolio([], [], { asOf, leadBanks } as never)).map((i) => `${i.path}:${i.code}`);
    expect(paths({ ' ': '农业银行', A: '', B: 3, C: '建设银行' })).toEqual([
      'options.leadBanks. :required',
      'options.leadBanks.A:required',
      'options.leadBanks.B:type',
    ]);
    expect(paths(['A'])).toEqual(['options.leadBanks:type']);
    expect(paths('A,农业银行')).toEqual(['options.leadBanks:type']);
    expect(monitorPortfolio([], [], { asOf, leadBanks: null }).findings.at(-1)!.outcome).toBe('not_applicable');
    const throwing = Object.defineProperty({ A: '农业银行' }, 'B', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(issuesOf(() => monitorPortfolio([], [], { asOf, leadBanks: throwing })).map((i) => `${i.path}:${i.code}`)).toEqual(['options.leadBanks.B:type']);
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(paths(trap)).toEqual(['options.leadBanks:type']);
  });

  it('reads the lender of a loan, and refuses a blank one', () => {
    expect(issuesOf(() => monitorPortfolio([], [loan({ lender: ' ' })], { asOf })).map((i) => `${i.path}:${i.code}`)).toEqual(['loans[0].lender:required']);
  });
});
