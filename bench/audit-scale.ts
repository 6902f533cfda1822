/**
 * `npm run bench:audit` — the audit at bank scale: generates 400,000 households and 1,000,000 loans
 * (in a temporary folder, never committed), runs the built CLI on one core (taskset) and reports wall
 * time and peak memory. Targets (issue 5): under 20 seconds and under 400 MB. Issue 18's figures too: Papa Parse
 * reading the same files on the same core (the ratio), and `--workers N` (the cores, at most 8) against
 * `--workers 1` on every core (the speed-up; the two reports must be byte-identical). Run `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
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
  const args = (out: string, workers: number) => [
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
    join(dir, out),
    '--workers',
    String(workers),
  ];
  // One core: the single-thread figures pin the process, so a two-core machine measures one core honestly.
  const pinnable = spawnSync('taskset', ['--version']).status === 0;
  // From the package's folder, so that Papa Parse's script finds papaparse.
  const run = (nodeArgs: string[], pinned: boolean) => {
    const options = { encoding: 'utf8' as const, cwd: new URL('..', import.meta.url).pathname };
    return pinned && pinnable ? spawnSync('taskset', ['-c', '0', process.execPath, ...nodeArgs], options) : spawnSync(process.execPath, nodeArgs, options);
  };
  // Timed in the main thread only: --import runs in each worker thread too, whose own exit would be read first.
  const wrapper = `import{isMainThread}from'node:worker_threads';const t=process.hrtime.bigint();if(isMainThread)process.on('exit',()=>{process.stderr.write('BENCH '+JSON.stringify({seconds:Number(process.hrtime.bigint()-t)/1e9,maxRSSMB:process.resourceUsage().maxRSS/1024})+'\\n')});`;
  // BENCH_PROFILE=dir writes a CPU profile there (of each thread), to see where the time goes.
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const audit = (out: string, workers: number, pinned: boolean) => {
    const result = run([...profile, '--import', `data:text/javascript,${encodeURIComponent(wrapper)}`, ...args(out, workers)], pinned);
    const line = result.stderr.split('\n').find((l) => l.startsWith('BENCH '));
    if (result.status !== 0 || !line) throw new Error(`audit failed (${result.status}): ${result.stderr.slice(-2000)}`);
    return JSON.parse(line.slice(6)) as { seconds: number; maxRSSMB: number };
  };
  // Issue 18's yardstick: Papa Parse reading the same two files and doing nothing else, on the same core.
  const parseScript = `const Papa=require('papaparse');const fs=require('node:fs');const t=process.hrtime.bigint();let rows=0;
const read=(f)=>new Promise((done,fail)=>Papa.parse(fs.createReadStream(f),{step:()=>{rows++},complete:done,error:fail}));
read(process.argv[1]).then(()=>read(process.argv[2])).then(()=>console.log(JSON.stringify({seconds:Number(process.hrtime.bigint()-t)/1e9,rows})));`;
  const papa = () => {
    const parsed = run(['-e', parseScript, households, loans], true);
    if (parsed.status !== 0) throw new Error(`Papa Parse failed: ${parsed.stderr.slice(-2000)}`);
    return JSON.parse(parsed.stdout) as { seconds: number; rows: number };
  };
  // BENCH_RUNS=5 takes the median of five runs of each (docs/benchmarks.md's figures); one by default.
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const workers = Math.min(availableParallelism(), 8);
  const single: { seconds: number; maxRSSMB: number }[] = [];
  const parse: number[] = [];
  const one: { seconds: number; maxRSSMB: number }[] = [];
  const many: { seconds: number; maxRSSMB: number }[] = [];
  for (let i = 0; i < runs; i++) {
    // Interleaved, so a machine that slows down part-way slows every figure alike.
    single.push(audit('report.json', 1, true));
    parse.push(papa().seconds);
    one.push(audit('report-1.json', 1, false));
    many.push(audit(`report-${workers}.json`, workers, false));
  }
  const seconds = median(single.map((r) => r.seconds));
  const maxRSSMB = Math.max(...single.map((r) => r.maxRSSMB));
  const ok = seconds < 20 && maxRSSMB < 400;
  const of = runs > 1 ? ` (median of ${runs})` : '';
  console.log(
    `audit of ${LOANS.toLocaleString('en')} loans over ${HOUSEHOLDS.toLocaleString('en')} households${pinnable ? ' on one core' : ''}: ${seconds.toFixed(1)} s${of}, peak memory ${maxRSSMB.toFixed(0)} MB (targets: < 20 s, < 400 MB) ${ok ? 'MET' : 'NOT MET'}`,
  );
  const read = median(parse);
  console.log(
    `Papa Parse reading both files and nothing else: ${read.toFixed(1)} s${of}; the audit takes ${(seconds / read).toFixed(1)}× that (issue 18's target: ≤ 2.0)`,
  );
  const t1 = median(one.map((r) => r.seconds));
  const tn = median(many.map((r) => r.seconds));
  const same = readFileSync(join(dir, 'report-1.json')).equals(readFileSync(join(dir, `report-${workers}.json`)));
  console.log(
    `--workers ${workers} (${availableParallelism()} cores): ${tn.toFixed(1)} s against ${t1.toFixed(1)} s with --workers 1${of}: ${(t1 / tn).toFixed(2)}× faster (issue 18's target on two cores: ≥ 1.7×), peak memory ${Math.max(...many.map((r) => r.maxRSSMB)).toFixed(0)} MB; reports ${same ? 'byte-identical' : 'DIFFERENT'}`,
  );
  if (!same) throw new Error('the reports of --workers 1 and --workers N differ');
  process.exitCode = ok ? 0 : 1;
} finally {
  if (!process.env.BENCH_DIR) rmSync(dir, { recursive: true, force: true });
}
