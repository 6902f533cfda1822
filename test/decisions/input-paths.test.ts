// How the public decisions check their input and name each bad field (API.md, Conventions: bad input),
// and the decisions' own options: src/decisions/{obligations-of,audit-lending-decision,check-interest-subsidy,
// check-eligibility,context,eligibility,monitor-portfolio}.ts.
import { describe, expect, it } from 'vitest';
import { auditLendingDecision, checkEligibility, checkInterestSubsidy, createLexicon, monitorPortfolio, obligationsOf, PolicyInputError } from 'fupin-xindai';
import { findingOf, loan, poor } from '../helpers/fixtures.js';

/** The issues of the PolicyInputError `fn` throws, as `path:code` (or `path:code:message`). */
function issuesOf(fn: () => unknown, withMessages = false): string[] {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof PolicyInputError)) throw e;
    return e.issues.map((i) => (withMessages ? `${i.path}:${i.code}:${i.message}` : `${i.path}:${i.code}`));
  }
  throw new Error('no PolicyInputError was thrown');
}

const ALL_PARTIES =
  "'poverty_office', 'banks', 'pboc_branches', 'finance_departments', 'banking_regulators', 'financial_affairs_offices', 'local_party_government', 'village_organizations'";
const production = { amount: '30000', purpose: '养殖肉牛' };
const asOf = '2021-01-01';

describe('obligationsOf input', () => {
  it('obligationsOf rejects a missing party as required', () => {
    expect(issuesOf(() => obligationsOf(undefined as never), true)).toEqual(['party:required:must be a party code']);
    expect(issuesOf(() => (obligationsOf as () => unknown)(), true)).toEqual(['party:required:must be a party code']);
  });

  it('obligationsOf rejects a null party as required', () => {
    expect(issuesOf(() => obligationsOf(null as never), true)).toEqual(['party:required:must be a party code']);
  });

  it('obligationsOf rejects a party that is not a string as a type error', () => {
    expect(issuesOf(() => obligationsOf(7 as never), true)).toEqual(['party:type:must be a party code']);
    expect(issuesOf(() => obligationsOf(['banks'] as never), true)).toEqual(['party:type:must be a party code']);
  });

  it('obligationsOf rejects an unknown code, listing every party code', () => {
    expect(issuesOf(() => obligationsOf('bank' as never), true)).toEqual([`party:enum:must be one of ${ALL_PARTIES}`]);
  });
});

