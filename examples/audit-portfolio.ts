/**
 * `npm run demo` — audits the sample county with the CLI (the same code as `npx fupin-xindai audit`),
 * writes the HTML report to reports/demo.html and the JSON report to reports/demo.json, and prints
 * the summary an auditor reconciles against the HTML page.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { main } from '../src/cli/main.js';
import { county } from './lib/portfolio.js';

const reports = new URL('../reports/', import.meta.url).pathname;
mkdirSync(reports, { recursive: true });
const args = [
  '--households',
  county('households.csv'),
  '--loans',
  county('loans.csv'),
  '--as-of',
  '2020-12-31',
  '--policy',
  county('policy.json'),
  '--thresholds',
  county('thresholds.json'),
];
for (const format of ['html', 'json'] as const) {
  const code = await main(['audit', ...args, '--format', format, '--out', `${reports}demo.${format}`]);
  if (code !== 0) process.exit(code);
}
const { summary, meta } = JSON.parse(readFileSync(`${reports}demo.json`, 'utf8')) as {
  summary: Record<string, number | string>;
  meta: { rulesetVersion: string };
};
console.log(`Audit of the sample county as of 2020-12-31 (${meta.rulesetVersion})`);
for (const [key, value] of Object.entries(summary)) console.log(`  ${key.padEnd(28)} ${value}`);
console.log(`\nHTML report: ${reports}demo.html   JSON report: ${reports}demo.json`);
