/**
 * The labelled purpose corpora and their evaluation against classifyUsage, shared by the test suite
 * (which asserts the targets) and `npm run eval:usage` (which prints them).
 *
 * - purposes.tsv — 484 application texts, the corpus the issue's targets are set on;
 * - purposes-regional.tsv, purposes-regional-2.tsv — 200 more each, written independently with other
 *   provinces' vocabulary; each was scored once before the lexicon learnt from it (docs/usage-classifier.md
 *   records those first-contact figures, the honest estimate on unseen text).
 */
import { readFileSync } from 'node:fs';
import { classifyUsage, USAGE_PURPOSES, type UsagePurpose } from 'fupin-xindai';

export type Label = UsagePurpose | 'unknown';
export const LABELS: readonly Label[] = [...USAGE_PURPOSES, 'unknown'];

export interface CorpusRow {
  readonly line: number;
  readonly text: string;
  readonly expected: Label;
  readonly note: string;
}

export const CORPORA = ['purposes.tsv', 'purposes-regional.tsv', 'purposes-regional-2.tsv'] as const;

export function readCorpus(name: (typeof CORPORA)[number] = 'purposes.tsv'): CorpusRow[] {
  const lines = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8').split('\n');
  if (lines[0] !== 'text\tcategory\tnote') throw new Error('purposes.tsv: unexpected header');
  const rows: CorpusRow[] = [];
  lines.slice(1).forEach((raw, i) => {
    if (raw === '') return;
    const [text, expected, note = ''] = raw.split('\t');
    if (!text || !LABELS.includes(expected as Label)) throw new Error(`purposes.tsv line ${i + 2}: bad row`);
    rows.push({ line: i + 2, text, expected: expected as Label, note });
  });
  return rows;
}

export interface Evaluation {
  readonly total: number;
  readonly exact: number;
  readonly accuracy: number;
  /** Texts labelled prohibited that the classifier permitted: the error that must never happen. */
  readonly prohibitedPermitted: readonly (CorpusRow & { actual: Label })[];
  readonly unknownShare: number;
  /** confusion[expected][actual] = count */
  readonly confusion: Record<Label, Record<Label, number>>;
  readonly misses: readonly (CorpusRow & { actual: Label; matchedTerms: readonly string[] })[];
}

export function evaluate(rows: readonly CorpusRow[]): Evaluation {
  const confusion = Object.fromEntries(LABELS.map((e) => [e, Object.fromEntries(LABELS.map((a) => [a, 0]))])) as Evaluation['confusion'];
  const misses: (CorpusRow & { actual: Label; matchedTerms: readonly string[] })[] = [];
  let unknown = 0;
  for (const row of rows) {
    const r = classifyUsage(row.text);
    confusion[row.expected][r.category]++;
    if (r.category === 'unknown') unknown++;
    if (r.category !== row.expected) misses.push({ ...row, actual: r.category, matchedTerms: r.matchedTerms });
  }
  const prohibited = (l: Label) => l !== 'production' && l !== 'unknown';
  return {
    total: rows.length,
    exact: rows.length - misses.length,
    accuracy: (rows.length - misses.length) / rows.length,
    prohibitedPermitted: misses.filter((m) => prohibited(m.expected) && m.actual === 'production'),
    unknownShare: unknown / rows.length,
    confusion,
    misses,
  };
}
