// Which sentence each rule rests on, in each jurisdiction: the map from law to code, written out here by
// hand from the two notices (not read back from the rules registry, which is built from the same
// definitions this checks). Nationally a finding cites 28号 only; in Heilongjiang it cites 28号's sentence
// and then the 47号 sentence that forwards or sharpens it, each quote once.
import { describe, expect, it } from 'vitest';
import { rules } from 'fupin-xindai';
import { everyFinding as everyDecision } from '../helpers/every-decision.js';
import { cited } from '../helpers/fixtures.js';

const EXPECTED: Record<string, { national: string[]; hlj: string[] }> = {
  // An edge household here; 47号 三's 「符合条件的贫困户和边缘户」 speaks of both (a registered poor household cites
  // only it: test/rules/poverty-status.test.ts).
  'household.poverty_status': { national: ['CBIRC-2020-28/2.1'], hlj: ['CBIRC-2020-28/2.1', 'HLJ-2020-47/2.2', 'HLJ-2020-47/3.8'] },
  'household.edge_conditions': { national: ['CBIRC-2020-28/2.1'], hlj: ['CBIRC-2020-28/2.1', 'HLJ-2020-47/2.2'] },
  'household.poverty_office_list': { national: ['CBIRC-2020-28/2.2'], hlj: ['CBIRC-2020-28/2.2', 'HLJ-2020-47/3.3'] },
  'request.purpose': { national: ['CBIRC-2020-28/5.1'], hlj: ['CBIRC-2020-28/5.1', 'HLJ-2020-47/2.5'] },
  'request.household_cap': { national: ['CBIRC-2020-28/4.3'], hlj: ['CBIRC-2020-28/4.3'] },
  'top_up.household_cap': { national: ['CBIRC-2020-28/4.3'], hlj: ['CBIRC-2020-28/4.3'] },
  'household.total_within_cap': { national: ['CBIRC-2020-28/4.3'], hlj: ['CBIRC-2020-28/4.3'] },
  'deferral.household': { national: ['CBIRC-2020-28/3.1', 'CBIRC-2020-28/2.1'], hlj: ['CBIRC-2020-28/3.1', 'CBIRC-2020-28/2.1', 'HLJ-2020-47/2.3'] },
  'deferral.covid_difficulty': { national: ['CBIRC-2020-28/3.1'], hlj: ['CBIRC-2020-28/3.1', 'HLJ-2020-47/2.3'] },
  // 28号 三 names the window's two ends in two phrases of one sentence, each quoted.
  'deferral.maturity_window': { national: ['CBIRC-2020-28/3.1', 'CBIRC-2020-28/3.1'], hlj: ['CBIRC-2020-28/3.1', 'CBIRC-2020-28/3.1', 'HLJ-2020-47/2.3'] },
  'deferral.deadline': { national: ['CBIRC-2020-28/3.1'], hlj: ['CBIRC-2020-28/3.1', 'HLJ-2020-47/2.3'] },
  'deferral.granted_within_limit': { national: ['CBIRC-2020-28/3.1'], hlj: ['CBIRC-2020-28/3.1', 'HLJ-2020-47/2.3'] },
  'deferral.lower_rate': { national: ['CBIRC-2020-28/3.2'], hlj: ['CBIRC-2020-28/3.2'] },
  'compensation.loan_active': { national: ['CBIRC-2020-28/5.3'], hlj: ['CBIRC-2020-28/5.3', 'HLJ-2020-47/2.5'] },
  // The trigger conditions, and 三's extension of the repayment deadline that keeps a deferred loan from being due.
  'compensation.outside_deferral': {
    national: ['CBIRC-2020-28/5.3', 'CBIRC-2020-28/3.1'],
    hlj: ['CBIRC-2020-28/5.3', 'CBIRC-2020-28/3.1', 'HLJ-2020-47/2.5', 'HLJ-2020-47/2.3'],
  },
  'compensation.fund_established': { national: ['CBIRC-2020-28/2.6'], hlj: ['CBIRC-2020-28/2.6', 'HLJ-2020-47/3.7'] },
  'compensation.overdue_days': { national: ['CBIRC-2020-28/5.3'], hlj: ['CBIRC-2020-28/5.3', 'HLJ-2020-47/2.5'] },
  'compensation.collection_attempted': { national: ['CBIRC-2020-28/5.3'], hlj: ['CBIRC-2020-28/5.3', 'HLJ-2020-47/2.5'] },
  'compensation.shares': { national: ['CBIRC-2020-28/5.3'], hlj: ['CBIRC-2020-28/5.3'] },
  'continuity.signed_in_campaign': { national: ['CBIRC-2020-28/1.1'], hlj: ['CBIRC-2020-28/1.1', 'HLJ-2020-47/2.1'] },
  'continuity.within_term': { national: ['CBIRC-2020-28/1.1', 'CBIRC-2020-28/3.2'], hlj: ['CBIRC-2020-28/1.1', 'CBIRC-2020-28/3.2'] },
  'subsidy.household': { national: ['CBIRC-2020-28/2.5', 'CBIRC-2020-28/2.1'], hlj: ['CBIRC-2020-28/2.5', 'CBIRC-2020-28/2.1', 'HLJ-2020-47/3.6'] },
  'subsidy.policy_continuity': { national: ['CBIRC-2020-28/1.1', 'CBIRC-2020-28/3.2'], hlj: ['CBIRC-2020-28/1.1', 'CBIRC-2020-28/3.2', 'HLJ-2020-47/2.1'] },
  'household_use.used_by': { national: ['CBIRC-2020-28/5.1'], hlj: ['CBIRC-2020-28/5.1', 'HLJ-2020-47/2.5'] },
  'household_use.repaid_by': { national: ['CBIRC-2020-28/5.1'], hlj: ['CBIRC-2020-28/5.1', 'HLJ-2020-47/2.5'] },
  // 户用, and 更不能集中用于政府融资平台、生产经营企业等: two phrases of 28号 五's sentence.
  'household_use.purpose': { national: ['CBIRC-2020-28/5.1', 'CBIRC-2020-28/5.1'], hlj: ['CBIRC-2020-28/5.1', 'CBIRC-2020-28/5.1', 'HLJ-2020-47/2.5'] },
  'monitoring.overdue': { national: ['CBIRC-2020-28/5.2'], hlj: ['CBIRC-2020-28/5.2'] },
};

