/**
 * `npm run eval:usage [corpus | path/to/file.tsv ...]` — classifies every text of labelled corpora and prints,
 * for each, accuracy, the share left unknown, prohibited texts wrongly permitted, production texts refused, a
 * confusion matrix and each miss. With no argument: every development corpus, then the held-out one, each
 * scored on its own. A bank's own file is read in the project's format (`text<TAB>category<TAB>note` under that
 * header) or as `label<TAB>text` lines (# starts a comment). Exits 1 when a file misses a floor, 2 when a file
 * cannot be read.
 */
import { existsSync, readFileSync } from 'node:fs';
import {
  CORPORA,
  type CorpusName,
  DEVELOPMENT_CORPORA,
  type Evaluation,
  evaluate,
  FLOORS,
  HELDOUT_CORPORA,
  LABELS,
  parseCorpus,
  readCorpus,
} from '../test/helpers/usage-corpus.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const short: Record<string, string> = {
  production: 'prod',
  marriage: 'marr',
  housing: 'hous',
  wealth_management: 'weal',
  household_goods: 'good',
  other_non_productive: 'othr',
  government_financing_platform: 'govt',
  enterprise_use: 'entr',
  unknown: 'unkn',
};

function report(name: string, e: Evaluation, floors: (typeof FLOORS)['heldout']): boolean {
  const ok =
    e.prohibitedPermitted.length === 0 &&
    e.accuracy >= floors.accuracy &&
    e.productionRefusedShare <= floors.productionRefusedShare &&
    e.unknownShare <= floors.unknownShare;
  console.log(`\n${name}: ${e.total} texts${ok ? '' : '   (misses a floor)'}`);
  console.log(`exact category:          ${e.exact}/${e.total} = ${pct(e.accuracy)}   (floor ≥ ${pct(floors.accuracy)})`);
  console.log(`prohibited → permitted:  ${e.prohibitedPermitted.length}   (floor 0)`);
  console.log(
    `production refused:      ${e.productionRefused.length} = ${pct(e.productionRefusedShare)} of production   (floor ≤ ${pct(floors.productionRefusedShare)})`,
  );
  console.log(`left unknown:            ${pct(e.unknownShare)}   (floor ≤ ${pct(floors.unknownShare)})`);
  console.log('confusion (rows: expected, columns: classified)');
  console.log(['', ...LABELS.map((l) => short[l]!)].map((c) => c.padStart(5)).join(''));
  for (const expected of LABELS) {
    console.log([short[expected]!, ...LABELS.map((a) => String(e.confusion[expected][a] || '.'))].map((c) => c.padStart(5)).join(''));
  }
  if (e.misses.length) {
    console.log('misses:');
    for (const m of e.misses) console.log(`  line ${m.line}: 「${m.text}」 expected ${m.expected}, got ${m.actual} [${m.matchedTerms.join('、')}]`);
  }
  return ok;
}

const args = process.argv.slice(2);
const targets = args.length ? args : [...DEVELOPMENT_CORPORA, ...HELDOUT_CORPORA];
let allOk = true;
for (const target of targets) {
  let rows;
  try {
    rows = (CORPORA as readonly string[]).includes(target)
      ? readCorpus(target as CorpusName)
      : existsSync(target)
        ? parseCorpus(readFileSync(target, 'utf8'), target)
        : undefined;
  } catch (e) {
    console.error(`eval:usage: ${(e as Error).message}`);
    process.exit(2);
  }
  if (!rows) {
    console.error(`eval:usage: ${target} is neither a file nor a corpus (${CORPORA.join(', ')})`);
    process.exit(2);
  }
  const floors = (DEVELOPMENT_CORPORA as readonly string[]).includes(target) ? FLOORS.development : FLOORS.heldout;
  allOk = report(target, evaluate(rows), floors) && allOk;
}
process.exitCode = allOk ? 0 : 1;
