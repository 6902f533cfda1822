import { describe, expect, it } from 'vitest';
import { getClause, parameters } from 'fupin-xindai';

describe('parameters', () => {
  it('quote their clause verbatim', () => {
    for (const [name, p] of Object.entries(parameters)) {
      expect(getClause(p.citation.clauseId)?.text, name).toContain(p.citation.quote);
    }
  });

  it('hold the values their quotes state', () => {
    expect(parameters.householdCap.value).toBe('50000.00');
    expect(parameters.householdCap.citation.quote).toContain('5万元');
    expect(parameters.campaignEnd.value).toBe('2020-12-31');
    expect(parameters.campaignEnd.citation.quote).toContain('2020年12月31日前');
    expect(parameters.deferralMaturityFrom.value).toBe('2020-01-01');
    expect(parameters.deferralMaturityFrom.citation.quote).toContain('2020年1月1日后');
    expect(parameters.deferralDeadline.value).toBe('2021-03-31');
    expect(parameters.deferralDeadline.citation.quote).toContain('2021年3月底');
    expect(parameters.earlierExtensionMonths.value).toBe(6);
    expect(parameters.earlierExtensionMonths.citation.quote).toContain('6个月');
  });
});
