/**
 * `npm run bench:audit` — the audit at bank scale: generates 400,000 households and 1,000,000 loans
 * (in a temporary folder, never committed), runs the built CLI on one core (taskset) and reports wall
 * time and peak memory. Targets (issue 5): under 20 seconds and under 400 MB. Run `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePortfolio } from '../test/helpers/portfolio.js';

const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 400_000);
const LOANS = Number(process.env.BENCH_LOANS ?? 1_000_000);
// BENCH_DIR=path keeps the generated files there (and reuses them when present) for profiling.
const dir = process.env.BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'fupin-bench-'));
try {
  const households = join(dir, 'households.csv');
  const loans = join(dir, 'loans.csv');
  if (!existsSync(loans)) {
    console.log(`generating ${HOUSEHOLDS.toLocaleString('en')} households and ${LOANS.toLocaleString('en')} loans in ${dir}`);
    // Mostly productive purposes (texts from the labelled corpora), some breaches, codes and blanks (test/helpers/portfolio.ts).
    await writePortfolio(dir, { households: HOUSEHOLDS, loans: LOANS });
  }
  const cli = new URL('../dist/cli.js', import.meta.url).pathname;
  if (!existsSync(cli)) throw new Error('run npm run build first');
  const policy = join(dir, 'policy.json');
  writeFileSync(policy, `${JSON.stringify({ fundEstablished: true, minOverdueDays: 90, fundShare: '0.8', requireCollectionAttempted: true })}\n`);
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
  // Issue 18's yardstick: Papa Parse reading the same two files and doing nothing else, on the same core.
  const parse = `const Papa=require('papaparse');const fs=require('node:fs');const t=process.hrtime.bigint();let rows=0;
const read=(f)=>new Promise((done,fail)=>Papa.parse(fs.createReadStream(f),{step:()=>{rows++},complete:done,error:fail}));
read(process.argv[1]).then(()=>read(process.argv[2])).then(()=>console.log(JSON.stringify({seconds:Number(process.hrtime.bigint()-t)/1e9,rows})));`;
  const parseArgs = ['-e', parse, households, loans];
  const parsed = spawnSync(command, pinned ? ['-c', '0', process.execPath, ...parseArgs] : parseArgs, {
    encoding: 'utf8',
    cwd: new URL('..', import.meta.url).pathname,
  });
  if (parsed.status !== 0) throw new Error(`Papa Parse failed: ${parsed.stderr.slice(-2000)}`);
  const read = JSON.parse(parsed.stdout) as { seconds: number; rows: number };
  console.log(
    `Papa Parse reading both files and nothing else: ${read.seconds.toFixed(1)} s; the audit takes ${(seconds / read.seconds).toFixed(1)}× that (issue 18's target: ≤ 2.0)`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  if (!process.env.BENCH_DIR) rmSync(dir, { recursive: true, force: true });
}
