/**
 * `npm run bench:xlsx` — an .xlsx portfolio at county scale: generates 40,000 households and 100,000 loans
 * as Excel workbooks (numbers as numbers, dates as date cells, booleans as booleans, strings shared as
 * Excel writes them), in a temporary folder never committed, runs the built CLI on them and reports wall
 * time and peak memory. Target (issue 16): under 400 MB. Run `npm run build` first.
 * BENCH_FORMAT=xlsx also writes the report as a workbook.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 40_000);
const LOANS = Number(process.env.BENCH_LOANS ?? 100_000);
const FORMAT = process.env.BENCH_FORMAT ?? 'json';
const TOWNSHIPS = Array.from({ length: 40 }, (_, i) => `2302${String(31 + (i % 9)).padStart(2, '0')}${String(100 + i).padStart(3, '0')}`);
const PURPOSES = ['养牛', '种植玉米', '购买农机具', '开小卖铺', '带资入股合作社', '建房', '养殖肉羊200只', '大棚蔬菜'];

let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function sheet(path: string, header: string[], rows: number, row: (i: number) => unknown[], dates: number[]): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const ws = book.addWorksheet('data');
  ws.addRow(header).commit();
  for (let i = 0; i < rows; i++) {
    const r = ws.addRow(row(i));
    for (const c of dates) r.getCell(c).numFmt = 'yyyy-mm-dd';
    r.commit();
  }
  ws.commit();
  await book.commit();
}

const dir = process.env.BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'fupin-bench-xlsx-'));
try {
  const households = join(dir, 'households.xlsx');
  const loans = join(dir, 'loans.xlsx');
  if (!existsSync(loans)) {
    console.log(`generating ${HOUSEHOLDS.toLocaleString('en')} households and ${LOANS.toLocaleString('en')} loans as .xlsx in ${dir}`);
    await sheet(
      households,
      ['id', 'povertyStatus', 'onPovertyOfficeList', 'hasIndustrialDevelopmentConditions', 'hasLaborCapacity', 'region'],
      HOUSEHOLDS,
      (i) => {
        const edge = random() < 0.2;
        return [`H${i}`, edge ? 'monitored_edge' : 'registered_poor', random() < 0.95, edge ? true : null, edge ? true : null, Number(pick(TOWNSHIPS))];
      },
      [],
    );
    await sheet(
      loans,
      [
        'id',
        'householdId',
        'kind',
        'principal',
        'outstanding',
        'contractDate',
        'maturityDate',
        'purpose',
        'covidRepaymentDifficulty',
        'overdueDays',
        'classification',
        'collectionAttempted',
      ],
      LOANS,
      (i) => {
        const overdue = random() < 0.05 ? 120 : 0;
        const month = 1 + Math.floor(random() * 12);
        return [
          `L${i}`,
          `H${Math.floor(random() * HOUSEHOLDS)}`,
          'new',
          20000,
          (500_000 + Math.floor(random() * 1_500_000)) / 100, // k/100 is the double nearest the fen amount: no artefact
          day(2019, month, 15),
          day(2020, month, 15),
          pick(PURPOSES),
          random() < 0.3,
          overdue,
          overdue ? 'substandard' : 'normal',
          overdue > 0,
        ];
      },
      [6, 7],
    );
  }
  const cli = new URL('../dist/cli.js', import.meta.url).pathname;
  if (!existsSync(cli)) throw new Error('run npm run build first');
  const policy = join(dir, 'policy.json');
  writeFileSync(policy, JSON.stringify({ fundEstablished: true, minOverdueDays: 90, fundShare: '0.8', requireCollectionAttempted: true }));
  const out = join(dir, `report.${FORMAT}`);
  const args = [cli, 'audit', '--households', households, '--loans', loans, '--as-of', '2020-12-31', '--policy', policy, '--format', FORMAT, '--out', out];
  const wrapper = `const t=process.hrtime.bigint();process.on('exit',()=>{process.stderr.write('BENCH '+JSON.stringify({seconds:Number(process.hrtime.bigint()-t)/1e9,maxRSSMB:process.resourceUsage().maxRSS/1024})+'\\n')});`;
  const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(wrapper)}`, ...args], { encoding: 'utf8' });
  const line = result.stderr.split('\n').find((l) => l.startsWith('BENCH '));
  if (result.status !== 0 || !line) throw new Error(`audit failed (${result.status}): ${result.stderr.slice(-2000)}`);
  const { seconds, maxRSSMB } = JSON.parse(line.slice(6)) as { seconds: number; maxRSSMB: number };
  console.log(
    `audit of ${LOANS.toLocaleString('en')} loans over ${HOUSEHOLDS.toLocaleString('en')} households from .xlsx, report ${FORMAT}: ${seconds.toFixed(1)} s, peak memory ${maxRSSMB.toFixed(0)} MB (target < 400 MB) ${maxRSSMB < 400 ? 'MET' : 'NOT MET'}`,
  );
  process.exitCode = maxRSSMB < 400 ? 0 : 1;
} finally {
  if (!process.env.BENCH_DIR) rmSync(dir, { recursive: true, force: true });
}
