// `npm run eval:usage -- FILE`: a bank scores classifyUsage on its own labelled purposes, in the project's corpus
// format or as plain `label<TAB>text` lines (scripts/eval-usage.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'eval-usage-'));
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval-usage.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run eval:usage -- FILE', () => {
  it("CBIRC-2020-28/5.1 scores a bank's label<TAB>text file: counts, the confusion matrix and each miss", () => {
    const file = join(dir, 'bank.tsv');
    // One miss on purpose: 盖房 labelled production, which the classifier must refuse.
    writeFileSync(file, '# our branch, 2021\nproduction\t养牛\nhousing\t盖两间房子\nproduction\t盖房\n');
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${file}: 3 texts`);
    expect(r.stdout).toContain('exact category:          2/3 = 66.7%');
    expect(r.stdout).toContain('production refused:      1 = 50.0% of production');
    expect(r.stdout).toContain('「盖房」 expected production, got housing');
  });

  it("reads the project's own corpus format too, and exits 0 when every floor is met", () => {
    const file = join(dir, 'project.tsv');
    writeFileSync(file, 'text\tcategory\tnote\n养牛\tproduction\t\n盖两间房子\thousing\t\n委托合作社代为养殖，年底分钱\tenterprise_use\t\n');
    const r = run(file);
    expect(r.stdout).toContain('exact category:          3/3 = 100.0%');
    expect(r.status).toBe(0);
  });

  it('exits 2 with one line for a file it cannot read or a row it does not understand', () => {
    const bad = join(dir, 'bad.tsv');
    writeFileSync(bad, 'farming\t养牛\n');
    const r = run(bad);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('line 1');
    const missing = run(join(dir, 'missing.tsv'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('neither a file nor a corpus');
  });
});
