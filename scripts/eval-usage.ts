/**
 * `npm run eval:usage [corpus]` — classifies every text of a labelled corpus in test/fixtures (default
 * purposes.tsv; also purposes-regional.tsv, purposes-regional-2.tsv) and prints accuracy, the share left
 * unknown, prohibited texts wrongly permitted, a confusion matrix and each miss.
 */
import { CORPORA, evaluate, LABELS, readCorpus } from '../test/helpers/usage-corpus.js';

const name = (process.argv[2] ?? 'purposes.tsv') as (typeof CORPORA)[number];
if (!CORPORA.includes(name)) {
  console.error(`unknown corpus ${name}; one of ${CORPORA.join(', ')}`);
  process.exit(2);
}
const e = evaluate(readCorpus(name));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`${name}: ${e.total} texts`);
console.log(`exact category:          ${e.exact}/${e.total} = ${pct(e.accuracy)}   (target ≥ 97%)`);
console.log(`left unknown:            ${pct(e.unknownShare)}   (target ≤ 5%)`);
console.log(`prohibited → permitted:  ${e.prohibitedPermitted.length}   (target 0)`);

const short: Record<string, string> = {
  production: 'prod', marriage: 'marr', housing: 'hous', wealth_management: 'weal', household_goods: 'good',
  other_non_productive: 'othr', government_financing_platform: 'govt', enterprise_use: 'entr', unknown: 'unkn',
};
console.log('\nconfusion (rows: expected, columns: classified)');
console.log(['', ...LABELS.map((l) => short[l]!)].map((c) => c.padStart(5)).join(''));
for (const expected of LABELS) {
  console.log([short[expected]!, ...LABELS.map((a) => String(e.confusion[expected][a] || '.'))].map((c) => c.padStart(5)).join(''));
}
if (e.misses.length) {
  console.log('\nmisses:');
  for (const m of e.misses) console.log(`  line ${m.line}: 「${m.text}」 expected ${m.expected}, got ${m.actual} [${m.matchedTerms.join('、')}]`);
}
process.exitCode = e.prohibitedPermitted.length === 0 && e.accuracy >= 0.97 && e.unknownShare <= 0.05 ? 0 : 1;
