// classifyUsage on real application text: the labelled corpora in test/fixtures, written for this
// project (API.md "classifyUsage"; targets: ≥ 97% exact, ≤ 5% unknown, no prohibited text permitted).
import { describe, expect, it } from 'vitest';
import { evaluate, LABELS, readCorpus } from '../helpers/usage-corpus.js';

const rows = readCorpus();
const result = evaluate(rows);
const show = (list: readonly { line: number; text: string; expected: string; actual: string }[]) =>
  list.map((m) => `line ${m.line}「${m.text}」 expected ${m.expected}, got ${m.actual}`).join('\n');

describe('purpose corpus', () => {
  it('is a real corpus: at least 400 texts covering every category, mixed, negated and traditional cases', () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
    for (const label of LABELS) expect(rows.filter((r) => r.expected === label).length, label).toBeGreaterThanOrEqual(10);
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
    expect(rows.filter((r) => r.note.includes('negated')).length).toBeGreaterThanOrEqual(30);
    expect(rows.filter((r) => r.note.includes('mixed')).length).toBeGreaterThanOrEqual(40);
    expect(rows.filter((r) => r.note.includes('traditional')).length).toBeGreaterThanOrEqual(35);
  });

  it('CBIRC-2020-28/5.1 never permits a text labelled prohibited', () => {
    expect(show(result.prohibitedPermitted)).toBe('');
  });

  it('CBIRC-2020-28/5.1 gets at least 97% of categories exactly right', () => {
    expect(result.accuracy, show(result.misses)).toBeGreaterThanOrEqual(0.97);
  });

  it('CBIRC-2020-28/5.1 leaves at most 5% unknown', () => {
    expect(result.unknownShare).toBeLessThanOrEqual(0.05);
  });

  for (const name of ['purposes-regional.tsv', 'purposes-regional-2.tsv'] as const) {
    it(`CBIRC-2020-28/5.1 meets the same targets on ${name}`, () => {
      const regional = evaluate(readCorpus(name));
      expect(regional.total).toBeGreaterThanOrEqual(200);
      expect(show(regional.prohibitedPermitted)).toBe('');
      expect(regional.accuracy, show(regional.misses)).toBeGreaterThanOrEqual(0.97);
      expect(regional.unknownShare).toBeLessThanOrEqual(0.05);
    });
  }

  it('CBIRC-2020-28/5.1 recognises every prohibited category in the corpus at least 90% of the time', () => {
    for (const label of LABELS.filter((l) => l !== 'production' && l !== 'unknown')) {
      const total = Object.values(result.confusion[label]).reduce((a, b) => a + b, 0);
      expect(result.confusion[label][label] / total, label).toBeGreaterThanOrEqual(0.9);
    }
  });
});