describe('auditLendingDecision input', () => {
  const app = { household: poor(), request: production, kind: 'new' as const, bankDecision: 'approved' as const };

  it('auditLendingDecision rejects a missing application, or one that is not a plain object, once', () => {
    const audit = auditLendingDecision as (a: unknown) => unknown;
    expect(issuesOf(() => audit(null), true)).toEqual(['application:required:is required']);
    expect(issuesOf(() => audit(undefined), true)).toEqual(['application:required:is required']);
    expect(issuesOf(() => audit([app]), true)).toEqual(['application:type:must be a plain object']);
  });

  it('auditLendingDecision treats a null request as no request', () => {
    const r = auditLendingDecision({ ...app, request: null });
    expect(r).toMatchObject({ compliant: true, eligible: true });
    expect(findingOf(r, 'request.purpose').outcome).toBe('not_applicable');
    expect(findingOf(r, 'request.household_cap').outcome).toBe('not_applicable');
    expect(auditLendingDecision({ household: poor(), kind: 'new', bankDecision: 'approved' })).toEqual(r);
  });

  it('auditLendingDecision treats null existingLoans as none', () => {
    const r = auditLendingDecision({ ...app, existingLoans: null });
    expect(r).toMatchObject({ compliant: true, eligible: true });
    expect(findingOf(r, 'request.household_cap').facts).toMatchObject({ currentTotal: '0.00', totalAfter: '30000.00' });
    expect(auditLendingDecision(app)).toEqual(r);
  });

  it('auditLendingDecision names bad request and existing-loan fields under application.', () => {
    expect(issuesOf(() => auditLendingDecision({ ...app, request: { amount: '-1', purpose: '养殖肉牛' } }))).toEqual(['application.request.amount:money']);
    expect(issuesOf(() => auditLendingDecision({ ...app, existingLoans: [loan(), loan({ id: 'l2', outstanding: '1.001' })] }))).toEqual([
      'application.existingLoans[1].outstanding:money',
    ]);
  });

  it('auditLendingDecision rejects a request kind that contradicts an otherwise valid application, saying which kind', () => {
    const r = () => auditLendingDecision({ ...app, kind: 'renewal', request: { ...production, kind: 'new' } });
    expect(issuesOf(r, true)).toEqual(["application.request.kind:range:must match application.kind ('renewal')"]);
  });

  it('auditLendingDecision reports only the bad application kind, not a mismatch with it', () => {
    const r = () => auditLendingDecision({ ...app, kind: 'later' as never, request: { ...production, kind: 'new' } });
    expect(issuesOf(r, true)).toEqual(["application.kind:enum:must be one of 'new', 'renewal', 'extension', 'top_up'"]);
  });

  it('CBIRC-2020-28/4.3 accepts a request whose kind matches the application, or that gives none', () => {
    const existingLoans = [loan({ id: 'old', outstanding: '40000' })];
    const renewal = auditLendingDecision({ ...app, kind: 'renewal', existingLoans, request: { ...production, kind: 'renewal', replacesLoanId: 'old' } });
    // The replaced loan leaves the total: 30,000 asked, nothing else outstanding.
    expect(renewal).toMatchObject({ compliant: true, eligible: true });
    expect(findingOf(renewal, 'request.household_cap').facts).toMatchObject({ currentTotal: '0.00', totalAfter: '30000.00', replacesLoanId: 'old' });
    const untyped = auditLendingDecision({ ...app, kind: 'renewal', existingLoans, request: production });
    // Without replacesLoanId the old loan stays in the total: 40,000 + 30,000 is over the cap.
    expect(untyped).toMatchObject({ compliant: false, eligible: false });
    expect(findingOf(untyped, 'request.household_cap').facts).toMatchObject({ totalAfter: '70000.00' });
  });

  it("auditLendingDecision rejects a replacesLoanId naming another household's loan or a closed loan", () => {
    const message = "must name one of the household's active loans in application.existingLoans";
    const request = { ...production, kind: 'renewal' as const, replacesLoanId: 'l1' };
    expect(issuesOf(() => auditLendingDecision({ ...app, kind: 'renewal', request, existingLoans: [loan({ householdId: 'h2' })] }), true)).toEqual([
      `application.request.replacesLoanId:range:${message}`,
    ]);
    expect(issuesOf(() => auditLendingDecision({ ...app, kind: 'renewal', request, existingLoans: [loan({ status: 'closed' })] }), true)).toEqual([
      `application.request.replacesLoanId:range:${message}`,
    ]);
    expect(issuesOf(() => auditLendingDecision({ ...app, kind: 'renewal', request }), true)).toEqual([`application.request.replacesLoanId:range:${message}`]);
  });

  it("CBIRC-2020-28/5.1 auditLendingDecision classifies the request's purpose with the lexicon option", () => {
    const term = '甲乙丙丁';
    const plain = auditLendingDecision({ ...app, request: { amount: '30000', purpose: term } });
    expect(findingOf(plain, 'request.purpose').outcome).toBe('fail');
    expect(plain).toMatchObject({ compliant: null, eligible: false }); // an unread purpose needs review, not a verdict
    const lexicon = createLexicon({ production: [term] });
    const withLexicon = auditLendingDecision({ ...app, request: { amount: '30000', purpose: term } }, { lexicon });
    expect(findingOf(withLexicon, 'request.purpose').outcome).toBe('pass');
    expect(withLexicon).toMatchObject({ compliant: true, eligible: true });
  });
});

