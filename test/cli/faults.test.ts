// Faults never corrupt or lose a report (issue 16, items 1, 6 and 7): every unusable argument, unreadable
// input and unwritable output ends with exit 2 and one line naming the flag and the path, in the report's
// language; a report is written whole or not at all and never over an input; a closed pipe ends quietly.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { faultOf, QUIET } from '../../src/cli/faults.js';
import { fileOutput, openReportFile, streamOutput, WriteError } from '../../src/cli/output.js';

const county = (f: string) => new URL(`../../examples/data/county/${f}`, import.meta.url).pathname;
const cli = new URL('../../src/cli/main.ts', import.meta.url).pathname;

/** A fresh folder for one test. */
const folder = () => mkdtempSync(join(tmpdir(), 'fupin-faults-'));
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const HOUSEHOLDS = 'id,povertyStatus,onPovertyOfficeList,region\nH1,registered_poor,true,R1\nH2,registered_poor,maybe,R1\n';
const LOANS = 'id,householdId,kind,principal,outstanding,contractDate,maturityDate,status\nL1,H1,new,50000,50000,2020-03-01,2022-03-01,active\n';

/** A folder holding households.csv and loans.csv (the given texts). */
function inputs(households = HOUSEHOLDS, loans = LOANS): { dir: string; households: string; loans: string } {
  const dir = folder();
  writeFileSync(join(dir, 'households.csv'), households);
  writeFileSync(join(dir, 'loans.csv'), loans);
  return { dir, households: join(dir, 'households.csv'), loans: join(dir, 'loans.csv') };
}

