// One rule scaffold (issue 14): every rule declares itself through defineRule, which alone applies the
// period; no rule module holds a period check of its own or writes a policy value into a message — each
// message takes it from the cited `parameters`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeDeferralDeadline, parameters, rules } from 'fupin-xindai';
import { loan, poor } from '../helpers/fixtures.js';

const dir = new URL('../../src/rules/', import.meta.url).pathname;
const modules = readdirSync(dir).filter((f) => f.endsWith('.ts'));

/** A module's code without comments and without the verbatim quotes of its citations (which must contain the values). */
function codeOf(file: string): string {
  return readFileSync(join(dir, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/cite\([^)]*\)/g, 'cite()');
}

/** Every way the notices' values are written: as data, as shown in messages, and as the notices say them. */
const LITERALS = [
  ...Object.values(parameters)
    .flatMap((p) => [String(p.value), p.shown.zh, p.shown.en])
    .filter((l) => !/^\d{1,2}$/.test(l)),
  '50000',
  '5万',
  '50,000',
  '2021年3月底',
  'six months',
  '6 months',
  '2021-09-30',
];

describe('one rule scaffold', () => {
  it('every rule in the registry says what its failure means in a portfolio, and which date governs it', () => {
    for (const r of rules) {
      expect(['breach', 'review', 'information'], r.id).toContain(r.severity);
      expect(['decision', 'act'], r.id).toContain(r.governedBy);
      // An act is judged by its own date: no decision date may end the rule (API.md, Revisions: "Two dates").
      if (r.governedBy === 'act') expect(r.period?.to, r.id).toBeUndefined();
    }
    // A lending decision is an act (API.md, Revisions): judged on the day the bank decided.
    expect(rules.find((r) => r.id === 'lending.bank_decision')?.governedBy).toBe('act');
  });

  it('no rule module but src/rules/rule.ts checks a period', () => {
    const checking = modules.filter((f) => f !== 'rule.ts' && /outsidePeriod|period\??\.(from|to)\b/.test(codeOf(f)));
    expect(checking).toEqual([]);
  });

  it('no rule module writes a policy value into its code (messages take them from parameters)', () => {
    const found = modules.flatMap((f) => {
      const code = codeOf(f);
      return LITERALS.filter((l) => code.includes(l)).map((l) => `${f}: ${l}`);
    });
    expect(found).toEqual([]);
  });

  it('the literal scan would see a value written into a message', () => {
    expect(LITERALS.some((l) => "zh: '超过5万元上限'".includes(l))).toBe(true);
    expect(codeOf('total-cap.ts')).toContain('parameters.householdCap');
  });

  it('CBIRC-2020-28/3.1 under the march_2021 reading the deadline message says that reading, not "the later of"', () => {
    const l = loan({ maturityDate: '2020-10-31', contractDate: '2019-10-31', covidRepaymentDifficulty: true });
    const byDefault = computeDeferralDeadline(l, poor(), { asOf: '2020-12-31' }).findings.find((f) => f.ruleId === 'deferral.deadline')!;
    expect(byDefault.message.en).toContain('the later of that and 2021-03-31');
    const march = computeDeferralDeadline(l, poor(), { asOf: '2020-12-31', interpretations: { deferralDeadline: 'march_2021' } });
    expect(march.deadline).toBe('2021-03-31');
    const finding = march.findings.find((f) => f.ruleId === 'deferral.deadline')!;
    expect(finding.message.en).not.toContain('the later of');
    expect(finding.message.en).toContain("'march_2021' reading");
    expect(finding.message.zh).toContain('2021年3月31日');
    expect(finding.message.zh).not.toContain('较晚者');
  });
});
