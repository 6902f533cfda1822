// 户借、户用、户还: src/rules/household-use-*.ts through checkHouseholdUse.
import { describe, expect, it } from 'vitest';
import { checkHouseholdUse, createLexicon } from 'fupin-xindai';
import { cited, findingOf, loan } from '../helpers/fixtures.js';

describe('household_use.used_by (src/rules/household-use-user.ts)', () => {
  it('CBIRC-2020-28/5.1 passes when the household uses the funds itself', () => {
    const r = checkHouseholdUse(loan({ usedBy: 'household' }));
    expect(findingOf(r, 'household_use.used_by').outcome).toBe('pass');
    expect(r.compliant).toBe(true);
  });

  it('CBIRC-2020-28/5.1 fails when an enterprise, cooperative or anyone else uses them', () => {
    for (const usedBy of ['enterprise', 'cooperative', 'government_platform', 'other'] as const) {
      const r = checkHouseholdUse(loan({ usedBy }));
      expect(findingOf(r, 'household_use.used_by').outcome, usedBy).toBe('fail');
      expect(r.compliant).toBe(false);
    }
  });

  it('HLJ-2020-47/2.5 is cited in Heilongjiang', () => {
    expect(cited(findingOf(checkHouseholdUse(loan({ usedBy: 'enterprise' })), 'household_use.used_by'))).toEqual(['CBIRC-2020-28/5.1', 'HLJ-2020-47/2.5']);
    expect(findingOf(checkHouseholdUse(loan({ usedBy: 'household' })), 'household_use.used_by').outcome).toBe('pass');
  });
});

describe('household_use.borrowed_by (src/rules/household-use-borrower.ts)', () => {
  it('CBIRC-2020-28/5.1 户借: passes when the household borrows for itself', () => {
    const r = checkHouseholdUse(loan({ borrowedBy: 'household' }));
    expect(findingOf(r, 'household_use.borrowed_by')).toMatchObject({ outcome: 'pass', facts: { borrowedBy: 'household' } });
    expect(findingOf(r, 'household_use.borrowed_by').message).toEqual({ zh: '贷款由借款户自己借入。', en: 'The household itself borrowed the loan.' });
    expect(r.compliant).toBe(true);
  });

  it("CBIRC-2020-28/5.1 户借: fails a loan in the household's name for someone else (冒名、顶名), even when the household uses and repays it", () => {
    for (const borrowedBy of ['enterprise', 'cooperative', 'government_platform', 'other'] as const) {
      const r = checkHouseholdUse(loan({ borrowedBy, usedBy: 'household', repaidBy: 'household', purpose: '养殖肉牛' }));
      expect(findingOf(r, 'household_use.borrowed_by').outcome, borrowedBy).toBe('fail');
      expect(findingOf(r, 'household_use.borrowed_by').facts).toEqual({ borrowedBy });
      expect(r.compliant, borrowedBy).toBe(false);
    }
    expect(findingOf(checkHouseholdUse(loan({ borrowedBy: 'other' })), 'household_use.borrowed_by').message).toEqual({
      zh: '贷款实际由他人借入，不符合户借、户用、户还。',
      en: 'The loan is borrowed by someone else, not the household.',
    });
  });

  it('CBIRC-2020-28/5.1 户借: not applicable when the real borrower is not recorded', () => {
    const r = checkHouseholdUse(loan());
    expect(findingOf(r, 'household_use.borrowed_by')).toMatchObject({
      outcome: 'not_applicable',
      facts: { borrowedBy: null },
      message: { zh: '未记录实际借入人。', en: 'Who actually borrowed the loan is not recorded.' },
    });
    expect(r.compliant).toBeNull();
  });

  it('CBIRC-2020-28/5.1 HLJ-2020-47/2.5 cites the 户借 sentence of both notices in Heilongjiang, 28号 alone nationally', () => {
    const f = findingOf(checkHouseholdUse(loan({ borrowedBy: 'enterprise' })), 'household_use.borrowed_by');
    expect(f.citations.map((c) => [c.clauseId, c.quote])).toEqual([
      ['CBIRC-2020-28/5.1', '要坚持扶贫小额信贷户借、户用、户还'],
      ['HLJ-2020-47/2.5', '坚持扶贫小额信贷户借、户用、户还'],
    ]);
    expect(cited(findingOf(checkHouseholdUse(loan({ borrowedBy: 'enterprise' }), { jurisdiction: 'national' }), 'household_use.borrowed_by'))).toEqual([
      'CBIRC-2020-28/5.1',
    ]);
  });

  it('CBIRC-2020-28/5.1 reports 户借、户用、户还 in that order, then the purpose', () => {
    expect(checkHouseholdUse(loan()).findings.map((f) => f.ruleId)).toEqual([
      'household_use.borrowed_by',
      'household_use.used_by',
      'household_use.repaid_by',
      'household_use.purpose',
    ]);
  });
});

describe('household_use.repaid_by (src/rules/household-use-repayer.ts)', () => {
  it('CBIRC-2020-28/5.1 passes when the household repays and fails when someone else does', () => {
    expect(findingOf(checkHouseholdUse(loan({ repaidBy: 'household' })), 'household_use.repaid_by').outcome).toBe('pass');
    const r = checkHouseholdUse(loan({ usedBy: 'household', repaidBy: 'enterprise' }));
    expect(findingOf(r, 'household_use.repaid_by').outcome).toBe('fail');
    expect(findingOf(r, 'household_use.repaid_by').message.en).toContain('enterprise');
    expect(r.compliant).toBe(false);
  });
});