// The region requires a collection attempt, so every compensation rule applies and cites.
const policy = { fundEstablished: true, minOverdueDays: 90, fundShare: '0.8', requireCollectionAttempted: true };
const everyFinding = (jurisdiction: 'HLJ' | 'national') => everyDecision('2020-12-01', policy, jurisdiction);

describe('the sentence each rule rests on', () => {
  for (const [jurisdiction, key] of [
    ['national', 'national'],
    ['HLJ', 'hlj'],
  ] as const) {
    it(`CBIRC-2020-28/2.1 HLJ-2020-47/2.5 every finding cites its rule's sentences ${jurisdiction === 'HLJ' ? "and then 47号's" : 'of 28号 only'}, each quote once (${jurisdiction})`, () => {
      const seen = new Set<string>();
      for (const f of everyFinding(jurisdiction)) {
        const expected = EXPECTED[f.ruleId];
        if (!expected) continue;
        expect(f.outcome, f.ruleId).not.toBe('not_applicable');
        expect(cited(f), `${f.ruleId} (${jurisdiction})`).toEqual(expected[key]);
        const quotes = f.citations.map((c) => `${c.clauseId} ${c.quote}`);
        expect(new Set(quotes).size, `${f.ruleId} (${jurisdiction}) quotes a phrase twice`).toBe(quotes.length);
        seen.add(f.ruleId);
      }
      expect([...seen].sort()).toEqual(Object.keys(EXPECTED).sort());
    });
  }

  it('matches the rules registry, which lists the same clauses', () => {
    for (const [id, { hlj, national }] of Object.entries(EXPECTED)) {
      const rule = rules.find((r) => r.id === id);
      expect(rule, id).toBeDefined();
      expect(new Set(rule!.clauseIds), id).toEqual(new Set([...national, ...hlj]));
    }
  });
});
