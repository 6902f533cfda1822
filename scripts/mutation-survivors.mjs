#!/usr/bin/env node
// `node scripts/mutation-survivors.mjs [file-part]` — reads reports/mutation.json (written by
// `npm run test:mutation`) and prints the score, then the surviving and uncovered mutants grouped by
// file, each with its line, mutator, the source line and the replacement. With a file-part, only files
// whose path contains it are listed in full; the rest as counts.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(new URL('../reports/mutation.json', import.meta.url), 'utf8'));
const only = process.argv[2];
const count = { total: 0, killed: 0, timeout: 0, survived: 0, noCoverage: 0, staticSurvivors: 0 };
const byFile = new Map();
const byMutator = new Map();
for (const [file, { source, mutants }] of Object.entries(report.files)) {
  const lines = source.split('\n');
  for (const m of mutants) {
    count.total++;
    if (m.status === 'Killed') count.killed++;
    else if (m.status === 'Timeout') count.timeout++;
    else if (m.status === 'Survived' || m.status === 'NoCoverage') {
      if (m.status === 'Survived') count.survived++;
      else count.noCoverage++;
      if (m.static) count.staticSurvivors++;
      byMutator.set(m.mutatorName, (byMutator.get(m.mutatorName) ?? 0) + 1);
      const line = lines[m.location.start.line - 1].trim().slice(0, 110);
      const entry = `${m.status === 'NoCoverage' ? 'no coverage ' : ''}${m.static ? 'static ' : ''}${m.location.start.line}: ${m.mutatorName}: ${line}  =>  ${String(m.replacement).replace(/\s+/g, ' ').slice(0, 80)}`;
      byFile.set(file, [...(byFile.get(file) ?? []), entry]);
    }
  }
}
const score = (((count.killed + count.timeout) / count.total) * 100).toFixed(1);
console.log(`mutation score ${score}%`, count);
console.log('survivors by mutator', Object.fromEntries([...byMutator].sort((a, b) => b[1] - a[1])));
for (const [file, entries] of [...byFile].sort((a, b) => b[1].length - a[1].length)) {
  if (only && !file.includes(only)) {
    console.log(`${String(entries.length).padStart(4)} ${file}`);
    continue;
  }
  console.log(`\n## ${file} (${entries.length})`);
  for (const e of entries) console.log(`  ${e}`);
}
