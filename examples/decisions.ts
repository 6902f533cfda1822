/**
 * `npm run example:decisions` — runs every public decision over the sample data in `examples/data/` and prints
 * what an auditor needs: the headline value, then each finding with the sentences it cites.
 * The library never reads the clock, so the decision date is a constant passed in as `asOf`.
 */
import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import {
  checkEligibility,
  checkPolicyContinuity,
  classifyUsage,
  computeDeferralDeadline,
  computeMaxTopUp,
  riskCompensationTrigger,
  type Finding,
  type Household,
  type Loan,
  type RiskCompensationPolicy,
} from 'fupin-xindai';

const asOf = '2020-09-30';
const options = { asOf };

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')) as T;
}

const households = readJson<Household[]>('households.json');
const loans = readJson<Loan[]>('loans.json');
const policy = readJson<RiskCompensationPolicy>('policy.json');

/** Purposes for the sample requests, one per household in turn. */
const samplePurposes = ['养殖肉牛', '种植大豆', '扩建牛舍', '盖房', '开小卖部', '娶媳妇彩礼', '购买种子化肥', '看病', '种植木耳', '转贷给合作社统一经营'];

/**
 * Prints a decision's headline, then its findings (those of `only` rule ids, when given). A finding
 * that applied quotes its sentences; a not-applicable one just names them, to keep the page short.
 */
function printFindings(title: string, findings: readonly Finding[], only?: readonly string[]): void {
  console.log(`  ${title}`);
  for (const f of findings) {
    if (only && !only.includes(f.ruleId)) continue;
    console.log(`    [${f.outcome}] ${f.ruleId} — ${f.message.zh} / ${f.message.en}`);
    if (f.outcome === 'not_applicable') console.log(`        ↳ ${f.citations.map((c) => c.clauseId).join(', ')}`);
    else for (const c of f.citations) console.log(`        ↳ ${c.clauseId}「${c.quote}」`);
  }
}

const yesNo = (b: boolean | null): string => (b === null ? 'needs review' : b ? 'yes' : 'no');

const activeLoans = loans.filter((l) => l.status !== 'closed').length;
let eligibleHouseholds = 0;
let deferralEligibleLoans = 0;
let triggeredLoans = 0;
let fundTotal = new Decimal(0);

console.log(`扶贫小额信贷 demo — asOf ${asOf}: ${households.length} households, ${loans.length} loans`);

households.forEach((household, i) => {
  const existingLoans = loans.filter((l) => l.householdId === household.id);
  console.log(`\n=== Household ${household.id} (${household.povertyStatus}, region ${household.region ?? '—'}) ===`);

  const eligibility = checkEligibility(household, null, options);
  if (eligibility.eligible) eligibleHouseholds += 1;
  printFindings(`checkEligibility → eligible: ${yesNo(eligibility.eligible)}`, eligibility.findings);

  const topUp = computeMaxTopUp(household, loans, options);
  printFindings(
    `computeMaxTopUp → allowed: ${yesNo(topUp.allowed)}, maxTopUp ${topUp.maxTopUp} (current ${topUp.currentTotal} of cap ${topUp.cap})`,
    topUp.findings,
    ['top_up.household_cap'],
  );

  const request = { amount: '10000', purpose: samplePurposes[i % samplePurposes.length]! };
  const withRequest = checkEligibility(household, request, { ...options, existingLoans });
  printFindings(`checkEligibility(request ${request.amount} for「${request.purpose}」) → eligible: ${yesNo(withRequest.eligible)}`, withRequest.findings, [
    'request.purpose',
    'request.household_cap',
  ]);
});

for (const loan of loans) {
  const household = households.find((h) => h.id === loan.householdId);
  if (!household) throw new Error(`loan ${loan.id}: unknown household ${loan.householdId}`);
  console.log(`\n=== Loan ${loan.id} (${loan.kind}, ${loan.status ?? 'active'}, outstanding ${loan.outstanding}, matures ${loan.maturityDate}) ===`);

  if (loan.purpose != null) {
    const usage = classifyUsage(loan.purpose, options);
    const terms = usage.matchedTerms.length > 0 ? ` [${usage.matchedTerms.join('、')}]` : '';
    printFindings(`classifyUsage「${loan.purpose}」→ ${usage.category}${terms}, permitted: ${yesNo(usage.permitted)}`, usage.findings);
  }

  // Totals count active loans only, as the audit summary does (the decisions themselves ignore `status`).
  const active = loan.status !== 'closed';
  const deferral = computeDeferralDeadline(loan, household, options);
  if (active && deferral.eligible) deferralEligibleLoans += 1;
  printFindings(`computeDeferralDeadline → eligible: ${yesNo(deferral.eligible)}, deadline ${deferral.deadline ?? '—'}`, deferral.findings);

  const compensation = riskCompensationTrigger(loan, policy, options);
  if (active && compensation.triggered) {
    triggeredLoans += 1;
    fundTotal = fundTotal.plus(compensation.shares.fund);
  }
  const { fund, insurer, guarantor, bank } = compensation.shares;
  printFindings(
    `riskCompensationTrigger → triggered: ${yesNo(compensation.triggered)}, amount ${compensation.compensableAmount}` +
      ` (fund ${fund}, insurer ${insurer}, guarantor ${guarantor}, bank ${bank})`,
    compensation.findings,
  );

  const continuity = checkPolicyContinuity(loan, asOf);
  printFindings(`checkPolicyContinuity → guaranteed: ${yesNo(continuity.guaranteed)}, until ${continuity.until ?? '—'}`, continuity.findings);
}

console.log(
  `\nTotals (asOf ${asOf}): ${eligibleHouseholds}/${households.length} households eligible; ` +
    `${deferralEligibleLoans}/${activeLoans} active loans deferral-eligible; ` +
    `${triggeredLoans} active loans trigger compensation, fund total ${fundTotal.toFixed(2)} yuan.`,
);