describe('checkEligibility input', () => {
  it('checkEligibility treats null existingLoans as none', () => {
    const r = checkEligibility(poor(), production, { existingLoans: null });
    expect(r.eligible).toBe(true);
    expect(findingOf(r, 'request.household_cap').facts).toMatchObject({ currentTotal: '0.00', totalAfter: '30000.00' });
    expect(checkEligibility(poor(), production, {})).toEqual(r);
  });

  it("checkEligibility rejects a replacesLoanId naming another household's loan or a closed loan, naming options.existingLoans", () => {
    const message = "must name one of the household's active loans in options.existingLoans";
    const request = { ...production, kind: 'extension' as const, replacesLoanId: 'l1' };
    expect(issuesOf(() => checkEligibility(poor(), request, { existingLoans: [loan({ householdId: 'h2' })] }), true)).toEqual([
      `request.replacesLoanId:range:${message}`,
    ]);
    expect(issuesOf(() => checkEligibility(poor(), request, { existingLoans: [loan({ status: 'closed' })] }), true)).toEqual([
      `request.replacesLoanId:range:${message}`,
    ]);
    // The household's own active loan is accepted, and leaves the total.
    const ok = checkEligibility(poor(), request, {
      existingLoans: [loan({ outstanding: '45000' }), loan({ id: 'l2', householdId: 'h2', outstanding: '45000' })],
    });
    expect(ok.eligible).toBe(true);
    expect(findingOf(ok, 'request.household_cap').facts).toMatchObject({ currentTotal: '0.00', totalAfter: '30000.00' });
  });

  it('CBIRC-2020-28/4.3 counts no loans when none are given, even with fields polluting Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    const polluted = { householdId: 'h1', active: true, outstanding: '30000', principal: '30000' };
    let eligibility: ReturnType<typeof checkEligibility>;
    let audit: ReturnType<typeof auditLendingDecision>;
    try {
      Object.assign(proto, polluted);
      eligibility = checkEligibility(poor(), production);
      audit = auditLendingDecision({ household: poor(), request: production, kind: 'new', bankDecision: 'approved' });
    } finally {
      for (const key of Object.keys(polluted)) delete proto[key];
    }
    expect(({} as Record<string, unknown>).householdId).toBeUndefined();
    expect(eligibility.eligible).toBe(true);
    expect(findingOf(eligibility, 'request.household_cap').facts).toMatchObject({ currentTotal: '0.00', totalAfter: '30000.00' });
    expect(audit).toMatchObject({ compliant: true, eligible: true });
    expect(findingOf(audit, 'request.household_cap').facts).toMatchObject({ currentTotal: '0.00', totalAfter: '30000.00' });
  });
});

describe('checkInterestSubsidy input', () => {
  it('checkInterestSubsidy names bad loan fields under loan., and a missing or bad asOf as asOf', () => {
    expect(issuesOf(() => checkInterestSubsidy(loan({ outstanding: '1.001' }), poor(), asOf))).toEqual(['loan.outstanding:money']);
    expect(issuesOf(() => checkInterestSubsidy(loan(), poor(), undefined as never))).toEqual(['asOf:required']);
    expect(issuesOf(() => checkInterestSubsidy(loan(), poor(), null as never))).toEqual(['asOf:required']);
    expect(issuesOf(() => checkInterestSubsidy(loan(), poor(), '2021-02-29'))).toEqual(['asOf:date']);
    expect(issuesOf(() => checkInterestSubsidy(loan({ principal: -1 }), { ...poor(), id: '' }, '2021-13-01'))).toEqual([
      'loan.principal:money',
      'household.id:required',
      'asOf:date',
    ]);
  });

  it("checkInterestSubsidy rejects a loan of another household, naming the household's id", () => {
    expect(issuesOf(() => checkInterestSubsidy(loan({ householdId: 'h2' }), poor(), asOf), true)).toEqual([
      "loan.householdId:range:must be the household's id ('h1')",
    ]);
  });

  it('checkInterestSubsidy cuts a long household id to 40 characters in the message', () => {
    const id = `${'h'.repeat(38)}AB-tail-that-is-cut`;
    expect(issuesOf(() => checkInterestSubsidy(loan(), poor({ id }), asOf), true)).toEqual([
      `loan.householdId:range:must be the household's id ('${'h'.repeat(38)}AB')`,
    ]);
  });
});

