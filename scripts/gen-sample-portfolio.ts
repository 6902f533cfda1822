/**
 * Generates the synthetic county portfolio in examples/data/county (committed, so auditors need not run
 * this): a few thousand households in real Heilongjiang county and township codes, their loans with
 * purposes taken from the labelled corpus, and a sprinkling of bad rows of every kind the audit must
 * report. Deterministic: the same seed gives the same files. Run: npx tsx scripts/gen-sample-portfolio.ts
 */
import { writeFileSync } from 'node:fs';
import { readCorpus } from '../test/helpers/usage-corpus.js';

let seed = 20200629;
/** mulberry32: a small deterministic PRNG, so the sample never changes by accident. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (p: number) => random() < p;
const pad = (n: number, w: number) => String(n).padStart(w, '0');
function date(from: string, days: number): string {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + Math.floor(random() * days));
  return d.toISOString().slice(0, 10);
}
function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = m === 2 && d === 29 ? 28 : d;
  return `${y + years}-${pad(m, 2)}-${pad(day, 2)}`;
}
const csvCell = (v: unknown) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

// 拜泉县 (230231), 林甸县 (230623), 兰西县 (231222), 青冈县 (231223): townships as 9-digit codes.
const TOWNSHIPS = [
  '230231100',
  '230231101',
  '230231102',
  '230231200',
  '230623100',
  '230623101',
  '230623200',
  '231222100',
  '231222101',
  '231223100',
  '231223102',
  '231223201',
];
const purposes = readCorpus()
  .map((r) => r.text)
  .filter((t) => !t.includes('\t'));
const productive = readCorpus()
  .filter((r) => r.expected === 'production')
  .map((r) => r.text);

const HOUSEHOLDS = 3000;
const households: string[][] = [['id', 'povertyStatus', 'onPovertyOfficeList', 'hasIndustrialDevelopmentConditions', 'hasLaborCapacity', 'region']];
const loans: string[][] = [
  [
    'id',
    'householdId',
    'kind',
    'principal',
    'outstanding',
    'contractDate',
    'maturityDate',
    'deferredTo',
    'status',
    'purpose',
    'usedBy',
    'repaidBy',
    'covidRepaymentDifficulty',
    'overdueDays',
    'classification',
    'collectionAttempted',
    'region',
  ],
];

let loanSeq = 0;
for (let i = 1; i <= HOUSEHOLDS; i++) {
  const region = pick(TOWNSHIPS);
  const id = `HH-${region}-${pad(i, 5)}`;
  const status = chance(0.7) ? 'registered_poor' : chance(0.8) ? 'monitored_edge' : 'none';
  const edge = status === 'monitored_edge';
  households.push([
    id,
    status,
    chance(0.93) ? pick(['true', '1', '是']) : pick(['false', '0', '否']),
    edge ? (chance(0.9) ? 'true' : 'false') : '',
    edge ? (chance(0.9) ? 'true' : 'false') : '',
    region,
  ]);
  const count = chance(0.3) ? 0 : chance(0.75) ? 1 : chance(0.7) ? 2 : 3;
  // Most households stay within the 50,000 yuan cap; about one in fifty does not.
  let room = chance(0.02) ? 90000 : 50000;
  for (let k = 0; k < count && room >= 5000; k++) {
    const contract = date('2018-06-01', 1000);
    const years = pick([1, 2, 3]);
    const maturity = addYears(contract, years);
    const principal = pick([10000, 20000, 30000, 40000, 50000, 5000, 15000, 25000].filter((p) => p <= room));
    room -= principal;
    const repaid = random() < 0.5 ? 0 : Math.floor(random() * principal);
    const outstanding = (principal - repaid).toFixed(2);
    const hard = maturity >= '2020-01-01' && maturity <= '2021-03-31' && chance(0.35);
    const overdue = chance(0.12) ? pick([15, 45, 95, 120, 200, 400]) : 0;
    const classification = overdue > 180 ? pick(['doubtful', 'loss']) : overdue > 90 ? 'substandard' : overdue > 0 ? 'special_mention' : 'normal';
    const purpose = chance(0.85) ? pick(productive) : chance(0.8) ? pick(purposes) : chance(0.5) ? 'production' : '';
    const handed = chance(0.03);
    const loan = [
      `LN-${pad(++loanSeq, 6)}`,
      id,
      k === 0 ? pick(['new', 'new', 'renewal', 'extension']) : pick(['top_up', 'new', 'renewal']),
      String(principal),
      outstanding,
      contract,
      maturity,
      hard && chance(0.6) ? (chance(0.9) ? '2021-03-31' : '2021-12-31') : '',
      chance(0.1) ? 'closed' : 'active',
      purpose,
      handed ? pick(['enterprise', 'cooperative']) : chance(0.6) ? 'household' : '',
      handed ? pick(['enterprise', 'household']) : chance(0.6) ? 'household' : '',
      hard ? pick(['true', '是', '1']) : chance(0.5) ? 'false' : '',
      overdue ? String(overdue) : '',
      classification,
      overdue > 90 ? (chance(0.7) ? 'true' : 'false') : '',
      '',
    ];
    // A closed loan owes nothing: its balance is 0.00 (set after the draws, so every other cell stays as it was).
    if (loan[8] === 'closed') loan[4] = '0.00';
    loans.push(loan);
  }
}

// Bad rows of every kind the audit must report, at known places.
households.push(['', 'registered_poor', 'true', '', '', '230231100']); // blank id
households.push(['HH-BAD-STATUS', 'poor', 'true', '', '', '230231100']); // unknown enum
households.push([households[1]![0]!, 'registered_poor', 'true', '', '', '230231100']); // repeated id
households.push(['HH-BAD-EDGE', 'monitored_edge', 'true', '', '', '230623100']); // edge without its conditions
households.push(['HH-BAD-BOOL', 'registered_poor', 'maybe', '', '', '231222100']); // not a boolean
const first = households[1]![0]!;
loans.push(['LN-BAD-DATE', first, 'new', '10000', '10000', '2020-02-30', '2021-02-28', '', '', '养牛', '', '', '', '', '', '', '']); // impossible date
loans.push(['LN-BAD-MONEY', first, 'new', '10000', '-50', '2020-02-01', '2021-02-01', '', '', '养牛', '', '', '', '', '', '', '']); // negative money
loans.push(['LN-BAD-FEN', first, 'new', '10000', '123.456', '2020-02-01', '2021-02-01', '', '', '养牛', '', '', '', '', '', '', '']); // sub-fen money
loans.push(['LN-BAD-KIND', first, 'refinance', '10000', '100', '2020-02-01', '2021-02-01', '', '', '养牛', '', '', '', '', '', '', '']); // unknown enum
loans.push(['LN-NO-HOUSEHOLD', 'HH-NOBODY', 'new', '10000', '100', '2020-02-01', '2021-02-01', '', '', '养牛', '', '', '', '', '', '', '']); // household missing
loans.push(['LN-BAD-DAYS', first, 'new', '10000', '100', '2020-02-01', '2021-02-01', '', '', '养牛', '', '', '', 'three', '', '', '']); // not a number
loans.push(['LN-BAD-CLOSED', first, 'new', '10000', '2500.00', '2019-02-01', '2020-02-01', '', 'closed', '养牛', '', '', '', '', '', '', '']); // closed, yet owing
const repeated = ['LN-BAD-REPEAT', first, 'new', '10000', '0.00', '2019-03-01', '2020-03-01', '', 'closed', '养牛', '', '', '', '', '', '', ''];
loans.push(repeated, [...repeated]); // the second copy repeats the first's id

const write = (path: string, rows: string[][]) => writeFileSync(path, `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`);
write(new URL('../examples/data/county/households.csv', import.meta.url).pathname, households);
write(new URL('../examples/data/county/loans.csv', import.meta.url).pathname, loans);
writeFileSync(
  new URL('../examples/data/county/policy.json', import.meta.url).pathname,
  `${JSON.stringify(
    {
      default: { fundEstablished: true, minOverdueDays: 90, fundShare: '0.8', requireCollectionAttempted: true },
      byRegion: {
        '230623100': { fundEstablished: true, minOverdueDays: 90, fundShare: '0.7', insurerShare: '0.1', requireCollectionAttempted: true },
        '231223201': { fundEstablished: false, minOverdueDays: 90, fundShare: '0' },
      },
    },
    null,
    2,
  )}\n`,
);
writeFileSync(
  new URL('../examples/data/county/thresholds.json', import.meta.url).pathname,
  `${JSON.stringify({ overdueShare: '0.1', nplRatio: '0.05', specialMentionShare: '0.05', enterpriseUseOutstanding: '50000' }, null, 2)}\n`,
);
console.log(`${households.length - 1} household rows, ${loans.length - 1} loan rows`);
