// The docs list what the code does: every correction, every interpretation option and its default.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clauses, corrections, InterpretationsSchema } from 'fupin-xindai';

const doc = (name: string) => readFileSync(new URL(`../docs/${name}`, import.meta.url), 'utf8');

describe('docs', () => {
  it('canonical-text.md lists every correction', () => {
    const text = doc('canonical-text.md');
    for (const c of corrections) expect(text, c.id).toContain(`| \`${c.id}\` |`);
  });

  it('canonical-text.md lists exactly the rule clauses', () => {
    const section = doc('canonical-text.md').split('- `rule`')[1]!.split('- `obligation`')[0]!.replace(/\s+/g, ' ');
    const listed = new Set<string>();
    for (const m of section.matchAll(/(CBIRC-2020-28|HLJ-2020-47)\/([\d., ]+)/g)) {
      for (const n of m[2]!.split(',').map((s) => s.trim().replace(/\.$/, '')).filter(Boolean)) listed.add(`${m[1]}/${n}`);
    }
    expect([...listed].sort()).toEqual(clauses.filter((c) => c.kind === 'rule').map((c) => c.id).sort());
  });

  it('interpretations.md documents every option and its default', () => {
    const text = doc('interpretations.md');
    for (const key of Object.keys(InterpretationsSchema.shape)) expect(text, key).toContain(`### \`${key}\``);
    expect(text).toContain("**Default `'outstanding'`**");
    expect(text).toContain("**Default `'later_of_six_months_and_march_2021'`**");
    expect(text).toContain("**Default `'included'`**");
  });
});
