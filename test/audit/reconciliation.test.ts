// The audit reconciles with the library: on generated portfolios, for each jurisdiction, each
// interpretation value and decision dates on both sides of every rule-period boundary, every summary
// figure equals the tally of the public functions called record by record, every counted item has its
// finding, and every finding the audit reports is one a public function gives for that record.
import { describe, expect, it } from 'vitest';
import {
  checkEligibility,
  checkHouseholdUse,
  classifyUsage,
  computeDeferralDeadline,
  computeMaxTopUp,
  type Finding,
  type Household,
  type Interpretations,
  type Jurisdiction,
  type Loan,
  monitorPortfolio,
  type RegionReport,
  PolicyInputError,
  type RiskCompensationPolicy,
  riskCompensationTrigger,
  rules,
} from 'fupin-xindai';
import { Decimal } from 'decimal.js';
import {
  type AuditFinding,
  type InvalidRow,
  PortfolioAudit,
  readAuditLeadBanks,
  readAuditOptions,
  readAuditThresholds,
  readPolicySet,
} from '../../src/audit/index.js';

/** mulberry32: a small seeded generator, so a failing portfolio can be made again. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return { next, pick, chance: (p: number) => next() < p };
}

const REGIONS = ['230183', '230184', '230185'];
const PURPOSES = [
  '养殖肉牛',
  '种植玉米',
  '买化肥种子',
  '盖房子',
  '给儿子办婚事',
  '交给合作社统一经营，年底分红',
  '投入村里的公司入股分红',
  '借给别人收利息',
  '其他',
  '看病',
];
const DATES = [
  '2019-06-15',
  '2019-12-31',
  '2020-01-01',
  '2020-03-15',
  '2020-06-30',
  '2020-08-31',
  '2020-12-31',
  '2021-01-01',
  '2021-03-31',
  '2021-04-01',
  '2021-09-30',
  '2022-05-20',
];
const DEFERRALS = [null, '2020-09-30', '2021-03-31', '2021-06-30', '2021-09-30', '2021-12-31'];
const USERS = ['household', 'enterprise', 'cooperative', 'government_platform', 'other'] as const;
const BANKS = ['农业银行', '邮储银行', '农村信用社'];

/** A county's portfolio, concentrated where rules turn: totals around the cap, dates around the windows. */
function portfolio(seed: number): { households: Household[]; loans: Loan[] } {
  const g = generator(seed);
  const households: Household[] = [];
  for (let i = 0; i < 40; i++) {
    const status = g.pick(['registered_poor', 'registered_poor', 'monitored_edge', 'none'] as const);
    households.push({
      id: `H${i}`,
      povertyStatus: status,
      onPovertyOfficeList: g.chance(0.85),
      ...(status === 'monitored_edge' ? { hasIndustrialDevelopmentConditions: g.chance(0.8), hasLaborCapacity: g.chance(0.8) } : {}),
      ...(g.chance(0.9) ? { region: g.pick(REGIONS) } : {}),
    });
  }
  const loans: Loan[] = [];
  for (let i = 0; i < 110; i++) {
    const h = g.pick(households);
    const contractDate = g.pick(DATES.slice(0, 8));
    const later = DATES.filter((d) => d >= contractDate);
    const maturityDate = g.pick(later);
    const deferredTo = g.pick(DEFERRALS);
    // Principal and outstanding apart, so the two cap bases disagree (principal 60,000, outstanding 10,000).
    const principal = g.pick(['10000', '20000', '30000', '50000', '60000']);
    const outstanding = g.pick(['0', '5000.5', '10000', '25000', '49999.99', principal]);
    const overdueDays = g.pick([0, 0, 0, 30, 89, 90, 91, 200]);
    loans.push({
      id: `L${i}`,
      householdId: h.id,
      kind: g.pick(['new', 'renewal', 'extension', 'top_up'] as const),
      principal,
      outstanding,
      contractDate,
      maturityDate,
      ...(deferredTo !== null && deferredTo >= maturityDate ? { deferredTo } : {}),
      // A closed loan owes nothing (a closed loan with money outstanding is a rejected row).
      ...(g.chance(0.15) ? { status: 'closed' as const, outstanding: '0' } : {}),
      ...(g.chance(0.9) ? { purpose: g.pick(PURPOSES) } : {}),
      ...(g.chance(0.25) ? { usedBy: g.pick(USERS) } : {}),
      ...(g.chance(0.2) ? { repaidBy: g.pick(USERS) } : {}),
      ...(g.chance(0.15) ? { borrowedBy: g.pick(USERS) } : {}),
      covidRepaymentDifficulty: g.chance(0.5),
      overdueDays,
      classification: overdueDays > 90 ? g.pick(['substandard', 'doubtful', 'loss'] as const) : g.pick(['normal', 'normal', 'special_mention'] as const),
      collectionAttempted: g.chance(0.7),
      ...(g.chance(0.3) ? { region: g.pick(REGIONS) } : {}),
      ...(g.chance(0.8) ? { lender: g.pick(BANKS) } : {}),
    });
  }
  return { households, loans };
}

