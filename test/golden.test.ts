// The golden cases (issue 14): every public decision on recorded inputs decides as recorded, and a decision that
// changes comes with a new RULESET_VERSION and a regenerated file (`npm run golden:update`), so the change shows in
// review as a diff of decisions. The cases reach every rule in the registry, under both jurisdictions, with each
// interpretation pinned to each value, at each rule period's boundaries.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InterpretationsSchema, rules, RULESET_VERSION } from 'fupin-xindai';
import { boundaryDates, goldenInputs } from './golden/cases.js';
import { changedCases, FUNCTIONS, GOLDEN_PATH, goldenProblems, type GoldenCase, type GoldenFile } from './golden/run.js';

const file = JSON.parse(readFileSync(new URL(`../${GOLDEN_PATH}`, import.meta.url), 'utf8')) as GoldenFile;

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every finding anywhere in an output (a decision's findings, a region's flags). */
function findingsIn(value: unknown): { ruleId: string; outcome: string }[] {
  if (Array.isArray(value)) return value.flatMap(findingsIn);
  if (!isRec(value)) return [];
  if (typeof value.ruleId === 'string') return [value as { ruleId: string; outcome: string }];
  return Object.values(value).flatMap(findingsIn);
}

/** A case's options: its last argument (every public function takes options last). */
const optionsOf = (c: GoldenCase): Rec => {
  const last = c.args[c.args.length - 1];
  return isRec(last) ? last : {};
};
/** The date a case decides for: `options.asOf`, or the `asOf` argument of the two functions that take one. */
const POSITIONAL_AS_OF: Partial<Record<string, number>> = { checkPolicyContinuity: 1, checkInterestSubsidy: 2 };
const asOfOf = (c: GoldenCase): unknown => {
  const at = POSITIONAL_AS_OF[c.call];
  return at === undefined ? optionsOf(c).asOf : c.args[at];
};

