/**
 * `npm run example:monitor` — 28号 五's monitoring over the sample county, township by township, flagged
 * against the thresholds in examples/data/county/thresholds.json (the notice names no numbers: these
 * are the county's own).
 */
import { readFileSync } from 'node:fs';
import { monitorPortfolio, type Thresholds } from 'fupin-xindai';
import { county, readPortfolio } from './lib/portfolio.js';

const { households, loans, skipped } = await readPortfolio();
const thresholds = JSON.parse(readFileSync(county('thresholds.json'), 'utf8')) as Thresholds;
const report = monitorPortfolio(households, loans, { asOf: '2020-12-31', thresholds });

console.log(`${loans.length} loans in ${report.regions.length} townships (${skipped} bad rows left out; the audit CLI lists them)\n`);
console.log(['township', 'loans', 'outstanding', 'maturing', 'overdue', 'NPL', 'special', '户贷企用', 'flags'].map((h) => h.padStart(12)).join(''));
for (const r of report.regions) {
  console.log(
    [
      r.region,
      String(r.activeLoans),
      r.outstanding,
      r.maturingSoonShare,
      r.overdueShare,
      r.nplRatio,
      r.specialMentionShare,
      r.enterpriseUseOutstanding,
      String(r.flags.length),
    ]
      .map((c) => c.padStart(12))
      .join(''),
  );
}
console.log();
for (const f of report.findings) {
  console.log(`[${f.outcome}] ${f.message.zh}`);
  console.log(`    ${f.citations[0]!.clauseId}「${f.citations[0]!.quote}」`);
}