const POLICY: { default: RiskCompensationPolicy; byRegion: Record<string, RiskCompensationPolicy> } = {
  default: { fundEstablished: true, minOverdueDays: 90, fundShare: '0.6', insurerShare: '0.1', requireCollectionAttempted: true },
  byRegion: {
    '230184': { fundEstablished: false, minOverdueDays: 60, fundShare: '0.8' },
    '230185': { fundEstablished: true, minOverdueDays: 30, fundShare: '0.5', guarantorShare: '0.25' },
  },
};
const THRESHOLDS = {
  overdueShare: '0.1',
  nplRatio: '0.05',
  maturingSoonShare: '0.2',
  enterpriseUseOutstanding: '10000',
  notForProductionOutstanding: '60000',
  specialMentionShare: '0.1',
};
/** 230185, and the loans of no region, have no lead bank. */
const LEAD_BANKS = { '230183': '农业银行', '230184': '邮储银行' };
const WINDOW = 90;

/** Each rule period's first and last day, and the days either side that the library accepts (none before 28号). */
function boundaryDates(): string[] {
  const shift = (d: string, days: number) => new Date(Date.parse(`${d}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  // The act rules' own dates matter too: the campaign's end, the deferral deadline and the latest one any loan
  // can reach (2021-09-30); and an audit long after the fact.
  const dates = new Set<string>(['2020-12-31', '2021-01-01', '2021-03-31', '2021-04-01', '2021-09-30', '2021-10-01', '2026-12-01']);
  for (const r of rules) {
    if (r.period?.from) [shift(r.period.from, -1), r.period.from].forEach((d) => dates.add(d));
    if (r.period?.to) [r.period.to, shift(r.period.to, 1)].forEach((d) => dates.add(d));
  }
  return [...dates].filter((d) => d >= '2020-06-29').sort();
}

/** Every interpretation value at least once: the defaults, then each alternative on its own and all together. */
const READINGS: Interpretations[] = [
  {},
  { capBasis: 'principal' },
  { deferralDeadline: 'march_2021' },
  { edgeHouseholdDeferral: 'excluded' },
  { topUpRefusal: 'same_as_new' },
  { capBasis: 'principal', deferralDeadline: 'march_2021', edgeHouseholdDeferral: 'excluded', topUpRefusal: 'same_as_new' },
];

interface Run {
  summary: Record<string, number | string>;
  findings: AuditFinding[];
  invalid: InvalidRow[];
  regions: RegionReport[];
  regionFindings: Finding[];
}

function audit(
  households: Household[],
  loans: Loan[],
  asOf: string,
  jurisdiction: Jurisdiction,
  interpretations: Interpretations,
  all: boolean,
  leadBanks: Record<string, string> | null = LEAD_BANKS,
): Run {
  const engine = new PortfolioAudit({
    asOf,
    jurisdiction,
    lang: 'en',
    options: readAuditOptions({ asOf, jurisdiction, interpretations }),
    policies: readPolicySet(POLICY),
    all,
    thresholds: readAuditThresholds(THRESHOLDS),
    maturityWindowDays: WINDOW,
    householdsFile: 'households.csv',
    loansFile: 'loans.csv',
    leadBanks: leadBanks === null ? null : readAuditLeadBanks(leadBanks),
  });
  const findings: AuditFinding[] = [];
  const invalid: InvalidRow[] = [];
  const emit = (item: AuditFinding | InvalidRow) => {
    if (item.type === 'finding') findings.push(item);
    else invalid.push(item);
  };
  households.forEach((h, i) => {
    engine.household({ ...h }, i + 2, emit);
  });
  loans.forEach((l, i) => {
    engine.loan({ ...l }, i + 2, emit);
  });
  const { summary, regions, regionFindings } = engine.finish(emit);
  return { summary: { ...summary }, findings, invalid, regions, regionFindings };
}

/** What the public functions say, record by record: the figures, and every finding per subject and function. */
function tally(
  households: Household[],
  loans: Loan[],
  asOf: string,
  jurisdiction: Jurisdiction,
  interpretations: Interpretations,
  leadBanks: Record<string, string> | null = LEAD_BANKS,
) {
  const options = { asOf, jurisdiction, interpretations };
  const byFunction = new Map<string, Finding[]>();
  const said = (subject: string, fn: string, findings: readonly Finding[]) => byFunction.set(`${subject} ${fn}`, [...findings]);
  const policy = (region: string) => POLICY.byRegion[region] ?? POLICY.default;
  const household = new Map(households.map((h) => [h.id, h]));
  const active = loans.filter((l) => l.status !== 'closed');
  const failedRule = (findings: readonly Finding[], ruleId: string) => findings.some((f) => f.ruleId === ruleId && f.outcome === 'fail');
  const t = {
    households: households.length,
    loans: loans.length,
    invalidRows: 0,
    activeLoans: active.length,
    eligibleHouseholds: households.filter((h) => checkEligibility(h, null, options).eligible).length,
    usageViolations: 0,
    usageNeedsReview: 0,
    overCapHouseholds: 0,
    deferralEligibleLoans: 0,
    deferralsBeyondLimit: 0,
    deferralNotGranted: 0,
    compensationTriggeredLoans: 0,
    compensationFundTotal: new Decimal(0),
    householdUseViolations: 0,
    regionsFlagged: 0,
    ...(leadBanks === null ? {} : { regionsWithoutLeadBank: 0 }),
  };
  const counted: { subject: string; ruleId: string }[] = [];
  for (const l of active) {
    const h = household.get(l.householdId)!;
    if (l.purpose !== undefined && l.purpose !== null) {
      const u = classifyUsage(l.purpose, options);
      said(l.id, 'classifyUsage', u.findings);
      if (u.permitted === false) {
        t.usageViolations++;
        counted.push({ subject: l.id, ruleId: 'usage.permitted' });
      }
      if (u.permitted === null) {
        t.usageNeedsReview++;
        counted.push({ subject: l.id, ruleId: 'usage.permitted' });
      }
    }
    const use = checkHouseholdUse(l, options);
    said(l.id, 'checkHouseholdUse', use.findings);
    if (use.compliant === false) {
      t.householdUseViolations++;
      counted.push({ subject: l.id, ruleId: use.findings.find((f) => f.outcome === 'fail')!.ruleId });
    }
    const deferral = computeDeferralDeadline(l, h, options);
    said(l.id, 'computeDeferralDeadline', deferral.findings);
    if (deferral.eligible) t.deferralEligibleLoans++;
    if (failedRule(deferral.findings, 'deferral.granted_within_limit')) {
      t.deferralsBeyondLimit++;
      counted.push({ subject: l.id, ruleId: 'deferral.granted_within_limit' });
    }
    if (failedRule(deferral.findings, 'deferral.extension_owed')) {
      t.deferralNotGranted++;
      counted.push({ subject: l.id, ruleId: 'deferral.extension_owed' });
    }
    const c = riskCompensationTrigger(l, policy(l.region ?? h.region ?? 'unknown'), options);
    said(l.id, 'riskCompensationTrigger', c.findings);
    if (c.triggered) {
      t.compensationTriggeredLoans++;
      t.compensationFundTotal = t.compensationFundTotal.plus(c.shares.fund);
    }
  }
  for (const h of households) {
    const own = active.filter((l) => l.householdId === h.id);
    if (own.length === 0) continue;
    const eligibility = checkEligibility(h, null, options);
    if (!eligibility.eligible) {
      said(h.id, 'checkEligibility', eligibility.findings);
      for (const f of eligibility.findings) if (f.outcome === 'fail') counted.push({ subject: h.id, ruleId: f.ruleId });
    }
    const topUp = computeMaxTopUp(h, own, options);
    said(h.id, 'computeMaxTopUp', topUp.findings);
    if (failedRule(topUp.findings, 'household.total_within_cap')) {
      t.overCapHouseholds++;
      counted.push({ subject: h.id, ruleId: 'household.total_within_cap' });
    }
  }
  const monitored = monitorPortfolio(households, loans, { asOf, jurisdiction, thresholds: THRESHOLDS, maturityWindowDays: WINDOW, leadBanks });
  for (const r of monitored.regions) {
    // A region's findings: its flags, and the lead-bank rule's failure for it (in the portfolio's findings, not its flags).
    const noLeadBank = monitored.findings.filter((f) => f.ruleId === 'monitoring.lead_bank' && f.outcome === 'fail' && f.facts?.region === r.region);
    said(r.region, 'monitorPortfolio', [...r.flags, ...noLeadBank]);
    if (r.flags.length > 0) {
      t.regionsFlagged++;
      counted.push({ subject: r.region, ruleId: r.flags[0]!.ruleId });
    }
    if (noLeadBank.length > 0 && t.regionsWithoutLeadBank !== undefined) {
      t.regionsWithoutLeadBank++;
      counted.push({ subject: r.region, ruleId: 'monitoring.lead_bank' });
    }
  }
  return { figures: { ...t, compensationFundTotal: t.compensationFundTotal.toFixed(2) }, byFunction, counted, monitored };
}

const JURISDICTIONS: Jurisdiction[] = ['HLJ', 'national'];
const DATES_TRIED = boundaryDates();

describe('the audit reconciles with the public functions', () => {
  it("tries dates on both sides of every rule period boundary and of the act rules' own dates", () => {
    expect(DATES_TRIED).toEqual(expect.arrayContaining(['2020-06-29', '2021-09-30', '2021-10-01']));
    expect(() => readAuditOptions({ asOf: '2020-06-28', jurisdiction: 'HLJ' })).toThrow(PolicyInputError);
  });

  for (const jurisdiction of JURISDICTIONS) {
    for (const interpretations of READINGS) {
      const name = `${jurisdiction} ${JSON.stringify(interpretations)}`;
      it(`every figure is the public functions' tally, every counted item has its finding (${name})`, () => {
        DATES_TRIED.forEach((asOf, i) => {
          const { households, loans } = portfolio(1000 * i + JURISDICTIONS.indexOf(jurisdiction) * 100 + READINGS.indexOf(interpretations));
          const run = audit(households, loans, asOf, jurisdiction, interpretations, false);
          const expected = tally(households, loans, asOf, jurisdiction, interpretations);
          expect(run.invalid, asOf).toEqual([]);
          expect(run.summary, asOf).toMatchObject(expected.figures);
          // The regions' figures (maturing soon by the real due date, not for production, needing review, lead banks) and findings.
          expect(run.regions, asOf).toStrictEqual(expected.monitored.regions);
          expect(run.regionFindings, asOf).toStrictEqual(expected.monitored.findings);
          expect(run.summary.findings, asOf).toBe(run.findings.length);
          for (const c of expected.counted) {
            expect(
              run.findings.some((f) => f.subject === c.subject && f.ruleId === c.ruleId && (f.outcome === 'fail' || f.outcome === 'advisory')),
              `${asOf} ${c.subject} ${c.ruleId}`,
            ).toBe(true);
          }
          // Nothing the library did not say: each reported finding is its function's finding for that record.
          for (const f of run.findings) {
            const from = expected.byFunction.get(`${f.subject} ${f.function}`) ?? [];
            expect(
              from.some((g) => g.ruleId === f.ruleId && g.outcome === f.outcome && g.message.en === f.message),
              `${asOf} ${f.subject} ${f.function} ${f.ruleId}`,
            ).toBe(true);
          }
        });
      });
    }
  }

  it('with every finding asked for, lists exactly what the public functions say of each record (once each)', () => {
    for (const asOf of ['2020-06-29', '2021-03-31', '2021-10-01']) {
      for (const jurisdiction of JURISDICTIONS) {
        const { households, loans } = portfolio(77);
        const run = audit(households, loans, asOf, jurisdiction, { capBasis: 'principal' }, true);
        const expected = tally(households, loans, asOf, jurisdiction, { capBasis: 'principal' });
        const key = (subject: string, fn: string, f: { ruleId: string; outcome: string }, message: string) =>
          `${subject} ${fn} ${f.ruleId} ${f.outcome} ${message}`;
        const reported = run.findings.map((f) => key(f.subject, f.function, f, f.message)).sort();
        const said: string[] = [];
        for (const [k, findings] of expected.byFunction) {
          const [subject, fn] = k.split(' ') as [string, string];
          // A household's status rules are reported once, under checkEligibility when it is not eligible.
          const already =
            fn === 'computeMaxTopUp' ? new Set((expected.byFunction.get(`${subject} checkEligibility`) ?? []).map((f) => f.ruleId)) : new Set<string>();
          for (const f of findings) if (!already.has(f.ruleId)) said.push(key(subject, fn, f, f.message.en));
        }
        expect(reported, `${asOf} ${jurisdiction}`).toEqual(said.sort());
      }
    }
  });

  it('each finding carries its subject kind, all its citations (the first as clause and quote) and its facts, as the function gave them', () => {
    const SUBJECT: Record<string, AuditFinding['subjectType']> = {
      classifyUsage: 'loan',
      checkHouseholdUse: 'loan',
      computeDeferralDeadline: 'loan',
      riskCompensationTrigger: 'loan',
      checkEligibility: 'household',
      computeMaxTopUp: 'household',
      monitorPortfolio: 'region',
    };
    const { households, loans } = portfolio(78);
    const run = audit(households, loans, '2021-03-31', 'HLJ', {}, true);
    const expected = tally(households, loans, '2021-03-31', 'HLJ', {});
    expect(new Set(run.findings.map((f) => f.function))).toEqual(new Set(Object.keys(SUBJECT)));
    expect(run.findings.some((f) => f.facts !== undefined) && run.findings.some((f) => f.facts === undefined)).toBe(true);
    for (const f of run.findings) {
      expect(f.subjectType, `${f.subject} ${f.function}`).toBe(SUBJECT[f.function]);
      const g = expected.byFunction.get(`${f.subject} ${f.function}`)?.find((x) => x.ruleId === f.ruleId);
      expect(g, `${f.subject} ${f.function} ${f.ruleId}`).toBeDefined();
      expect({ citations: f.citations, clauseId: f.clauseId, quote: f.quote, facts: f.facts }).toStrictEqual({
        citations: g!.citations,
        clauseId: g!.citations[0]!.clauseId,
        quote: g!.citations[0]!.quote,
        facts: g!.facts,
      });
      expect('facts' in f).toBe(g!.facts !== undefined);
    }
  });

  it('without every finding asked for, lists exactly the failed or advisory findings of rules whose failure is a breach or needs review, the shares of each triggered loan, and the same figures', () => {
    const severity = new Map(rules.map((r) => [r.id, r.severity]));
    const key = (f: AuditFinding) => `${f.subject} ${f.function} ${f.ruleId} ${f.outcome}`;
    for (const asOf of ['2020-06-29', '2021-03-31', '2021-10-01']) {
      const { households, loans } = portfolio(79);
      const everything = audit(households, loans, asOf, 'HLJ', {}, true);
      const reported = audit(households, loans, asOf, 'HLJ', {}, false);
      // Left out: passes, and failures of rules whose failure only informs (a deferral's conditions, a compensation's).
      expect(
        everything.findings.some((f) => f.outcome === 'fail' && severity.get(f.ruleId) === 'information'),
        asOf,
      ).toBe(true);
      expect(
        everything.findings.some((f) => f.outcome === 'pass'),
        asOf,
      ).toBe(true);
      // Kept besides: a triggered loan's shares (a pass), so that the fund total can be summed from the report.
      const kept = everything.findings.filter(
        (f) =>
          ((f.outcome === 'fail' || f.outcome === 'advisory') && severity.get(f.ruleId) !== 'information') ||
          (f.ruleId === 'compensation.shares' && f.outcome === 'pass'),
      );
      expect(
        kept.filter((f) => f.ruleId === 'compensation.shares'),
        asOf,
      ).toHaveLength(Number(everything.summary.compensationTriggeredLoans));
      expect(reported.findings.map(key), asOf).toEqual(kept.map(key));
      expect(reported.summary, asOf).toEqual({ ...everything.summary, findings: kept.length });
    }
  });
});

