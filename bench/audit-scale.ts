/**
 * `npm run bench:audit` — the audit at bank scale: generates 400,000 households and 1,000,000 loans
 * (in a temporary folder, never committed), runs the built CLI on one core (taskset) and reports wall
 * time and peak memory. Targets (issue 5): under 20 seconds and under 400 MB. Run `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPORA, readCorpus } from '../test/helpers/usage-corpus.js';

const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 400_000);
const LOANS = Number(process.env.BENCH_LOANS ?? 1_000_000);
const TOWNSHIPS = Array.from({ length: 40 }, (_, i) => `2302${String(31 + (i % 9)).padStart(2, '0')}${String(100 + i).padStart(3, '0')}`);
// Purposes as a county's forms have them: mostly production, some breaches, a few codes or blanks.
// The texts come from the labelled corpora, so there are hundreds of distinct ones.
const corpus = CORPORA.flatMap((name) => readCorpus(name));
const PRODUCTIVE = corpus.filter((r) => r.expected === 'production').map((r) => r.text);
const OTHER = corpus.filter((r) => r.expected !== 'production').map((r) => r.text);
const purpose = () => (random() < 0.9 ? pick(PRODUCTIVE) : random() < 0.8 ? pick(OTHER) : pick(['production', '']));

let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
const csvText = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

async function write(path: string, header: string, rows: number, row: (i: number) => string): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${header}\n`);
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    chunk += `${row(i)}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

// BENCH_DIR=path keeps the generated files there (and reuses them when present) for profiling.
const dir = process.env.BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'fupin-bench-'));
try {
  const households = join(dir, 'households.csv');
  const loans = join(dir, 'loans.csv');
  if (!existsSync(loans)) {
    console.log(`generating ${HOUSEHOLDS.toLocaleString('en')} households and ${LOANS.toLocaleString('en')} loans in ${dir}`);
    await write(households, 'id,povertyStatus,onPovertyOfficeList,hasIndustrialDevelopmentConditions,hasLaborCapacity,region', HOUSEHOLDS, (i) => {
      const edge = random() < 0.2;
      return `H${i},${edge ? 'monitored_edge' : 'registered_poor'},${random() < 0.95 ? 'true' : 'false'},${edge ? 'true' : ''},${edge ? 'true' : ''},${pick(TOWNSHIPS)}`;
    });
    await write(
      loans,
      'id,householdId,kind,principal,outstanding,contractDate,maturityDate,purpose,covidRepaymentDifficulty,overdueDays,classification,collectionAttempted',
      LOANS,
      (i) => {
        const overdue = random() < 0.05 ? 120 : 0;
        const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
        return `L${i},H${Math.floor(random() * HOUSEHOLDS)},new,20000,${(5000 + Math.floor(random() * 15000)).toFixed(2)},2019-${month}-15,2020-${month}-15,${csvText(purpose())},${random() < 0.3},${overdue},${overdue ? 'substandard' : 'normal'},${overdue ? 'true' : 'false'}`;
      },
    );
  }
  const cli = new URL('../dist/cli.js', import.meta.url).pathname;
  if (!existsSync(cli)) throw new Error('run npm run build first');
  const policy = join(dir, 'policy.json');
  await write(policy, JSON.stringify({ fundEstablished: true, minOverdueDays: 90, fundShare: '0.8', requireCollectionAttempted: true }), 0, () => '');
  const args = [
    cli,
    'audit',
    '--households',
    households,
    '--loans',
    loans,
    '--as-of',
    '2020-12-31',
    '--policy',
    policy,
    '--format',
    'json',
    '--out',
    join(dir, 'report.json'),
  ];
  // One core: the audit is a single stream; pinning keeps the measurement honest on a two-core machine.
  const pinned = spawnSync('taskset', ['--version']).status === 0;
  const command = pinned ? 'taskset' : process.execPath;
  const wrapper = `const t=process.hrtime.bigint();process.on('exit',()=>{process.stderr.write('BENCH '+JSON.stringify({seconds:Number(process.hrtime.bigint()-t)/1e9,maxRSSMB:process.resourceUsage().maxRSS/1024})+'\\n')});`;
  // BENCH_PROFILE=dir writes a CPU profile there, to see where the time goes.
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const nodeArgs = [...profile, '--import', `data:text/javascript,${encodeURIComponent(wrapper)}`, ...args];
  const result = spawnSync(command, pinned ? ['-c', '0', process.execPath, ...nodeArgs] : nodeArgs, { encoding: 'utf8' });
  const line = result.stderr.split('\n').find((l) => l.startsWith('BENCH '));
  if (result.status !== 0 || !line) throw new Error(`audit failed (${result.status}): ${result.stderr.slice(-2000)}`);
  const { seconds, maxRSSMB } = JSON.parse(line.slice(6)) as { seconds: number; maxRSSMB: number };
  const ok = seconds < 20 && maxRSSMB < 400;
  console.log(
    `audit of ${LOANS.toLocaleString('en')} loans over ${HOUSEHOLDS.toLocaleString('en')} households${pinned ? ' on one core' : ''}: ${seconds.toFixed(1)} s, peak memory ${maxRSSMB.toFixed(0)} MB (targets: < 20 s, < 400 MB) ${ok ? 'MET' : 'NOT MET'}`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  if (!process.env.BENCH_DIR) rmSync(dir, { recursive: true, force: true });
}
