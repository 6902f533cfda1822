// 应贷尽贷、应续尽续、应展尽展: src/rules/lending-decision.ts through auditLendingDecision.
import { describe, expect, it } from 'vitest';
import { auditLendingDecision, PolicyInputError } from 'fupin-xindai';
import { cited, findingOf, issuesOf, loan, poor } from '../helpers/fixtures.js';

const RULE = 'lending.bank_decision';
const qualifying = { household: poor(), request: { amount: '30000', purpose: '养殖肉牛' } };
const overCap = { household: poor(), request: { amount: '30000', purpose: '养殖肉牛' }, existingLoans: [loan({ outstanding: '30000' })] };

describe('lending.bank_decision', () => {
  it('CBIRC-2020-28/5.1 approving a purpose classifyUsage cannot read needs review: compliant null, not a breach', () => {
    const unread = { household: poor(), request: { amount: '30000', purpose: '资金周转' } };
    const r = auditLendingDecision({ ...unread, kind: 'new', bankDecision: 'approved' });
    expect(r.compliant).toBeNull();
    expect(r.eligible).toBe(false);
    const f = findingOf(r, RULE);
    expect(f.outcome).toBe('advisory');
    expect(f.message.zh).toContain('需人工审核用途');
    expect(f.facts).toMatchObject({ purposeNeedsReview: true, eligible: false });
    // The purpose finding says what to review.
    expect(findingOf(r, 'request.purpose').facts).toMatchObject({ category: 'unknown' });
    // Refused, it needs the same review before 应贷尽贷 can be judged.
    expect(auditLendingDecision({ ...unread, kind: 'new', bankDecision: 'refused' }).compliant).toBeNull();
  });

  it('CBIRC-2020-28/5.1 approving a purpose classifyUsage calls unknown is compliant null, for every kind and jurisdiction', () => {
    for (const jurisdiction of ['HLJ', 'national'] as const) {
      for (const kind of ['new', 'renewal', 'extension', 'top_up'] as const) {
        for (const purpose of ['资金周转', '其他']) {
          const r = auditLendingDecision({ household: poor(), request: { amount: '10000', purpose }, kind, bankDecision: 'approved' }, { jurisdiction });
          expect(findingOf(r, 'request.purpose').facts, purpose).toMatchObject({ category: 'unknown' });
          expect(r.compliant, `${jurisdiction} ${kind} ${purpose}`).toBeNull();
          expect(findingOf(r, RULE).outcome).toBe('advisory');
        }
      }
    }
    // A recognised prohibited purpose approved is a breach, not a review: the null is for unknown only.
    expect(auditLendingDecision({ household: poor(), request: { amount: '10000', purpose: '盖房子' }, kind: 'new', bankDecision: 'approved' }).compliant).toBe(
      false,
    );
  });

  it('CBIRC-2020-28/4.3 an unreadable purpose beside a real failure is still a breach when approved', () => {
    // Over the cap as well: the cap alone makes approving it a breach, whatever the purpose turns out to be.
    const r = auditLendingDecision({ ...overCap, request: { amount: '30000', purpose: '资金周转' }, kind: 'new', bankDecision: 'approved' });
    expect(r.compliant).toBe(false);
    expect(findingOf(r, RULE).outcome).toBe('fail');
  });

  it('CBIRC-2020-28/4.3 passes approving a qualifying application', () => {
    const r = auditLendingDecision({ ...qualifying, kind: 'new', bankDecision: 'approved' });
    expect(r).toMatchObject({ compliant: true, eligible: true });
    expect(findingOf(r, RULE).outcome).toBe('pass');
  });

  it('CBIRC-2020-28/4.3 fails approving an application over the 50,000 cap', () => {
    const r = auditLendingDecision({ ...overCap, kind: 'new', bankDecision: 'approved' });
    expect(r).toMatchObject({ compliant: false, eligible: false });
    expect(findingOf(r, 'request.household_cap').outcome).toBe('fail');
    expect(findingOf(r, RULE).outcome).toBe('fail');
  });

  it('CBIRC-2020-28/4.3 passes refusing an application that does not qualify', () => {
    expect(auditLendingDecision({ ...overCap, kind: 'new', bankDecision: 'refused' }).compliant).toBe(true);
  });

  it('CBIRC-2020-28/4.3 fails refusing a qualifying new loan, renewal or extension without a reason', () => {
    for (const kind of ['new', 'renewal', 'extension'] as const) {
      const r = auditLendingDecision({ ...qualifying, kind, bankDecision: 'refused' });
      expect(r.compliant, kind).toBe(false);
      expect(findingOf(r, RULE).message.zh).toContain({ new: '应贷尽贷', renewal: '应续尽续', extension: '应展尽展' }[kind]);
      expect(findingOf(r, RULE).message.en).toContain({ new: 'lend to', renewal: 'renew for', extension: 'extend for' }[kind]);
    }
  });

  it("CBIRC-2020-28/4.3 sends a refusal for the bank's own stated reason to review", () => {
    const r = auditLendingDecision({ ...qualifying, kind: 'renewal', bankDecision: 'refused', refusalReason: '借款人有其他银行逾期记录' });
    expect(r.compliant).toBeNull();
    expect(findingOf(r, RULE).outcome).toBe('advisory');
    expect(findingOf(r, RULE).message.zh).toContain('借款人有其他银行逾期记录');
  });

  it('CBIRC-2020-28/4.3 treats a top-up as discretionary (可予以) nationally unless pinned otherwise', () => {
    const r = auditLendingDecision({ ...qualifying, kind: 'top_up', bankDecision: 'refused' }, { jurisdiction: 'national' });
    expect(r.compliant).toBe(true);
    expect(findingOf(r, RULE).citations.map((c) => c.quote)).toEqual(['符合追加贷款条件的，可予以追加贷款支持，但单户扶贫小额信贷总额不得超过5万元']);
    expect(findingOf(r, RULE).facts).toMatchObject({ topUpRefusal: 'discretionary' });
    const strict = auditLendingDecision(
      { ...qualifying, kind: 'top_up', bankDecision: 'refused' },
      { jurisdiction: 'national', interpretations: { topUpRefusal: 'same_as_new' } },
    );
    expect(strict.compliant).toBe(false);
    // Nationally only 28号 is cited, whatever reading is pinned.
    expect(cited(findingOf(strict, RULE))).toEqual(['CBIRC-2020-28/4.3']);
  });

  it('HLJ-2020-47/3.8 owes a qualifying top-up in Heilongjiang (给予满足): refusing it without a reason is a breach, citing 47号 三', () => {
    const r = auditLendingDecision({ ...qualifying, kind: 'top_up', bankDecision: 'refused' });
    expect(r.compliant).toBe(false);
    const f = findingOf(r, RULE);
    expect(f.outcome).toBe('fail');
    expect(f.facts).toMatchObject({ topUpRefusal: 'same_as_new' });
    expect(f.citations.map((c) => [c.clauseId, c.quote])).toEqual([
      ['CBIRC-2020-28/4.3', '符合追加贷款条件的，可予以追加贷款支持，但单户扶贫小额信贷总额不得超过5万元'],
      ['HLJ-2020-47/3.8', '各银行机构要对符合条件的贫困户和边缘户扶贫小额信贷需求给予满足'],
    ]);
    expect(f.message.zh).toContain('给予满足');
    // The same default whether the options are absent or name the jurisdiction or a date only.
    for (const options of [{ jurisdiction: 'HLJ' as const }, { asOf: '2021-01-04' }]) {
      expect(auditLendingDecision({ ...qualifying, kind: 'top_up', bankDecision: 'refused' }, options).compliant).toBe(false);
    }
    // With the bank's own reason it needs review, like a new loan; approved, it is in order.
    expect(auditLendingDecision({ ...qualifying, kind: 'top_up', bankDecision: 'refused', refusalReason: '该户已有逾期' }).compliant).toBeNull();
    expect(auditLendingDecision({ ...qualifying, kind: 'top_up', bankDecision: 'approved' }).compliant).toBe(true);
    // A top-up that does not qualify may be refused without a reason.
    expect(auditLendingDecision({ ...overCap, kind: 'top_up', bankDecision: 'refused' }).compliant).toBe(true);
    // A reading, not settled law: pinned 'discretionary', 28号's 可予以 alone decides, and 47号 三 is not cited.
    const pinned = auditLendingDecision({ ...qualifying, kind: 'top_up', bankDecision: 'refused' }, { interpretations: { topUpRefusal: 'discretionary' } });
    expect(pinned.compliant).toBe(true);
    expect(cited(findingOf(pinned, RULE))).toEqual(['CBIRC-2020-28/4.3']);
    expect(findingOf(pinned, RULE).facts).toMatchObject({ topUpRefusal: 'discretionary' });
  });

  it("HLJ-2020-47/2.4 is cited for the duty in Heilongjiang, with 47号 三's banks sentence", () => {
    const f = findingOf(auditLendingDecision({ ...qualifying, kind: 'new', bankDecision: 'refused' }), RULE);
    expect(f.outcome).toBe('fail');
    expect(cited(f)).toEqual(['CBIRC-2020-28/4.3', 'HLJ-2020-47/2.4', 'HLJ-2020-47/3.8']);
    const ok = findingOf(auditLendingDecision({ ...qualifying, kind: 'new', bankDecision: 'approved' }), RULE);
    expect(ok.outcome).toBe('pass');
    expect(cited(ok)).toContain('HLJ-2020-47/2.4');
  });

  it('CBIRC-2020-28/4.3 cites only 28号 nationally, and only the top-up sentence for a top-up nationally', () => {
    const national = findingOf(auditLendingDecision({ ...qualifying, kind: 'new', bankDecision: 'refused' }, { jurisdiction: 'national' }), RULE);
    expect(cited(national)).toEqual(['CBIRC-2020-28/4.3']);
    const topUp = findingOf(auditLendingDecision({ ...qualifying, kind: 'top_up', bankDecision: 'refused' }, { jurisdiction: 'national' }), RULE);
    expect(cited(topUp)).toEqual(['CBIRC-2020-28/4.3']);
    expect(topUp.citations[0]!.quote).toContain('可予以追加贷款支持');
  });

  it('CBIRC-2020-28/4.3 says what the bank did and why it is or is not in order, with the facts', () => {
    const message = (app: Partial<Parameters<typeof auditLendingDecision>[0]>) =>
      findingOf(auditLendingDecision({ ...qualifying, kind: 'new', bankDecision: 'refused', ...app } as Parameters<typeof auditLendingDecision>[0]), RULE);
    expect(message({ bankDecision: 'approved' }).message.en).toBe('The application qualifies and the bank approved it.');
    expect(message({ ...overCap, bankDecision: 'approved' }).message.en).toBe('The bank approved an application that does not qualify.');
    expect(message({ ...overCap }).message.en).toBe('The application does not qualify and the bank refused it.');
    expect(
      findingOf(auditLendingDecision({ ...qualifying, kind: 'top_up', bankDecision: 'refused' }, { interpretations: { topUpRefusal: 'discretionary' } }), RULE),
    ).toMatchObject({
      outcome: 'pass',
      message: { zh: '追加贷款为"可予以"支持，银行拒绝属其自主决定。', en: 'A top-up is one the bank "may" grant, so refusing it is within its discretion.' },
    });
    // By default in Heilongjiang a refused top-up is judged against 47号 三's 给予满足.
    expect(message({ kind: 'top_up' })).toMatchObject({
      outcome: 'fail',
      message: {
        zh: '申请符合条件，银行未说明理由即拒绝，不符合对符合条件的贫困户和边缘户扶贫小额信贷需求给予满足。',
        en: 'The application qualifies and the bank refused it without a reason, against "meet qualifying households\' microcredit needs".',
      },
    });
    // Pinned to 'same_as_new' nationally, a refused top-up is judged against 28号 四's 可予以追加贷款支持.
    const strict = findingOf(
      auditLendingDecision(
        { ...qualifying, kind: 'top_up', bankDecision: 'refused' },
        { jurisdiction: 'national', interpretations: { topUpRefusal: 'same_as_new' } },
      ),
      RULE,
    );
    expect(strict.outcome).toBe('fail');
    expect(strict.message).toEqual({
      zh: '申请符合条件，银行未说明理由即拒绝，不符合可予以追加贷款支持。',
      en: 'The application qualifies and the bank refused it without a reason, against "top-ups may be granted".',
    });
    const long = message({ refusalReason: '理'.repeat(150) });
    expect(long.message.zh).toContain(`（${'理'.repeat(100)}）`);
    expect(long.message.en).toContain(`(${'理'.repeat(100)})`);
    expect(long.facts).toEqual({ kind: 'new', bankDecision: 'refused', eligible: true, refusalReason: '理'.repeat(150), decisionDate: null });
    expect(message({}).message.en).toBe('The application qualifies and the bank refused it without a reason, against "lend to everyone who qualifies".');
  });

  it('CBIRC-2020-28/4.3 judges a lending decision on its own date (decisionDate), whatever asOf is', () => {
    // The decision is an act: asOf (the date of the position) does not move the day it is judged on.
    const decided = auditLendingDecision({ ...qualifying, kind: 'new', bankDecision: 'refused', decisionDate: '2020-09-01' }, { asOf: '2022-06-30' });
    expect(findingOf(decided, RULE).facts).toMatchObject({ decisionDate: '2020-09-01' });
    expect(decided.compliant).toBe(false);
    // Without a decisionDate the decision is dated asOf; without either, no date governs.
    expect(findingOf(auditLendingDecision({ ...qualifying, kind: 'new', bankDecision: 'refused' }, { asOf: '2021-01-04' }), RULE).facts).toMatchObject({
      decisionDate: '2021-01-04',
    });
    expect(findingOf(auditLendingDecision({ ...qualifying, kind: 'new', bankDecision: 'refused', decisionDate: null }), RULE).facts).toMatchObject({
      decisionDate: null,
    });
    // The same decision dated differently is the same verdict once both dates are inside the notices' time.
    expect(auditLendingDecision({ ...qualifying, kind: 'new', bankDecision: 'refused', decisionDate: '2020-06-29' }, { asOf: '2020-06-29' }).compliant).toBe(
      false,
    );
  });

  it('CBIRC-2020-28/4.3 refuses a decisionDate before 28号 was issued, whatever asOf is (code range)', () => {
    const at = (decisionDate: string, asOf?: string) =>
      issuesOf(() => auditLendingDecision({ ...qualifying, kind: 'new', bankDecision: 'approved', decisionDate }, asOf ? { asOf } : undefined)).map(
        (i) => `${i.path}:${i.code}`,
      );
    expect(at('2020-06-28')).toEqual(['application.decisionDate:range']);
    expect(at('2020-06-28', '2021-01-01')).toEqual(['application.decisionDate:range']);
    expect(at('2020-02-30')).toEqual(['application.decisionDate:date']);
    expect(at('2020-07-01', '2020-06-28')).toEqual(['options.asOf:range']);
    expect(at('2019-01-01', '2020-06-28')).toEqual(['application.decisionDate:range', 'options.asOf:range']);
  });

  it('reports the eligibility findings first, then the decision', () => {
    const r = auditLendingDecision({ ...qualifying, kind: 'new', bankDecision: 'approved' });
    expect(r.findings.map((f) => f.ruleId)).toEqual([
      'household.poverty_status',
      'household.edge_conditions',
      'household.poverty_office_list',
      'request.purpose',
      'request.household_cap',
      'request.contracted_total',
      'request.replaced_loan',
      RULE,
    ]);
  });

  it('rejects a request kind that contradicts the application, and bad fields inside', () => {
    try {
      auditLendingDecision({
        household: { ...poor(), id: '' },
        request: { amount: '1', purpose: 'production', kind: 'new' },
        kind: 'renewal',
        bankDecision: 'maybe' as never,
      });
      throw new Error('accepted');
    } catch (e) {
      expect((e as PolicyInputError).issues.map((i) => `${i.path}:${i.code}`)).toEqual([
        'application.bankDecision:enum',
        'application.household.id:required',
        'application.request.kind:range',
      ]);
    }
    try {
      auditLendingDecision({
        household: { ...poor(), id: '' },
        request: { amount: '1', purpose: 'production', kind: 'new' },
        kind: 'renewal',
        bankDecision: 'approved',
      });
      throw new Error('accepted');
    } catch (e) {
      expect((e as PolicyInputError).issues.map((i) => `${i.path}:${i.code}`)).toEqual(['application.household.id:required', 'application.request.kind:range']);
    }
  });
});
