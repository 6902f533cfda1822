/**
 * `npm run example:compensation` — a defaulted loan of the sample county against its township's
 * risk-compensation policy (examples/data/county/policy.json): is compensation triggered, and who
 * pays what, to the fen.
 */
import { readFileSync } from 'node:fs';
import { riskCompensationTrigger, type RiskCompensationPolicy } from 'fupin-xindai';
import { county, readPortfolio } from './lib/portfolio.js';

const { households, loans } = await readPortfolio();
const policies = JSON.parse(readFileSync(county('policy.json'), 'utf8')) as {
  default: RiskCompensationPolicy;
  byRegion: Record<string, RiskCompensationPolicy>;
};
const regionOf = new Map(households.map((h) => [h.id, h.region ?? 'unknown']));

const defaulted = loans.filter((l) => (l.overdueDays ?? 0) >= 90 && l.status !== 'closed').slice(0, 5);
for (const loan of defaulted) {
  const region = loan.region ?? regionOf.get(loan.householdId) ?? 'unknown';
  const policy = policies.byRegion[region] ?? policies.default;
  const r = riskCompensationTrigger(loan, policy, { asOf: '2020-12-31' });
  console.log(`${loan.id} (township ${region}, ${loan.overdueDays} days overdue, outstanding ${loan.outstanding})`);
  console.log(
    `  triggered: ${r.triggered ? 'yes' : 'no'}; compensable ${r.compensableAmount}: fund ${r.shares.fund}, insurer ${r.shares.insurer}, guarantor ${r.shares.guarantor}, bank ${r.shares.bank}`,
  );
  for (const f of r.findings.filter((x) => x.outcome === 'fail'))
    console.log(`  [fail] ${f.message.zh}  ${f.citations[0]!.clauseId}「${f.citations[0]!.quote}」`);
}
