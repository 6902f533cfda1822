// Time as data: a rule whose period does not cover the decision date is not applied. 28号's rules apply
// from its 印发 date, 2020-06-29 (an earlier decision date is bad input); the deferral rules end
// 2021-09-30. Checked for every rule with a period, through every decision that reports it.
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

  it('does not apply a rule on the day after its period, in any decision that reports it', () => {
    const checked: string[] = [];
    const sayPeriod: string[] = [];
    for (const rule of withPeriod) {
      const edge = rule.period!.to;
      if (!edge) continue;
      const asOf = dayAfter(edge);
      const found = everyFinding(asOf).filter((f) => f.ruleId === rule.id);
      if (found.length === 0) continue;
      checked.push(rule.id);
      for (const f of found) expect(f.outcome, `${rule.id} on ${asOf}`).toBe('not_applicable');
      // One scaffold applies every period first, so each says it is the period.
      if (found.some((f) => f.facts?.asOf === asOf && f.facts?.periodFrom === (rule.period!.from ?? null))) sayPeriod.push(rule.id);
    }
    expect(checked.length, checked.join(', ')).toBeGreaterThan(2);
    expect(checked.filter((id) => !sayPeriod.includes(id))).toEqual([]);
  });
});
