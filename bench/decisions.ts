/**
 * `npm run bench` — every decision's throughput in one run, so ratios hold on a noisy machine, beside the
 * engine a bank would otherwise use (json-rules-engine, async) and a bare hand-written function with no
 * validation (the practical ceiling). All three first decide every generated case, and must agree.
 * Targets (issue 6): checkEligibility with a request ≥ 40× json-rules-engine and within 6× of the bare
 * function; household only ≥ 1,000,000/s; every other decision ≥ 300,000/s.
 */
import { Engine } from 'json-rules-engine';
import {
  checkEligibility,
  classifyUsage,
  computeDeferralDeadline,
  computeMaxTopUp,
  riskCompensationTrigger,
  USAGE_PURPOSES,
  type Household,
  type Loan,
} from '../src/index.js';
import { readCorpus } from '../test/helpers/usage-corpus.js';

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;

const CASES = 2000;
const households: Household[] = Array.from({ length: CASES }, (_, i) => {
  const status = pick(['registered_poor', 'registered_poor', 'monitored_edge', 'none'] as const);
  return {
    id: `h${i}`,
    povertyStatus: status,
    onPovertyOfficeList: random() < 0.9,
    ...(status === 'monitored_edge' ? { hasIndustrialDevelopmentConditions: random() < 0.8, hasLaborCapacity: random() < 0.8 } : {}),
  };
});
const requests = households.map(() => ({ amount: String(1000 * (1 + Math.floor(random() * 60))), purpose: pick(USAGE_PURPOSES) }));
const loans: Loan[] = households.map((h, i) => ({
  id: `l${i}`,
  householdId: h.id,
  kind: 'new',
  principal: '30000',
  outstanding: String(Math.floor(random() * 30000)),
  contractDate: '2019-06-01',
  maturityDate: pick(['2019-12-31', '2020-05-31', '2020-12-31', '2021-03-31', '2021-04-01']),
  covidRepaymentDifficulty: random() < 0.5,
  overdueDays: pick([0, 30, 90, 200]),
  collectionAttempted: random() < 0.7,
}));
const policy = { fundEstablished: true, minOverdueDays: 90, fundShare: '0.7', insurerShare: '0.1', requireCollectionAttempted: true };
const texts = readCorpus().map((r) => r.text).filter((t) => t.length >= 10 && t.length <= 40);

// The same four eligibility rules, as a bank would write them for json-rules-engine.
const engine = new Engine([], { allowUndefinedFacts: true });
engine.addRule({
  conditions: {
    all: [
      { fact: 'povertyStatus', operator: 'in', value: ['registered_poor', 'monitored_edge'] },
      { any: [{ fact: 'povertyStatus', operator: 'equal', value: 'registered_poor' }, { all: [{ fact: 'hasIndustrialDevelopmentConditions', operator: 'equal', value: true }, { fact: 'hasLaborCapacity', operator: 'equal', value: true }] }] },
      { fact: 'onPovertyOfficeList', operator: 'equal', value: true },
      { fact: 'purpose', operator: 'equal', value: 'production' },
      { fact: 'totalAfter', operator: 'lessThanInclusive', value: 50000 },
    ],
  },
  event: { type: 'eligible' },
});
const jreFacts = (i: number) => ({ ...households[i], purpose: requests[i]!.purpose, totalAfter: Number(requests[i]!.amount) + Number(loans[i]!.outstanding) });
async function jre(i: number): Promise<boolean> {
  const { events } = await engine.run(jreFacts(i));
  return events.length > 0;
}

/** The ceiling: the four rules by hand, no validation, no explanation (whole-yuan amounts here). */
function bare(h: Household, amount: number, purpose: string, existing: number): boolean {
  if (h.povertyStatus === 'none') return false;
  if (h.povertyStatus === 'monitored_edge' && !(h.hasIndustrialDevelopmentConditions && h.hasLaborCapacity)) return false;
  if (!h.onPovertyOfficeList) return false;
  return purpose === 'production' && amount + existing <= 50000;
}