describe('golden cases', () => {
  it('the recording logic says what to do (these messages are what a failing run prints)', () => {
    const changed = [{ id: 'a' }, { id: 'b' }];
    expect(goldenProblems({ rulesetVersion: 'v1' }, [], 'v1')).toEqual([]);
    const same = goldenProblems({ rulesetVersion: 'v1' }, changed, 'v1');
    expect(same).toHaveLength(1);
    expect(same[0]).toMatch(/2 golden case\(s\) decide differently, yet RULESET_VERSION is still 'v1'/);
    expect(same[0]).toContain('  - a\n  - b\n');
    expect(same[0]).toContain('bump RULESET_VERSION (src/rules/index.ts) and regenerate with `npm run golden:update`');
    for (const c of [[], changed]) {
      const bumped = goldenProblems({ rulesetVersion: 'v1' }, c, 'v2');
      expect(bumped).toHaveLength(1);
      expect(bumped[0]).toContain(
        "RULESET_VERSION is 'v2' but test/fixtures/golden/decisions.json was made with 'v1': regenerate it with `npm run golden:update`",
      );
    }
    const recorded: GoldenCase[] = [{ id: 'x', call: 'classifyUsage', args: ['养牛', null], output: { category: 'housing' } }];
    expect(changedCases(recorded).map((c) => c.id)).toEqual(['x']);
  });

  it('the file was made with this RULESET_VERSION', () => {
    expect(file.rulesetVersion, goldenProblems(file, [], RULESET_VERSION).join('\n')).toBe(RULESET_VERSION);
  });

  it('every recorded case decides as recorded', () => {
    const changed = changedCases(file.cases);
    const problems = goldenProblems(file, changed, RULESET_VERSION);
    expect(
      changed.map((c) => c.id),
      problems.join('\n'),
    ).toEqual([]);
  });

  it('records every case test/golden/cases.ts makes, with the same inputs', () => {
    const recorded = new Map(file.cases.map((c) => [c.id, c]));
    const missing = goldenInputs.filter((c) => !recorded.has(c.id)).map((c) => c.id);
    const stale = goldenInputs.filter((c) => recorded.has(c.id) && JSON.stringify(recorded.get(c.id)!.args) !== JSON.stringify(c.args)).map((c) => c.id);
    const extra = file.cases.filter((c) => !goldenInputs.some((g) => g.id === c.id)).map((c) => c.id);
    expect({ missing, stale, extra }, 'run `npm run golden:update`').toEqual({ missing: [], stale: [], extra: [] });
  });

  it('every rule in the registry is reported by some case, with more than one outcome, under both jurisdictions', () => {
    const seen = new Map<string, { outcomes: Set<string>; jurisdictions: Set<string> }>();
    for (const c of file.cases) {
      const given = optionsOf(c).jurisdiction;
      const jurisdiction = typeof given === 'string' ? given : 'HLJ';
      for (const f of findingsIn(c.output)) {
        const s = seen.get(f.ruleId) ?? { outcomes: new Set(), jurisdictions: new Set() };
        s.outcomes.add(f.outcome);
        s.jurisdictions.add(jurisdiction);
        seen.set(f.ruleId, s);
      }
    }
    expect(
      rules.map((r) => r.id).filter((id) => !seen.has(id)),
      'rules no golden case reports',
    ).toEqual([]);
    for (const r of rules) {
      expect([...seen.get(r.id)!.outcomes].length, `${r.id}: outcomes ${[...seen.get(r.id)!.outcomes].join(', ')}`).toBeGreaterThan(1);
      expect([...seen.get(r.id)!.jurisdictions].sort(), r.id).toEqual(['HLJ', 'national']);
    }
    // A case where the rule holds (or, for an advisory rule, speaks), and one where it fails or does not apply.
    for (const r of rules) {
      const o = seen.get(r.id)!.outcomes;
      expect(o.has('pass') || o.has('advisory'), `${r.id}: never holds`).toBe(true);
      expect(o.has('fail') || o.has('not_applicable'), `${r.id}: never fails nor is out of scope`).toBe(true);
    }
  });

  it("tries every decision that reports a rule on each of the rule's period boundaries", () => {
    const callsOf = new Map<string, Set<string>>();
    for (const c of file.cases) for (const f of findingsIn(c.output)) callsOf.set(f.ruleId, (callsOf.get(f.ruleId) ?? new Set()).add(c.call));
    for (const r of rules) {
      const dates = [
        ...(r.period?.from ? [boundaryDates[boundaryDates.indexOf(r.period.from) - 1]!, r.period.from] : []),
        ...(r.period?.to ? [r.period.to, boundaryDates[boundaryDates.indexOf(r.period.to) + 1]!] : []),
      ];
      for (const d of dates) {
        for (const call of callsOf.get(r.id) ?? []) {
          expect(
            file.cases.some((c) => c.call === call && asOfOf(c) === d),
            `${r.id}: no ${call} case on ${d}`,
          ).toBe(true);
        }
      }
    }
    // The boundaries are the day before / after, from the registry, not written by hand.
    expect(boundaryDates.length).toBeGreaterThan(0);
    for (const r of rules) if (r.period?.from) expect(boundaryDates).toContain(r.period.from);
  });

  it('pins every interpretation to each of its values somewhere', () => {
    for (const [key, field] of Object.entries(InterpretationsSchema.shape)) {
      for (const value of field.unwrap().unwrap().options) {
        expect(
          file.cases.some((c) => isRec(optionsOf(c).interpretations) && (optionsOf(c).interpretations as Rec)[key] === value),
          `${key}: '${value}'`,
        ).toBe(true);
      }
    }
  });

  it('calls each public function it knows, and only through the public surface', async () => {
    const api = (await import('fupin-xindai')) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(FUNCTIONS)) {
      expect(api[name], name).toBe(fn);
      expect(
        file.cases.some((c) => c.call === name),
        name,
      ).toBe(true);
    }
  });
});