describe('household_use.purpose (src/rules/household-use-purpose.ts)', () => {
  it('CBIRC-2020-28/5.1 fails a purpose that hands the funds over, even when usedBy says household', () => {
    const r = checkHouseholdUse(loan({ usedBy: 'household', repaidBy: 'household', purpose: '交由合作社统一经营，年底分红' }));
    expect(findingOf(r, 'household_use.purpose').outcome).toBe('fail');
    expect(r.compliant).toBe(false);
    expect(findingOf(checkHouseholdUse(loan({ purpose: '交给城投公司' })), 'household_use.purpose').outcome).toBe('fail');
  });

  it('CBIRC-2020-28/5.1 passes other purposes: 户用 is about who uses the money, not what for', () => {
    expect(findingOf(checkHouseholdUse(loan({ purpose: '养殖肉牛' })), 'household_use.purpose').outcome).toBe('pass');
    expect(findingOf(checkHouseholdUse(loan({ purpose: '盖房' })), 'household_use.purpose').outcome).toBe('pass');
  });

  it("CBIRC-2020-28/5.1 uses a bank's lexicon", () => {
    const lexicon = createLexicon({ enterprise_use: ['放到公司'] });
    expect(findingOf(checkHouseholdUse(loan({ purpose: '放到公司' }), { lexicon }), 'household_use.purpose').outcome).toBe('fail');
  });
});

describe('checkHouseholdUse', () => {
  it('is null when nothing could be judged', () => {
    expect(checkHouseholdUse(loan()).compliant).toBeNull();
    expect(checkHouseholdUse(loan({ purpose: '其他' })).compliant).toBeNull();
  });

  it('CBIRC-2020-28/5.1 names who used and who repaid the money in both languages', () => {
    // The household itself gets the pass message, which names no party.
    const names = {
      enterprise: ['企业', 'an enterprise'],
      cooperative: ['合作社', 'a cooperative'],
      government_platform: ['政府融资平台', 'a government financing platform'],
      other: ['他人', 'someone else'],
    } as const;
    for (const [who, [zh, en]] of Object.entries(names) as [keyof typeof names, readonly [string, string]][]) {
      const r = checkHouseholdUse(loan({ usedBy: who, repaidBy: who }));
      for (const id of ['household_use.used_by', 'household_use.repaid_by']) {
        expect(findingOf(r, id).message.zh, `${id} ${who}`).toContain(zh);
        expect(findingOf(r, id).message.en, `${id} ${who}`).toContain(en);
      }
    }
  });

  it('CBIRC-2020-28/5.1 says which act each finding is about: 户用 (used) and 户还 (repaid)', () => {
    const r = checkHouseholdUse(loan({ usedBy: 'enterprise', repaidBy: 'enterprise' }));
    expect(findingOf(r, 'household_use.used_by').message).toEqual({
      zh: '贷款实际由企业使用，不符合户借、户用、户还。',
      en: 'The loan is used by an enterprise, not the household.',
    });
    expect(findingOf(r, 'household_use.repaid_by').message).toEqual({
      zh: '贷款实际由企业偿还，不符合户借、户用、户还。',
      en: 'The loan is repaid by an enterprise, not the household.',
    });
    const own = checkHouseholdUse(loan({ usedBy: 'household', repaidBy: 'household' }));
    expect(findingOf(own, 'household_use.used_by').message).toEqual({ zh: '贷款由借款户自己使用。', en: 'The household itself used the loan.' });
    expect(findingOf(own, 'household_use.repaid_by').message).toEqual({ zh: '贷款由借款户自己偿还。', en: 'The household itself repaid the loan.' });
    const none = checkHouseholdUse(loan());
    expect(findingOf(none, 'household_use.used_by').message).toEqual({ zh: '未记录实际使用人。', en: 'Who actually used the loan is not recorded.' });
    expect(findingOf(none, 'household_use.repaid_by').message).toEqual({ zh: '未记录实际偿还人。', en: 'Who actually repaid the loan is not recorded.' });
  });

  it('CBIRC-2020-28/5.1 says what could not be judged and why, with the facts', () => {
    const none = checkHouseholdUse(loan());
    expect(findingOf(none, 'household_use.purpose')).toMatchObject({
      outcome: 'not_applicable',
      message: { en: 'No purpose is recorded.' },
      facts: { category: null },
    });
    expect(findingOf(none, 'household_use.used_by')).toMatchObject({ outcome: 'not_applicable', facts: { usedBy: null } });
    expect(findingOf(none, 'household_use.repaid_by')).toMatchObject({ outcome: 'not_applicable', facts: { repaidBy: null } });
    expect(findingOf(none, 'household_use.used_by').message.zh).toMatch(/^未记录实际.+人。$/);
    const unclear = checkHouseholdUse(loan({ purpose: '随便写点' }));
    expect(findingOf(unclear, 'household_use.purpose')).toMatchObject({
      outcome: 'not_applicable',
      message: { en: 'The purpose was not recognised, so enterprise use could not be judged.' },
      facts: { category: 'unknown' },
    });
    const handed = checkHouseholdUse(loan({ purpose: '入股分红', usedBy: 'enterprise' }));
    expect(findingOf(handed, 'household_use.purpose').facts).toEqual({ category: 'enterprise_use', matchedTerms: '入股分红' });
    expect(findingOf(handed, 'household_use.used_by').facts).toEqual({ usedBy: 'enterprise' });
  });
});