const library = (i: number) => checkEligibility(households[i]!, requests[i]!, { existingLoans: [loans[i]!] }).eligible;

// Agreement first: a benchmark of implementations that disagree measures nothing.
let disagreements = 0;
for (let i = 0; i < CASES; i++) {
  const a = library(i);
  const b = await jre(i);
  const c = bare(households[i]!, Number(requests[i]!.amount), requests[i]!.purpose, Number(loans[i]!.outstanding));
  if (a !== b || a !== c) disagreements++;
}
console.log(`agreement: ${CASES - disagreements}/${CASES} cases decided alike by the library, json-rules-engine and the bare function`);
if (disagreements) process.exitCode = 1;

/** Operations per second: the best of five timed rounds of about 0.3 s, after a warm-up. */
async function measure(run: (i: number) => unknown | Promise<unknown>, isAsync = false): Promise<number> {
  const round = async (n: number) => {
    const t = process.hrtime.bigint();
    if (isAsync) for (let i = 0; i < n; i++) await run(i % CASES);
    else for (let i = 0; i < n; i++) run(i % CASES);
    return Number(process.hrtime.bigint() - t) / 1e9;
  };
  let n = 1000;
  while ((await round(n)) < 0.05) n *= 2;
  n = Math.max(1000, Math.round((n / (await round(n))) * 0.3));
  let best = 0;
  for (let r = 0; r < 5; r++) best = Math.max(best, n / (await round(n)));
  return best;
}

const results: [string, number, number | null][] = [];
const target = (name: string, ops: number, min: number | null) => results.push([name, ops, min]);
target('checkEligibility, household only', await measure((i) => checkEligibility(households[i]!)), 1_000_000);
const withRequest = await measure(library);
target('checkEligibility, with a request', withRequest, null);
const jreOps = await measure(jre, true);
target('  json-rules-engine, same four rules', jreOps, null);
const bareOps = await measure((i) => bare(households[i]!, Number(requests[i]!.amount), requests[i]!.purpose, Number(loans[i]!.outstanding)));
target('  bare function, no validation', bareOps, null);
target('computeMaxTopUp, one household\'s loans', await measure((i) => computeMaxTopUp(households[i]!, [loans[i]!])), 300_000);
target('computeDeferralDeadline', await measure((i) => computeDeferralDeadline(loans[i]!, households[i]!)), 300_000);
target('classifyUsage, codes', await measure((i) => classifyUsage(USAGE_PURPOSES[i % USAGE_PURPOSES.length]!)), 300_000);
target('classifyUsage, 10–40 character text', await measure((i) => classifyUsage(texts[i % texts.length]!)), 300_000);
target('riskCompensationTrigger', await measure((i) => riskCompensationTrigger(loans[i]!, policy)), 300_000);

const fmt = (n: number) => Math.round(n).toLocaleString('en').padStart(12);
console.log(`\n${'decision'.padEnd(42)}${'ops/s'.padStart(12)}   target`);
let allMet = disagreements === 0;
for (const [name, ops, min] of results) {
  const met = min === null || ops >= min;
  allMet &&= met;
  console.log(`${name.padEnd(42)}${fmt(ops)}   ${min === null ? '' : `≥ ${min.toLocaleString('en')} ${met ? 'met' : 'NOT MET'}`}`);
}
const vsJre = withRequest / jreOps;
const vsBare = bareOps / withRequest;
console.log(`\ncheckEligibility with a request is ${vsJre.toFixed(1)}× json-rules-engine (target ≥ 40×: ${vsJre >= 40 ? 'met' : 'NOT MET'})`);
console.log(`and the bare function is ${vsBare.toFixed(1)}× faster than it (target ≤ 6×: ${vsBare <= 6 ? 'met' : 'NOT MET'})`);
allMet &&= vsJre >= 40 && vsBare <= 6;
console.log(`node ${process.version}; every target ${allMet ? 'met' : 'not yet met'}`);