describe('monitorPortfolio input', () => {
  it('monitorPortfolio requires asOf when options are undefined, null or lack it', () => {
    const required = 'options.asOf:required:is required: the date of the report';
    const monitor = monitorPortfolio as (h: unknown, l: unknown, o?: unknown) => unknown;
    expect(issuesOf(() => monitor([], [], undefined), true)).toEqual([required]);
    expect(issuesOf(() => monitor([], [], null), true)).toEqual([required]);
    expect(issuesOf(() => monitor([], [], {}), true)).toEqual([required]);
    expect(issuesOf(() => monitor([], [], { asOf: null }), true)).toEqual([required]);
  });

  it('monitorPortfolio still requires asOf when other fields are bad too', () => {
    const monitor = monitorPortfolio as (h: unknown, l: unknown, o?: unknown) => unknown;
    expect(issuesOf(() => monitor([{ ...poor(), id: '' }], [loan({ outstanding: 'x' })], { thresholds: { nplRatio: 2 } }))).toEqual([
      'households[0].id:required',
      'loans[0].outstanding:money',
      'options.asOf:required',
      'options.thresholds.nplRatio:range',
    ]);
    expect(issuesOf(() => monitor([{ ...poor(), id: '' }], [], undefined))).toEqual(['households[0].id:required', 'options.asOf:required']);
  });

  it('monitorPortfolio reports an asOf whose getter throws once, not also as missing', () => {
    const options = {
      get asOf(): string {
        throw new Error('boom');
      },
    };
    expect(issuesOf(() => monitorPortfolio([], [], options), true)).toEqual(['options.asOf:type:could not be read (its getter threw)']);
  });

  it('CBIRC-2020-28/5.2 treats a null maturityWindowDays as the default 90 days', () => {
    const loans = [loan({ id: 'in', maturityDate: '2021-04-01', region: 'R' }), loan({ id: 'out', maturityDate: '2021-04-02', region: 'R' })];
    const r = monitorPortfolio([], loans, { asOf, maturityWindowDays: null });
    expect(r.regions[0]).toMatchObject({ region: 'R', outstanding: '60000.00', maturingSoonOutstanding: '30000.00', maturingSoonShare: '0.5000' });
    expect(monitorPortfolio([], loans, { asOf })).toEqual(r);
  });

  it('monitorPortfolio cuts a duplicated long loan id to 40 characters in the message', () => {
    const id = `${'L'.repeat(39)}Z-and-more-than-forty`;
    expect(issuesOf(() => monitorPortfolio([], [loan({ id }), loan({ id: 'other' }), loan({ id })], { asOf }), true)).toEqual([
      `loans[2].id:range:duplicates loans[0].id ('${'L'.repeat(39)}Z')`,
    ]);
  });

  it('CBIRC-2020-28/5.2 flags a region on the one figure that reaches its threshold, and on no other', () => {
    const households = [poor({ id: 'a', region: 'A' }), poor({ id: 'b', region: 'B' })];
    const loans = [loan({ id: 'a1', householdId: 'a', overdueDays: 10 }), loan({ id: 'b1', householdId: 'b' })];
    const thresholds = {
      maturingSoonShare: '0.5',
      overdueShare: '0.5',
      enterpriseUseOutstanding: '1',
      notForProductionOutstanding: '1',
      nplRatio: '0.5',
      specialMentionShare: '0.5',
    };
    const r = monitorPortfolio(households, loans, { asOf, thresholds });
    expect(r.regions.map((x) => [x.region, x.flags.map((f) => f.ruleId)])).toEqual([
      ['A', ['monitoring.overdue']],
      ['B', []],
    ]);
    expect(r.findings.map((f) => [f.ruleId, f.outcome, f.facts?.regionsFlagged, f.facts?.regions])).toEqual([
      ['monitoring.concentrated_maturity', 'pass', 0, ''],
      ['monitoring.overdue', 'advisory', 1, 'A'],
      ['monitoring.enterprise_use', 'pass', 0, ''],
      ['monitoring.not_for_production', 'pass', 0, ''],
      ['monitoring.npl', 'pass', 0, ''],
      ['monitoring.special_mention', 'pass', 0, ''],
      ['monitoring.lead_bank', 'not_applicable', undefined, undefined],
    ]);
  });

  it('CBIRC-2020-28/5.2 counts substandard, doubtful and loss as non-performing, and neither special-mention nor normal', () => {
    const classes = ['substandard', 'doubtful', 'loss', 'special_mention', 'normal'] as const;
    const loans = classes.map((classification, i) => loan({ id: `l${i}`, classification, region: classification, outstanding: '1000' }));
    const r = monitorPortfolio([], loans, { asOf });
    const byRegion = Object.fromEntries(r.regions.map((x) => [x.region, [x.nplOutstanding, x.nplRatio, x.specialMentionOutstanding]]));
    expect(byRegion).toEqual({
      substandard: ['1000.00', '1.0000', '0.00'],
      doubtful: ['1000.00', '1.0000', '0.00'],
      loss: ['1000.00', '1.0000', '0.00'],
      special_mention: ['0.00', '0.0000', '1000.00'],
      normal: ['0.00', '0.0000', '0.00'],
    });
  });

  it('CBIRC-2020-28/5.2 classifies enterprise use with the lexicon option', () => {
    const term = '甲乙丙丁';
    const loans = [loan({ purpose: term, region: 'R' })];
    expect(monitorPortfolio([], loans, { asOf }).regions[0]!.enterpriseUseOutstanding).toBe('0.00');
    const lexicon = createLexicon({ enterprise_use: [term] });
    expect(monitorPortfolio([], loans, { asOf, lexicon }).regions[0]!.enterpriseUseOutstanding).toBe('30000.00');
    // The same classification decides the balances not for production and needing review.
    expect(monitorPortfolio([], loans, { asOf }).regions[0]).toMatchObject({ notForProductionOutstanding: '0.00', needsReviewOutstanding: '30000.00' });
    expect(monitorPortfolio([], loans, { asOf, lexicon }).regions[0]).toMatchObject({
      notForProductionOutstanding: '30000.00',
      needsReviewOutstanding: '0.00',
    });
  });
});
