#!/usr/bin/env node
// Loads the built package the way consumers do — `import` and `require` of the package name — and
// checks both builds expose the same API and give the same decisions. Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const esm = await import('fupin-xindai');
const cjs = require('fupin-xindai');
let passed = 0;
const failed = [];
const check = (name, ok) => (ok ? passed++ : failed.push(name));

const names = (m) =>
  Object.keys(m)
    .filter((k) => k !== 'default' && k !== 'module.exports')
    .sort();
check('same export names', JSON.stringify(names(esm)) === JSON.stringify(names(cjs)));
check(
  'exports the five decisions',
  ['checkEligibility', 'computeMaxTopUp', 'computeDeferralDeadline', 'classifyUsage', 'riskCompensationTrigger'].every(
    (n) => typeof esm[n] === 'function' && typeof cjs[n] === 'function',
  ),
);
check('same RULESET_VERSION', esm.RULESET_VERSION === cjs.RULESET_VERSION);
check('same clauses', JSON.stringify(esm.clauses) === JSON.stringify(cjs.clauses));
check('same rules', JSON.stringify(esm.rules) === JSON.stringify(cjs.rules));

const h = { id: 'h1', povertyStatus: 'monitored_edge', onPovertyOfficeList: true, hasIndustrialDevelopmentConditions: true, hasLaborCapacity: true };
const l = {
  id: 'l1',
  householdId: 'h1',
  kind: 'renewal',
  principal: '40000',
  outstanding: '25000.5',
  contractDate: '2019-11-02',
  maturityDate: '2020-10-31',
  covidRepaymentDifficulty: true,
  overdueDays: 120,
};
for (const m of [esm, cjs]) {
  const which = m === esm ? 'esm' : 'cjs';
  check(`${which}: deferral deadline`, m.computeDeferralDeadline(l, h).deadline === '2021-04-30');
  check(`${which}: top-up`, m.computeMaxTopUp(h, [l]).maxTopUp === '24999.50');
  try {
    m.checkEligibility({ ...h, povertyStatus: 'edge' });
    failed.push(`${which}: bad input accepted`);
  } catch (e) {
    check(`${which}: PolicyInputError`, e instanceof m.PolicyInputError && e.issues[0].path === 'household.povertyStatus');
  }
}
check(
  'same decisions from both builds',
  JSON.stringify(esm.checkEligibility(h, { amount: 1, purpose: '养牛' }, { existingLoans: [l] })) ===
    JSON.stringify(cjs.checkEligibility(h, { amount: 1, purpose: '养牛' }, { existingLoans: [l] })),
);

// The package ships its source maps with the sources inside them (sourcesContent), and refers to no file a user
// does not have: the d.ts names no API.md, src/ or test/ path (docs/*.md ship with the package).
const dist = new URL('../dist/', import.meta.url);
for (const f of readdirSync(dist).filter((n) => n.endsWith('.map'))) {
  const map = JSON.parse(readFileSync(new URL(f, dist), 'utf8'));
  check(
    `${f} carries its sources`,
    Array.isArray(map.sourcesContent) &&
      map.sourcesContent.length === map.sources.length &&
      map.sourcesContent.every((s) => typeof s === 'string' && s.length > 0),
  );
}
for (const f of readdirSync(dist).filter((n) => n.endsWith('.d.ts') || n.endsWith('.d.cts'))) {
  const text = readFileSync(new URL(f, dist), 'utf8');
  check(`${f} refers to no file users lack`, !/API\.md|\b(src|test|scripts)\/[\w-]+/.test(text));
}

if (failed.length) console.log(failed.map((f) => `FAIL ${f}`).join('\n'));
console.log(`check-dist: ${passed} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