describe('the region figures issue 15 adds', () => {
  it('the generated portfolios exercise them: deferrals due in the window, uses not for production, purposes for review, regions without a lead bank', () => {
    const { households, loans } = portfolio(79);
    const run = audit(households, loans, '2021-03-01', 'HLJ', {}, false);
    const sum = (key: 'notForProductionOutstanding' | 'needsReviewOutstanding') => run.regions.reduce((n, r) => n.plus(r[key]), new Decimal(0));
    expect(sum('notForProductionOutstanding').greaterThan(0)).toBe(true);
    expect(sum('needsReviewOutstanding').greaterThan(0)).toBe(true);
    expect(run.regions.every((r) => new Decimal(r.notForProductionOutstanding).greaterThanOrEqualTo(r.enterpriseUseOutstanding))).toBe(true);
    const deferredIntoWindow = loans.filter(
      (l) =>
        l.status !== 'closed' && l.maturityDate < '2021-03-01' && l.deferredTo !== undefined && l.deferredTo! >= '2021-03-01' && l.deferredTo! <= '2021-05-30',
    );
    expect(deferredIntoWindow.length).toBeGreaterThan(0);
    expect(run.regions.filter((r) => r.leadBank === null).map((r) => r.region)).toEqual(['230185', 'unknown']);
    expect(run.summary.regionsWithoutLeadBank).toBe(2);
    expect(run.findings.filter((f) => f.ruleId === 'monitoring.lead_bank').map((f) => [f.subjectType, f.subject, f.outcome])).toEqual([
      ['region', '230185', 'fail'],
      ['region', 'unknown', 'fail'],
    ]);
  });

  it('CBIRC-2020-28/4.1 without a register the audit judges no lead bank and has no regionsWithoutLeadBank', () => {
    const { households, loans } = portfolio(80);
    const run = audit(households, loans, '2021-03-01', 'HLJ', {}, true, null);
    expect('regionsWithoutLeadBank' in run.summary).toBe(false);
    expect(run.findings.some((f) => f.ruleId === 'monitoring.lead_bank')).toBe(false);
    expect(run.regions.every((r) => r.leadBank === null && r.leadBankShare === null)).toBe(true);
    expect(run.regions).toStrictEqual(tally(households, loans, '2021-03-01', 'HLJ', {}, null).monitored.regions);
    // With one, the key comes before the count of findings, as the other figures do.
    const keys = Object.keys(audit(households, loans, '2021-03-01', 'HLJ', {}, false).summary);
    expect(keys.slice(-2)).toEqual(['regionsWithoutLeadBank', 'findings']);
  });
});

