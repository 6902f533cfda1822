// The clause browser (issue 8): every sentence of both notices on its notice's page, with its kind, the
// rules and functions that implement it and the tests that name it — law and code side by side.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clauses, rules } from 'fupin-xindai';

const esc = (t: string) => t.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

describe('clause browser', () => {
  const out = mkdtempSync(join(tmpdir(), 'clauses-'));
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/clause-coverage.ts', '--html', out], {
    cwd: new URL('../..', import.meta.url).pathname,
    stdio: 'pipe',
  });
  const rows = new Map<string, string>();
  for (const doc of ['CBIRC-2020-28', 'HLJ-2020-47']) {
    for (const row of readFileSync(join(out, `${doc}.html`), 'utf8')
      .split('<tr class="')
      .slice(1)) {
      const id = /id="([^"]+)"/.exec(row)?.[1];
      if (id) rows.set(id, row);
    }
  }

  it('shows every sentence of both notices once, with its kind, text and English summary', () => {
    expect([...rows.keys()].sort()).toEqual(clauses.map((c) => c.id).sort());
    for (const c of clauses) {
      const row = rows.get(c.id)!;
      expect(row.startsWith(`${c.kind}"`), c.id).toBe(true);
      expect(row, c.id).toContain(esc(c.text));
      expect(row, c.id).toContain(esc(c.summary));
    }
  });

  it('lists beside each rule sentence the rules, functions and tests behind it', () => {
    const ruleClauses = clauses.filter((c) => c.kind === 'rule');
    expect(ruleClauses.length).toBeGreaterThan(10);
    for (const c of ruleClauses) {
      const row = rows.get(c.id)!;
      for (const r of rules.filter((x) => x.clauseIds.includes(c.id))) expect(row, c.id).toContain(`<code>${r.id}</code>`);
      expect(row, c.id).toMatch(/<li><small>test\/[^<]+\.test\.ts › /);
    }
    expect(rows.get('CBIRC-2020-28/4.3')).toContain('<code>checkEligibility</code>');
  });
});
