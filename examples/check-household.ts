/**
 * `npm run example:household -- HH-230231102-00001` — everything the notices say about one household
 * of the sample county: may it borrow, how much more, and what each of its loans is owed.
 */
import { checkEligibility, checkPolicyContinuity, classifyUsage, computeDeferralDeadline, computeMaxTopUp, type Finding } from 'fupin-xindai';
import { readPortfolio } from './lib/portfolio.js';

const asOf = '2020-12-31';
const { households, loans } = await readPortfolio();
const id = process.argv[2] ?? households[0]!.id;
const household = households.find((h) => h.id === id);
if (!household) {
  console.error(`no household ${id} in examples/data/county/households.csv`);
  process.exit(2);
}
const own = loans.filter((l) => l.householdId === id);

const show = (title: string, findings: readonly Finding[]) => {
  console.log(title);
  for (const f of findings) {
    if (f.outcome === 'not_applicable') continue;
    console.log(`  [${f.outcome}] ${f.message.zh}`);
    console.log(`      ${f.citations[0]!.clauseId}「${f.citations[0]!.quote}」`);
  }
};

console.log(`${household.id}: ${household.povertyStatus}, region ${household.region ?? '—'}, ${own.length} loan(s), as of ${asOf}\n`);
const eligibility = checkEligibility(household, null, { asOf });
show(`May borrow: ${eligibility.eligible ? 'yes' : 'no'}`, eligibility.findings);
const topUp = computeMaxTopUp(household, own, { asOf });
show(`\nTop-up: ${topUp.allowed ? `up to ${topUp.maxTopUp}` : 'none'} (current total ${topUp.currentTotal} of ${topUp.cap})`, topUp.findings);
for (const loan of own) {
  console.log(`\nLoan ${loan.id}: ${loan.kind}, outstanding ${loan.outstanding}, matures ${loan.maturityDate}`);
  if (loan.purpose) {
    const usage = classifyUsage(loan.purpose, { asOf });
    show(`  purpose「${loan.purpose}」→ ${usage.category}`, usage.findings);
  }
  const deferral = computeDeferralDeadline(loan, household, { asOf });
  show(
    `  deferral: ${deferral.eligible ? `until ${deferral.deadline}` : 'not eligible'}`,
    deferral.findings.filter((f) => f.outcome === 'fail' || f.ruleId === 'deferral.deadline'),
  );
  const continuity = checkPolicyContinuity(loan, asOf);
  console.log(`  policies guaranteed unchanged: ${continuity.guaranteed ? `yes, until ${continuity.until}` : 'no'}`);
}
