// The docs say what the code does: every correction, every interpretation option with each of its values and the
// default the code applies, and the numbers and dates the rules read from src/sources/parameters.ts. Each value is
// read from the code, never written here, so changing a default or a parameter fails this file until the docs
// say the new value too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clauses, corrections, InterpretationsSchema, parameters, rules } from 'fupin-xindai';
import { DEFAULT_OPTIONS } from '../src/model/read-options.js';
import { CBIRC_2020_28_ISSUED } from '../src/sources/parameters.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
/** A doc with each run of white space (line breaks inside sentences) as one space. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
const doc = (name: string) => read(`docs/${name}`);

/** The part of `text` under the heading line that starts with `heading`, up to the next heading of any level. */
function section(text: string, heading: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l === heading || l.startsWith(`${heading} `));
  expect(start, `no heading ${heading}`).toBeGreaterThanOrEqual(0);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^#{1,6} /.test(l));
  return flat((end === -1 ? rest : rest.slice(0, end)).join('\n'));
}

/** The values an interpretation may take, read from its schema (`z.enum([...]).nullish()`). */
function valuesOf(key: string): readonly string[] {
  const field = InterpretationsSchema.shape[key as keyof typeof InterpretationsSchema.shape];
  return field.unwrap().unwrap().options;
}

/** `'2020-12-31'` as the notices write it: `2020年12月31日`. */
const zhDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

describe('docs', () => {
  it('canonical-text.md lists every correction', () => {
    const text = doc('canonical-text.md');
    for (const c of corrections) expect(text, c.id).toContain(`| \`${c.id}\` |`);
  });

  it('canonical-text.md lists exactly the rule clauses', () => {
    const section = doc('canonical-text.md').split('- `rule`')[1]!.split('- `obligation`')[0]!.replace(/\s+/g, ' ');
    const listed = new Set<string>();
    for (const m of section.matchAll(/(CBIRC-2020-28|HLJ-2020-47)\/([\d., ]+)/g)) {
      for (const n of m[2]!
        .split(',')
        .map((s) => s.trim().replace(/\.$/, ''))
        .filter(Boolean))
        listed.add(`${m[1]}/${n}`);
    }
    expect([...listed].sort()).toEqual(
      clauses
        .filter((c) => c.kind === 'rule')
        .map((c) => c.id)
        .sort(),
    );
  });

  it('interpretations.md documents every option, each of its values, and the default the code applies', () => {
    const text = doc('interpretations.md');
    const defaults = DEFAULT_OPTIONS as unknown as Record<string, unknown>;
    for (const key of Object.keys(InterpretationsSchema.shape)) {
      const s = section(text, `### \`${key}\``);
      expect(Object.keys(defaults), `DEFAULT_OPTIONS has no default for ${key}`).toContain(key);
      const def = defaults[key];
      const values = valuesOf(key);
      expect(values, key).toContain(def);
      // Exactly one default, and it is the code's.
      expect(
        [...s.matchAll(/\*\*Default `'([^']*)'`\*\*/g)].map((m) => m[1]),
        key,
      ).toEqual([def]);
      for (const v of values.filter((x) => x !== def)) expect(s, `${key}: '${v}'`).toContain(`- \`'${v}'\`:`);
    }
  });

  it('the README states the default jurisdiction and that no asOf means no period check', () => {
    const readme = flat(read('README.md'));
    expect(readme).toContain(`the default \`'${DEFAULT_OPTIONS.jurisdiction}'\` applies both notices`);
    expect(DEFAULT_OPTIONS.asOf).toBeNull();
    expect(flat(doc('interpretations.md'))).toContain('Without `asOf` no period check is made.');
  });

  it("the household cap the docs name is parameters.householdCap's", () => {
    const cap = Number(parameters.householdCap.value);
    const yuan = `${cap.toLocaleString('en-US')} yuan`;
    const wan = `${cap / 10_000}万元`;
    const readme = flat(read('README.md'));
    expect(readme).toContain(`under the ${yuan} cap`);
    expect(readme).toContain(`单户${wan}总额`);
    expect(flat(doc('interpretations.md'))).toContain(`household total above ${yuan}`);
  });

  it('the dates the docs read from the notices are the parameters the rules use', () => {
    const text = flat(doc('interpretations.md'));
    const campaignEnd = parameters.campaignEnd.value;
    const maturityFrom = parameters.deferralMaturityFrom.value;
    const deadline = parameters.deferralDeadline.value;
    const months = parameters.earlierExtensionMonths.value;
    const [y, m] = deadline.split('-').map(Number);
    expect(text).toContain(`「${y}年${m}月底」 is \`${deadline}\``);
    expect(text).toContain(`「${zhDate(campaignEnd)}前」 includes ${campaignEnd}`);
    expect(text).toContain(`「到期日在${zhDate(maturityFrom)}后」 includes ${maturityFrom}`);
    expect(text).toContain(`maturities from ${maturityFrom} **through ${deadline}**`);
    expect(text).toContain(`the later of maturity + ${months} months (month-end clamped) and ${deadline}`);
  });

  it("the rule periods the docs describe are the registry's", () => {
    const text = flat(doc('interpretations.md'));
    expect(text).toContain(`28号 was issued (印发) on ${CBIRC_2020_28_ISSUED}`);
    expect(flat(read('README.md'))).toContain(`An \`asOf\` before ${CBIRC_2020_28_ISSUED}, the day 28号 was issued, is bad input`);
    expect(flat(read('README.md'))).toContain('judges the act by its own dates');
    expect(text).toContain('No rule has a `period.to`.');
    // "Its rules … apply from that day; `rules[].period.from` says so." "No rule has a `period.to`."
    for (const r of rules) {
      expect(r.period?.from, r.id).toBe(CBIRC_2020_28_ISSUED);
      expect(r.period?.to, r.id).toBeUndefined();
    }
    expect(rules.filter((r) => r.id.startsWith('deferral.')).every((r) => r.governedBy === 'act')).toBe(true);
  });
});