describe('the two divergences issue 14 found', () => {
  const households: Household[] = [{ id: 'h1', povertyStatus: 'registered_poor', onPovertyOfficeList: true, region: '230183' }];
  const loans: Loan[] = [
    {
      id: 'l1',
      householdId: 'h1',
      kind: 'new',
      principal: '60000',
      outstanding: '10000',
      contractDate: '2020-07-01',
      maturityDate: '2022-07-01',
      purpose: '养殖肉牛',
    },
  ];

  it("CBIRC-2020-28/4.3 with capBasis 'principal' (principal 60,000, outstanding 10,000) the household is over the cap, with its finding", () => {
    const options = { asOf: '2020-12-31', interpretations: { capBasis: 'principal' as const } };
    expect(computeMaxTopUp(households[0]!, loans, options).allowed).toBe(false);
    const run = audit(households, loans, '2020-12-31', 'HLJ', { capBasis: 'principal' }, false);
    expect(run.summary.overCapHouseholds).toBe(1);
    expect(run.findings.filter((f) => f.ruleId === 'household.total_within_cap').map((f) => [f.subject, f.outcome])).toEqual([['h1', 'fail']]);
    // …and under the default reading (outstanding 10,000) it is not.
    expect(audit(households, loans, '2020-12-31', 'HLJ', {}, false).summary.overCapHouseholds).toBe(0);
  });

  it('CBIRC-2020-28/4.3 a date before the cap rule applies is refused, so no household is counted without a finding', () => {
    expect(() => audit(households, [{ ...loans[0]!, outstanding: '60000', contractDate: '2019-07-01' }], '2020-06-28', 'HLJ', {}, false)).toThrow(/2020-06-29/);
  });
});