/** Runs the CLI in-process with exactly `args`; returns its exit code and what it wrote to stdout and stderr. */
async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** One line on stderr, from the program, with no stack trace. */
function expectOneLine(stderr: string): void {
  expect(stderr.endsWith('\n'), stderr).toBe(true);
  expect(stderr.trimEnd().split('\n'), stderr).toHaveLength(1);
  expect(stderr).toMatch(/^fupin-xindai: /);
  expect(stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
}

afterEach(() => vi.restoreAllMocks());

describe('--out never overwrites an input', () => {
  it('--loans l.csv --out l.csv is refused and l.csv is left intact', async () => {
    const f = inputs();
    const before = sha(f.loans);
    const r = await run(['audit', '--households', f.households, '--loans', f.loans, '--as-of', '2020-12-31', '--out', f.loans, '--lang', 'en']);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toContain(`--out ${f.loans} is the --loans file ${f.loans}`);
    expect(sha(f.loans)).toBe(before);
    expect(readdirSync(f.dir).sort()).toEqual(['households.csv', 'loans.csv']);
  });

  it('the same file under another name (relative path, symbolic link, hard link) is refused too', async () => {
    const f = inputs();
    symlinkSync(f.households, join(f.dir, 'link.json'));
    linkSync(f.households, join(f.dir, 'hard.json'));
    const before = sha(f.households);
    for (const out of [join(f.dir, '.', 'households.csv'), join(f.dir, 'link.json'), join(f.dir, 'hard.json')]) {
      const r = await run(['audit', '--households', f.households, '--loans', f.loans, '--as-of', '2020-12-31', '--out', out, '--lang', 'en']);
      expect(r.code, out).toBe(2);
      expectOneLine(r.stderr);
      expect(r.stderr).toContain(`is the --households file ${f.households}`);
    }
    expect(sha(f.households)).toBe(before);
  });

  it('an option file as --out is refused (every input flag counts)', async () => {
    const f = inputs();
    const thresholds = join(f.dir, 'thresholds.json');
    writeFileSync(thresholds, '{"nplRatio": "0.05"}');
    const r = await run(['audit', '--households', f.households, '--loans', f.loans, '--as-of', '2020-12-31', '--thresholds', thresholds, '--out', thresholds]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toContain(`--out ${thresholds} 就是 --thresholds 文件`);
    expect(readFileSync(thresholds, 'utf8')).toBe('{"nplRatio": "0.05"}');
  });
});

describe('--out that cannot be written: exit 2, one line, no stack trace', () => {
  const f = inputs();
  const base = ['audit', '--households', f.households, '--loans', f.loans, '--as-of', '2020-12-31'];

  it('into a folder that does not exist', async () => {
    const out = join(f.dir, 'missing', 'report.json');
    const r = await run([...base, '--out', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toBe(`fupin-xindai: --out ${out}: the folder ${join(f.dir, 'missing')} does not exist\n`);
  });

  it('onto a folder', async () => {
    const out = join(f.dir, 'reports');
    mkdirSync(out);
    const r = await run([...base, '--out', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toBe(`fupin-xindai: --out ${out} is a folder: give a file path\n`);
    expect(readdirSync(out)).toEqual([]);
  });

  it('beneath a file', async () => {
    const out = join(f.households, 'report.json');
    const r = await run([...base, '--out', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toContain(`--out ${out}: ${f.households} is not a folder`);
  });

  it('an empty path', async () => {
    const r = await run([...base, '--out=', '--lang', 'en']);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toContain('--out needs a file path');
    expect(r.stdout).toBe('');
  });

  it('in Chinese under --lang zh', async () => {
    const out = join(f.dir, 'missing', 'report.json');
    const r = await run([...base, '--out', out]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toBe(`fupin-xindai: --out ${out}：文件夹 ${join(f.dir, 'missing')} 不存在\n`);
  });
});

describe('an input that cannot be read names its flag and path', () => {
  const f = inputs();

  it('a folder given as an input', async () => {
    const r = await run(['audit', '--households', f.dir, '--loans', f.loans, '--as-of', '2020-12-31', '--lang', 'en']);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toBe(`fupin-xindai: cannot read --households file ${f.dir}: EISDIR (is a folder, not a file)\n`);
  });

  it('a missing option file, in Chinese', async () => {
    const missing = join(f.dir, 'none.json');
    const r = await run(['audit', '--households', f.households, '--loans', f.loans, '--as-of', '2020-12-31', '--policy', missing]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toBe(`fupin-xindai: 无法读取 --policy 文件 ${missing}：文件或文件夹不存在（ENOENT）\n`);
  });

  it('a loans file without its columns names --loans', async () => {
    const bad = inputs(HOUSEHOLDS, 'id,householdId\nL1,H1\n');
    const r = await run(['audit', '--households', bad.households, '--loans', bad.loans, '--as-of', '2020-12-31', '--lang', 'en']);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toMatch(new RegExp(`^fupin-xindai: --loans ${bad.loans}: missing columns kind \\(or 贷款类型.*principal`));
  });
});

describe('a report is written whole or not at all', () => {
  // The households are read (and a rejected row written to a streaming report) before the loans' header fails.
  const failing = () => inputs(HOUSEHOLDS, 'id,householdId\nL1,H1\n');

  for (const format of ['csv', 'ndjson', 'json', 'html']) {
    it(`a run that fails mid-way leaves no file at --out (${format})`, async () => {
      const f = failing();
      const out = join(f.dir, `report.${format}`);
      const r = await run(['audit', '--households', f.households, '--loans', f.loans, '--as-of', '2020-12-31', '--format', format, '--out', out]);
      expect(r.code).toBe(2);
      expectOneLine(r.stderr);
      expect(readdirSync(f.dir).sort()).toEqual(['households.csv', 'loans.csv']);
    });
  }

  it('a run that fails mid-way leaves a file already at --out as it was', async () => {
    const f = failing();
    const out = join(f.dir, 'report.csv');
    writeFileSync(out, 'last month’s report\n');
    const r = await run(['audit', '--households', f.households, '--loans', f.loans, '--as-of', '2020-12-31', '--format', 'csv', '--out', out]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('last month’s report\n');
    expect(readdirSync(f.dir).sort()).toEqual(['households.csv', 'loans.csv', 'report.csv']);
  });

  it('a run that succeeds replaces the file at --out with the whole report, and leaves nothing else', async () => {
    const f = inputs();
    const out = join(f.dir, 'report.json');
    writeFileSync(out, 'last month’s report\n');
    const r = await run(['audit', '--households', f.households, '--loans', f.loans, '--as-of', '2020-12-31', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as { summary: { households: number; loans: number; invalidRows: number } };
    expect(report.summary).toMatchObject({ households: 1, loans: 1, invalidRows: 1 });
    expect(readdirSync(f.dir).sort()).toEqual(['households.csv', 'loans.csv', 'report.json']);
  });

  it('--out onto a device (/dev/null) writes to it, and never replaces it with a file', async () => {
    const f = inputs();
    const r = await run(['audit', '--households', f.households, '--loans', f.loans, '--as-of', '2020-12-31', '--out', '/dev/null']);
    expect(r.code, r.stderr).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync('/dev').filter((name) => name.includes('.partial'))).toEqual([]);
  });

  it('an interrupted run (SIGINT) ends by the signal and leaves no report and no partial file', async () => {
    // The CLI reads every input whole (its encoding, its header) before it opens the report, and reads the rows
    // again after: a pipe can be read once, so a run on one waits before any report exists. Interrupted there, it
    // leaves the folder as it found it. (That a partial report is removed on a signal is held by the unit tests
    // of openReportFile and fileOutput above: nothing reaches --out until commit.)
    const f = inputs();
    const loans = join(f.dir, 'loans-pipe.csv');
    execFileSync('mkfifo', [loans]); // nobody writes to it: the run waits on the loans until interrupted
    const out = join(f.dir, 'report.json');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', cli, 'audit', '--households', f.households, '--loans', loans, '--as-of', '2020-12-31', '--out', out],
      { stdio: 'ignore' },
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const ended = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('exit', (_code, signal) => {
          resolve(signal);
        }),
      );
      child.kill('SIGINT');
      expect(await ended).toBe('SIGINT');
      expect(readdirSync(f.dir).sort()).toEqual(['households.csv', 'loans-pipe.csv', 'loans.csv']);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);

  it('fileOutput writes nothing at its path until close(), and abort() leaves no trace', async () => {
    const dir = folder();
    const path = join(dir, 'report.txt');
    writeFileSync(path, 'old');
    const first = fileOutput(path);
    await first.write('new report');
    expect(readFileSync(path, 'utf8')).toBe('old');
    first.abort();
    expect(readdirSync(dir)).toEqual(['report.txt']);
    expect(readFileSync(path, 'utf8')).toBe('old');
    const second = fileOutput(path);
    await second.write('new report');
    await second.close();
    expect(readFileSync(path, 'utf8')).toBe('new report');
    expect(readdirSync(dir)).toEqual(['report.txt']);
  });
});

/** A stream whose every write fails with `code`, as a pipe whose reader went away (EPIPE) or a full disk (ENOSPC). */
function failingStream(code: string): Writable {
  return new Writable({
    write(_chunk, _enc, done) {
      done(Object.assign(new Error(`write ${code}`), { code }));
    },
  });
}

describe('a report of bytes (a workbook) is put in place the same way', () => {
  it('openReportFile: the bytes reach the path only on commit(); abort() leaves the old file', async () => {
    const dir = folder();
    const path = join(dir, 'report.xlsx');
    writeFileSync(path, 'old');
    const failed = openReportFile(path);
    failed.stream.write(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    failed.abort();
    expect(readFileSync(path, 'utf8')).toBe('old');
    const file = openReportFile(path);
    file.stream.end(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(readFileSync(path, 'utf8')).toBe('old');
    await file.commit();
    expect([...readFileSync(path)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(readdirSync(dir)).toEqual(['report.xlsx']);
  });
});

describe('a closed pipe ends quietly', () => {
  it('the writer turns EPIPE into a WriteError the run ends on quietly (exit 0, nothing said)', async () => {
    const out = streamOutput(failingStream('EPIPE'), false);
    let error: unknown;
    try {
      await out.write('x'.repeat(70000)); // past the buffer: written, and refused
      await out.write('more');
      await out.close();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WriteError);
    expect((error as WriteError).pipeClosed).toBe(true);
    expect(faultOf(error, null)).toBe(QUIET);
  });

  it('a full disk is no closed pipe: --out names the file', async () => {
    const out = streamOutput(failingStream('ENOSPC'), true, '/reports/r.json');
    let error: unknown;
    try {
      await out.write('x'.repeat(70000));
      await out.close();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WriteError);
    const fault = faultOf(error, 'r.json');
    expect(fault).not.toBe(QUIET);
    expect(fault !== QUIET && fault?.render('en')).toBe('cannot write --out r.json: ENOSPC (no space left on the disk)');
    expect(fault !== QUIET && fault?.render('zh')).toBe('无法写入 --out r.json：磁盘空间不足（ENOSPC）');
  });

  it('a file error from where none was foreseen is still one line naming the file, not a stack trace', () => {
    const fault = faultOf(Object.assign(new Error("EACCES: permission denied, open '/srv/x.csv'"), { code: 'EACCES' }), null);
    expect(fault !== QUIET && fault?.render('en')).toBe("a file could not be used: EACCES: permission denied, open '/srv/x.csv'");
    expect(faultOf(new TypeError('a bug'), null)).toBeNull();
  });

  it('piping the CLI into a reader that stops early (`| head`): exit 0, no EPIPE message', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        cli,
        'audit',
        '--households',
        county('households.csv'),
        '--loans',
        county('loans.csv'),
        '--as-of',
        '2020-12-31',
        '--format',
        'csv',
        '--all',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    let received = 0;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Read the first chunk, then close the read end, as `head -1` does.
    child.stdout.once('data', (chunk: Buffer) => {
      received += chunk.length;
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(received).toBeGreaterThan(0);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});

describe('unknown keys in option files are exit 2 naming the key', () => {
  const f = inputs();
  const base = ['audit', '--households', f.households, '--loans', f.loans, '--as-of', '2020-12-31'];
  const file = (name: string, text: string) => {
    writeFileSync(join(f.dir, name), text);
    return join(f.dir, name);
  };

  it('a misspelt thresholds key {"nplRatios": "0.05"}', async () => {
    const thresholds = file('thresholds.json', '{"nplRatios": "0.05"}');
    const r = await run([...base, '--thresholds', thresholds, '--lang', 'en']);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toContain(`--thresholds ${thresholds}: thresholds.nplRatios: is not a monitoring threshold key; did you mean 'nplRatio'?`);
  });

  it('a policy file passed as --thresholds', async () => {
    const r = await run([...base, '--thresholds', county('policy.json'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toContain(`--thresholds ${county('policy.json')}: thresholds.default: is a risk-compensation policy key, not a monitoring threshold key`);
  });

  it('a single policy passed as --thresholds, in Chinese', async () => {
    const policy = file('one-policy.json', '{"fundEstablished": true, "minOverdueDays": 90, "fundShare": "0.8"}');
    const r = await run([...base, '--thresholds', policy]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toContain(`--thresholds ${policy}：thresholds.fundEstablished：是风险补偿政策的键，不是监测阈值的键`);
  });

  it('a thresholds file passed as --policy, and a misspelt policy key', async () => {
    const r = await run([...base, '--policy', county('thresholds.json'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toContain('policy.nplRatio: is a monitoring threshold key, not a risk-compensation policy key');
    const misspelt = file('policy.json', '{"default": {"fundEstablished": true, "minOverdueDays": 90, "fundShare": "0.8", "requireCollection": true}}');
    const r2 = await run([...base, '--policy', misspelt, '--lang', 'en']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain("policy.default.requireCollection: is not a risk-compensation policy key; did you mean 'requireCollectionAttempted'?");
  });

  it('the sample county’s own files are accepted', async () => {
    const r = await run([...base, '--thresholds', county('thresholds.json'), '--policy', county('policy.json'), '--out', join(f.dir, 'ok.json')]);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('Chinese throughout under --lang zh', () => {
  it('--help follows --lang: Chinese by default and with --lang zh, English with --lang en', async () => {
    const zh = await run(['--help']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('用法：');
    expect(zh.stdout).toContain('报告格式');
    expect((await run(['--help', '--lang', 'zh'])).stdout).toBe(zh.stdout);
    const en = await run(['--lang=en', '--help']);
    expect(en.stdout).toContain('Usage:');
    expect(en.stdout).not.toMatch(/用法/);
  });

  it('argument errors in Chinese', async () => {
    const cases: [string[], string][] = [
      [['audit', '--bogus'], 'fupin-xindai: 未知选项 --bogus（见 --help）\n'],
      [['audit', '--households'], 'fupin-xindai: --households 需要一个值（见 --help）\n'],
      [['inspect'], 'fupin-xindai: 未知命令“inspect”（见 --help）\n'],
      [
        ['audit', '--households', county('households.csv'), '--loans', county('loans.csv')],
        'fupin-xindai: 缺少 --as-of YYYY-MM-DD（必填：审计从不读取系统时钟）\n',
      ],
      [
        ['audit', '--households', county('households.csv'), '--loans', county('loans.csv'), '--as-of', '2020-12-31', '--format', 'xml'],
        'fupin-xindai: --format 须为 json、ndjson、csv、md、html、xlsx 之一，而不是“xml”\n',
      ],
      [
        ['audit', '--households', county('households.csv'), '--loans', county('loans.csv'), '--as-of', '2020-02-30'],
        'fupin-xindai: --as-of：须为真实存在的日期（YYYY-MM-DD），实为“2020-02-30”\n',
      ],
    ];
    for (const [args, line] of cases) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toBe(line);
    }
  });

  it('the same errors in English under --lang en', async () => {
    const r = await run(['audit', '--bogus', '--lang', 'en']);
    expect(r.stderr).toBe('fupin-xindai: unknown option --bogus (see --help)\n');
  });

  it('rejected-row messages in Chinese', async () => {
    const f = inputs(HOUSEHOLDS, `${LOANS}L2,H1,new,50000,-5,2020-03-01,2020-02-30,active\nL3,H9,new,50000,100,2020-03-01,2022-03-01,active\n`);
    const read = async (lang: string) => {
      const out = join(f.dir, `report-${lang}.json`);
      const r = await run(['audit', '--households', f.households, '--loans', f.loans, '--as-of', '2020-12-31', '--out', out, '--lang', lang]);
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(readFileSync(out, 'utf8')) as { invalidRows: { line: number; field: string; code: string; message: string }[] };
      return report.invalidRows.map((i) => `${i.line} ${i.field} ${i.code} ${i.message}`);
    };
    expect(await read('zh')).toEqual([
      '3 onPovertyOfficeList type 须为 是/否（true/false 或 1/0）',
      '3 outstanding money 须为以元为单位的金额，最多两位小数，例如 12345.67',
      '3 maturityDate date 须为真实存在的日期（YYYY-MM-DD），实为“2020-02-30”',
      `4 householdId range ${f.households} 中没有有效的农户“H9”`,
    ]);
    expect(await read('en')).toEqual([
      '3 onPovertyOfficeList type must be true or false',
      '3 outstanding money must be yuan as a plain decimal string with at most two decimals, e.g. "12345.67"',
      "3 maturityDate date must be a real calendar date 'YYYY-MM-DD', got '2020-02-30'",
      `4 householdId range no valid household 'H9' in ${f.households}`,
    ]);
  });
});
