// The library is pure: same input, same output; inputs are never mutated; nothing reads the clock.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkEligibility, checkPolicyContinuity, classifyUsage, computeDeferralDeadline, computeMaxTopUp, riskCompensationTrigger } from 'fupin-xindai';
import { edge, loan, policy } from './helpers/fixtures.js';
import { tsFiles } from './helpers/source-files.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const calls = () => {
  const h = deepFreeze(edge());
  const loans = deepFreeze([loan({ maturityDate: '2020-09-30', covidRepaymentDifficulty: true, overdueDays: 100 }), loan({ id: 'l2', outstanding: 1234.5 })]);
  const p = deepFreeze(policy({ insurerShare: '0.1' }));
  const opts = deepFreeze({ existingLoans: loans, asOf: '2020-10-01', interpretations: { capBasis: 'principal' as const } });
  return [
    () => checkEligibility(h, deepFreeze({ amount: '1000', purpose: '养牛' }), opts),
    () => computeMaxTopUp(h, loans, opts),
    () => computeDeferralDeadline(loans[0]!, h, opts),
    () => classifyUsage('不用于建房，用于养牛', opts),
    () => riskCompensationTrigger(loans[0]!, p, opts),
    () => checkPolicyContinuity(loans[0]!, '2020-10-01', opts),
  ];
};

describe('purity', () => {
  afterEach(() => vi.useRealTimers());

  it('works on deeply frozen input and gives the same result twice', () => {
    for (const call of calls()) expect(call()).toEqual(call());
  });

  it('does not mutate its input', () => {
    const h = edge();
    const loans = [loan({ outstanding: 1234.5 })];
    const before = JSON.stringify([h, loans]);
    computeMaxTopUp(h, loans);
    checkEligibility(h, { amount: '1', purpose: 'production' }, { existingLoans: loans });
    expect(JSON.stringify([h, loans])).toBe(before);
  });

  it('gives the same results whatever the clock says', () => {
    const at = (iso: string) => {
      vi.useFakeTimers();
      vi.setSystemTime(new Date(iso));
      return calls().map((c) => c());
    };
    expect(at('2020-01-01T00:00:00Z')).toEqual(at('2031-07-15T23:59:59Z'));
  });

  it('has no dynamic code anywhere in src, the CLI included', () => {
    const all = tsFiles(new URL('../src', import.meta.url).pathname);
    for (const f of all) expect(readFileSync(f, 'utf8'), f).not.toMatch(/\beval\(|new Function\(|\brequire\(/);
  });

  it('has no clock, environment, randomness or dynamic code in the library', () => {
    // src/cli is the command-line tool: it reads files and the terminal by design. src/app and src/web are checked below.
    const files = tsFiles(new URL('../src', import.meta.url).pathname, (name) => name === 'cli' || name === 'app' || name === 'web');
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const code = readFileSync(f, 'utf8');
      expect(code, f).not.toMatch(/Date\.now\(|new Date\(|process\.env|Math\.random\(|\beval\(|new Function\(|require\(|import\(|from 'node:/);
    }
  });

  it('reads no clock, environment or randomness in the audit application and the page either (dates only from the run and the data)', () => {
    const src = new URL('../src', import.meta.url).pathname;
    const files = [...tsFiles(join(src, 'app')), ...tsFiles(join(src, 'web'))];
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const code = readFileSync(f, 'utf8');
      // `new Date(x)` of a serial or of the run's date is no clock; `new Date()` and Date.now() are. One import is
      // deferred, of a package named in the code (src/app/exceljs.ts: exceljs loads only when a workbook is used).
      expect(code.replace("import('exceljs')", ''), f).not.toMatch(
        /Date\.now\(|new Date\(\)|process\.|Math\.random\(|\beval\(|new Function\(|require\(|import\(|from 'node:/,
      );
    }
  });

  it('depends at run time on zod, decimal.js and date-fns only (papaparse and exceljs for the CLI and the page), and imports nothing else', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['@date-fns/utc', 'date-fns', 'decimal.js', 'exceljs', 'papaparse', 'zod']);
    // Package imports (not relative, not node:) of some .ts files.
    const imports = (files: string[]) =>
      [...new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/from '([^.'][^']*)'/g)].map((m) => m[1]!)))]
        .filter((m) => !m.startsWith('node:'))
        .sort();
    const src = new URL('../src', import.meta.url).pathname;
    expect(imports(tsFiles(src, (name) => name === 'cli' || name === 'app' || name === 'web'))).toEqual([
      '@date-fns/utc/date/mini',
      'date-fns/addDays',
      'date-fns/addMonths',
      'date-fns/differenceInCalendarDays',
      'decimal.js',
      'zod',
    ]);
    expect(imports([...tsFiles(join(src, 'app')), ...tsFiles(join(src, 'web')), ...tsFiles(join(src, 'cli'))])).toEqual(['decimal.js', 'exceljs', 'papaparse']);
  });
});
