// Time as data: a rule whose period does not cover the decision date is not applied. 28号's rules apply
// from its 印发 date, 2020-06-29; the deferral rules end 2021-09-30. Checked for every rule with a
// period, through every decision that reports it, on the day before its period and the day after.
import { describe, expect, it } from 'vitest';
import { rules } from 'fupin-xindai';
import { everyFinding as everyDecision } from '../helpers/every-decision.js';
import { addDays } from '../properties/arbitraries.js';

// The region does not require a collection attempt, so compensation's collection rule has its own
// reason not to apply before the period (see FIRST_SAY_SOMETHING_ELSE).
const everyFinding = (asOf: string) => everyDecision(asOf, { fundEstablished: true, minOverdueDays: 90, fundShare: '0.8' });

const dayBefore = (d: string) => {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  if (day > 1) return `${y}-${String(m).padStart(2, '0')}-${String(day - 1).padStart(2, '0')}`;
  throw new Error(`no test date before ${d}`);
};
const dayAfter = (d: string) => addDays(d, 1);

// Not applicable for a reason that comes first: the deferral deadline and lower rate when the conditions
// before them were out of their period (so no deferral is allowed); compensation's collection when the region
// does not require it, and its shares when the trigger's conditions were out of their period; the guarantee's
// term when the signing rule was.
const FIRST_SAY_SOMETHING_ELSE = {
  before: ['deferral.deadline', 'deferral.lower_rate', 'compensation.collection_attempted', 'compensation.shares', 'continuity.within_term'],
  after: ['deferral.deadline', 'deferral.lower_rate'],
};

describe('rule periods', () => {
  const withPeriod = rules.filter((r) => r.period);
  it('has periods to check', () => expect(withPeriod.length).toBeGreaterThan(15));

  for (const when of ['before', 'after'] as const) {
    it(`does not apply a rule on the day ${when} its period, in any decision that reports it`, () => {
      const checked: string[] = [];
      const sayPeriod: string[] = [];
      for (const rule of withPeriod) {
        const edge = when === 'before' ? rule.period!.from : rule.period!.to;
        if (!edge) continue;
        const asOf = when === 'before' ? dayBefore(edge) : dayAfter(edge);
        const found = everyFinding(asOf).filter((f) => f.ruleId === rule.id);
        if (found.length === 0) continue;
        checked.push(rule.id);
        for (const f of found) expect(f.outcome, `${rule.id} on ${asOf}`).toBe('not_applicable');
        // Most say it is the period; a few are not applicable for a reason that comes first (the
        // deadline, when the conditions before it were already out of their period).
        if (found.some((f) => f.facts?.asOf === asOf && f.facts?.periodFrom === (rule.period!.from ?? null))) sayPeriod.push(rule.id);
      }
      expect(checked.length, checked.join(', ')).toBeGreaterThan(when === 'before' ? 15 : 2);
      expect(checked.filter((id) => !sayPeriod.includes(id))).toEqual(FIRST_SAY_SOMETHING_ELSE[when]);
    });
  }
});
