// Time as data: 28号's rules apply from its 印发 date, 2020-06-29 (an earlier decision date is bad input),
// and none ends: a rule about an act judges it by the act's own dates, whatever the decision date (API.md,
// Revisions: "Two dates"). Checked through every decision that reports a rule.
import { describe, expect, it } from 'vitest';
import { PolicyInputError, rules } from 'fupin-xindai';
import { everyFinding as everyDecision } from '../helpers/every-decision.js';
import { addDays } from '../properties/arbitraries.js';

const everyFinding = (asOf: string) => everyDecision(asOf, { fundEstablished: true, minOverdueDays: 90, fundShare: '0.8' });

const dayBefore = (d: string) => {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  if (day > 1) return `${y}-${String(m).padStart(2, '0')}-${String(day - 1).padStart(2, '0')}`;
  throw new Error(`no test date before ${d}`);
};
const dayAfter = (d: string) => addDays(d, 1);

describe('rule periods', () => {
  const withPeriod = rules.filter((r) => r.period);
  it('has periods to check', () => expect(withPeriod.length).toBeGreaterThan(15));

  it('every period starts when 28号 was issued, and the day before is bad input for every decision (API.md, Revisions)', () => {
    const starts = new Set(withPeriod.map((r) => r.period!.from));
    expect([...starts]).toEqual(['2020-06-29']);
    expect(() => everyFinding(dayBefore('2020-06-29'))).toThrow(PolicyInputError);
    expect(everyFinding('2020-06-29').length).toBeGreaterThan(20);
  });

  it('judges every act by its own date: the act rules say the same of 2020 records on 2021-06-30 as on 2026-12-01', () => {
    const acts = new Set(rules.filter((r) => r.governedBy === 'act').map((r) => r.id));
    const actFindings = (asOf: string) => everyFinding(asOf).filter((f) => acts.has(f.ruleId));
    const atTheTime = actFindings('2021-06-30');
    expect(new Set(atTheTime.map((f) => f.ruleId)).size).toBeGreaterThan(5);
    expect(actFindings(dayAfter('2021-09-30'))).toEqual(atTheTime);
    expect(actFindings('2026-12-01')).toEqual(atTheTime);
  });
});
