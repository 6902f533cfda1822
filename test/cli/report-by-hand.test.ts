// Issue 16, item 4: a report an auditor can check by hand (src/app/formats/*, src/audit/engine.ts's reporting).
// Every triggered loan is listed with its shares so that the fund total is the sum of a column; a failed
// finding is shown as what its rule declares (breach, needs review, a condition not met); usage findings
// show the purpose and the terms matched; the rejected rows and invalidRows agree at a glance; the HTML
// groups money, shows ratios as percentages, never breaks an id or 结论, and names regions with --regions.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Decimal } from 'decimal.js';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { riskCompensationTrigger, rules } from 'fupin-xindai';
import { groupMoney, kindOf, percent } from '../../src/app/formats/html.js';
import { chromiumAvailable, renderInChromium, skipWithoutChromium } from '../helpers/chromium.js';
import { auditInProcess } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'fupin-by-hand-'));
const county = (f: string) => new URL(`../../examples/data/county/${f}`, import.meta.url).pathname;
const sample = ['--households', county('households.csv'), '--loans', county('loans.csv'), '--as-of', '2020-12-31', '--policy', county('policy.json')];

/** Runs the CLI in-process into a fresh file; returns the exit code, stderr and the report's text. */
const run = (args: string[]) => auditInProcess(args, join(dir, `out-${Math.random().toString(36).slice(2)}`));

afterEach(() => vi.restoreAllMocks());

interface JsonFinding {
  subject: string;
  subjectType: string;
  function: string;
  ruleId: string;
  outcome: string;
  severity: string;
  facts?: Record<string, string | number | boolean | null>;
  purpose?: string;
}
interface JsonReport {
  summary: Record<string, number | string>;
  findings: JsonFinding[];
  invalidRows: { file: string; line: number; field: string }[];
  regions: { region: string; outstanding: string; nplRatio: string }[];
  meta: { files: Record<string, { path: string; sha256: string } | undefined> };
}

/** A CSV's rows as objects by header (BOM dropped), read independently of the CLI's reader. */
const rowsOf = (text: string | Buffer) => parse<Record<string, string>>(text, { bom: true, columns: true });

const sum = (values: readonly string[]) => values.reduce((t, v) => t.plus(v), new Decimal(0)).toFixed(2);
const attr = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!);
const section = (html: string, id: string) => {
  const start = html.indexOf(`<section id="${id}">`);
  return html.slice(start, html.indexOf('</section>', start));
};
const decode = (s: string) => s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);

/** The sample county's policy per region, as the CLI applies it (byRegion, else default). */
const policy = JSON.parse(readFileSync(county('policy.json'), 'utf8')) as { default: unknown; byRegion: Record<string, unknown> };

let json: JsonReport;
beforeAll(async () => {
  const r = await run([...sample, '--format', 'json']);
  expect(r.code).toBe(0);
  json = JSON.parse(r.text) as JsonReport;
  // The sample must exercise what these tests read.
  expect(Number(json.summary.compensationTriggeredLoans)).toBeGreaterThan(10);
});

describe('every triggered loan is listed with its shares, so the fund total is the sum of a column', () => {
  it('CBIRC-2020-28/5.3 JSON: one passing compensation.shares finding per triggered loan; the fund shares sum exactly to compensationFundTotal', () => {
    const listed = json.findings.filter((f) => f.ruleId === 'compensation.shares');
    expect(listed.every((f) => f.outcome === 'pass' && f.function === 'riskCompensationTrigger' && f.subjectType === 'loan')).toBe(true);
    expect(listed).toHaveLength(Number(json.summary.compensationTriggeredLoans));
    expect(new Set(listed.map((f) => f.subject)).size).toBe(listed.length);
    expect(sum(listed.map((f) => String(f.facts!.fund)))).toBe(json.summary.compensationFundTotal);
    // Each loan's four shares make its compensable amount, in whole fen.
    for (const f of listed) {
      expect(sum(['fund', 'insurer', 'guarantor', 'bank'].map((k) => String(f.facts![k]))), f.subject).toBe(f.facts!.compensableAmount);
    }
  });

  it('CBIRC-2020-28/5.3 JSON: each listed loan is one the library says triggers, with the shares it computes', () => {
    const loans = rowsOf(readFileSync(county('loans.csv')));
    const households = rowsOf(readFileSync(county('households.csv')));
    const regionOf = new Map(households.map((h) => [h.id, h.region]));
    const byId = new Map(loans.map((l) => [l.id, l]));
    for (const f of json.findings.filter((x) => x.ruleId === 'compensation.shares').slice(0, 25)) {
      const row = byId.get(f.subject)!;
      const loan = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== ''));
      for (const k of ['overdueDays']) if (loan[k] !== undefined) (loan as Record<string, unknown>)[k] = Number(loan[k]);
      for (const k of ['covidRepaymentDifficulty', 'collectionAttempted']) if (loan[k] !== undefined) (loan as Record<string, unknown>)[k] = loan[k] === 'true';
      const region = row.region === '' || row.region === undefined ? regionOf.get(row.householdId)! : row.region;
      const r = riskCompensationTrigger(loan as never, (policy.byRegion[region] ?? policy.default) as never, { asOf: '2020-12-31' });
      expect(r.triggered, f.subject).toBe(true);
      expect(r.shares, f.subject).toEqual({ fund: f.facts!.fund, insurer: f.facts!.insurer, guarantor: f.facts!.guarantor, bank: f.facts!.bank });
    }
  });

  it('CBIRC-2020-28/5.3 CSV: the fund column sums to the summary total, one row per triggered loan', async () => {
    const r = await run([...sample, '--format', 'csv']);
    const rows = rowsOf(r.text);
    const shares = rows.filter((row) => row.fund !== '');
    expect(shares.every((row) => row.ruleId === 'compensation.shares')).toBe(true);
    expect(shares).toHaveLength(Number(json.summary.compensationTriggeredLoans));
    expect(sum(shares.map((row) => row.fund!))).toBe(json.summary.compensationFundTotal);
    expect(shares.every((row) => sum([row.fund!, row.insurer!, row.guarantor!, row.bank!]) === row.compensableAmount)).toBe(true);
  });

  it('CBIRC-2020-28/5.3 HTML and Markdown: a table of the triggered loans whose fund column sums to the total beneath it', async () => {
    const html = (await run([...sample, '--format', 'html'])).text;
    const table = section(html, 'compensation');
    const funds = attr(table, /data-share="fund" data-value="([^"]+)"/g);
    expect(funds).toHaveLength(Number(json.summary.compensationTriggeredLoans));
    expect(sum(funds)).toBe(json.summary.compensationFundTotal);
    expect(table).toContain(`data-total="fund" data-value="${json.summary.compensationFundTotal}">${groupMoney(String(json.summary.compensationFundTotal))}<`);

    const md = (await run([...sample, '--format', 'md'])).text;
    const mdTable = md.slice(md.indexOf('## 触发风险补偿的贷款'), md.indexOf('## 发现'));
    const mdRows = mdTable.split('\n').filter((l) => l.startsWith('| `'));
    expect(mdRows).toHaveLength(funds.length);
    expect(sum(mdRows.map((l) => l.split(' | ')[2]!))).toBe(json.summary.compensationFundTotal);
    expect(mdTable).toContain(`: ${json.summary.compensationFundTotal}\n`);
  });
});

describe('a condition merely not met is never rendered as a breach', () => {
  it("each finding carries its rule's severity from the public registry (JSON)", async () => {
    const all = JSON.parse((await run([...sample, '--all'])).text) as JsonReport;
    const severity = new Map(rules.map((r) => [r.id, r.severity]));
    for (const f of all.findings) expect(f.severity, f.ruleId).toBe(severity.get(f.ruleId));
    // The case: with --all every healthy loan fails compensation.overdue_days, a condition that informs.
    const overdue = all.findings.filter((f) => f.ruleId === 'compensation.overdue_days' && f.outcome === 'fail');
    expect(overdue.length).toBeGreaterThan(100);
    expect(overdue.every((f) => f.severity === 'information')).toBe(true);
  });

  it('HTML, Markdown and CSV show a failed information finding as a condition not met, a breach only where the rule says so', async () => {
    const html = (await run([...sample, '--all', '--format', 'html'])).text;
    const rows = section(html, 'findings')
      .split('</tr>')
      .filter((r) => r.includes('data-outcome'));
    const overdue = rows.filter((r) => r.includes('<code>compensation.overdue_days</code>') && r.includes('data-outcome="fail"'));
    expect(overdue.length).toBeGreaterThan(100);
    for (const r of overdue) expect(r).toContain('<td class="kind kind-information" data-outcome="fail" data-severity="information">条件未满足</td>');
    // Every 违规 cell belongs to a failed finding of a breach rule, and every such finding is one.
    for (const r of rows) {
      const breach = r.includes('>违规</td>');
      expect(breach, r.slice(0, 200)).toBe(r.includes('data-outcome="fail" data-severity="breach"'));
    }
    expect(rows.some((r) => r.includes('>违规</td>'))).toBe(true);

    const md = (await run([...sample, '--all', '--format', 'md', '--lang', 'en'])).text;
    const mdOverdue = md.split('\n').filter((l) => l.includes('`compensation.overdue_days`') && !l.includes('| pass |') && !l.includes('not applicable'));
    expect(mdOverdue.length).toBeGreaterThan(100);
    expect(mdOverdue.every((l) => l.includes('| condition not met |') && !l.includes('breach'))).toBe(true);

    const csv = rowsOf((await run([...sample, '--all', '--format', 'csv'])).text);
    const csvOverdue = csv.filter((r) => r.ruleId === 'compensation.overdue_days' && r.outcome === 'fail');
    expect(csvOverdue.length).toBeGreaterThan(100);
    expect(csvOverdue.every((r) => r.severity === 'information')).toBe(true);
  });

  it('kindOf: a failure is its rule severity; an advisory needs review unless its rule only informs; pass and not applicable stay', () => {
    expect(kindOf('fail', 'breach')).toBe('breach');
    expect(kindOf('fail', 'review')).toBe('review');
    expect(kindOf('fail', 'information')).toBe('information');
    expect(kindOf('advisory', 'breach')).toBe('review');
    expect(kindOf('advisory', 'information')).toBe('information');
    expect(kindOf('pass', 'breach')).toBe('pass');
    expect(kindOf('not_applicable', 'breach')).toBe('not_applicable');
  });
});

describe('usage findings show the purpose as written and the terms matched', () => {
  it('CBIRC-2020-28/5.1 JSON carries the loan’s purpose on each finding that reads it; HTML shows it with the matched terms', async () => {
    const loans = rowsOf(readFileSync(county('loans.csv')));
    const purposeOf = new Map(loans.map((l) => [l.id, l.purpose]));
    const usage = json.findings.filter((f) => f.function === 'classifyUsage');
    expect(usage.length).toBeGreaterThan(50);
    for (const f of usage) {
      expect(f.purpose, f.subject).toBe(purposeOf.get(f.subject));
      expect(typeof f.facts?.matchedTerms).toBe('string');
    }
    // A finding that does not read the purpose carries none.
    expect(json.findings.filter((f) => f.purpose !== undefined).every((f) => f.facts?.matchedTerms !== undefined)).toBe(true);

    const html = (await run([...sample, '--format', 'html'])).text;
    const rows = section(html, 'findings').split('</tr>');
    const violation = usage.find((f) => f.outcome === 'fail')!;
    const row = rows.find((r) => r.includes(`<code>${violation.subject}</code>`) && r.includes('usage.permitted'))!;
    expect(decode(row)).toContain(`用途原文：「${violation.purpose!}」`);
    expect(decode(row)).toContain(`命中词语：${String(violation.facts!.matchedTerms)}`);
  });
});

describe('the rejected rows and invalidRows agree at a glance', () => {
  it('HTML and Markdown count rows and fields above the table; rows are numbered up to invalidRows', async () => {
    const rows = Number(json.summary.invalidRows);
    const fields = json.invalidRows.length;
    // The sample has a row with two bad fields, the case.
    expect(fields).toBeGreaterThan(rows);
    const html = (await run([...sample, '--format', 'html', '--lang', 'en'])).text;
    const rejected = section(html, 'rejected');
    expect(rejected).toContain(`<p class="count" data-rows="${rows}" data-fields="${fields}">${rows} rows rejected, ${fields} bad fields`);
    const numbers = attr(rejected, /data-row="(\d+)"/g).map(Number);
    expect(numbers).toEqual(Array.from({ length: rows }, (_, i) => i + 1));
    expect(rejected.match(/<tr>/g)).toHaveLength(1 + fields);
    // The row with two bad fields spans two lines of the table under one number.
    expect(rejected).toMatch(/<td class="num" rowspan="2" data-row="\d+">/);

    const md = (await run([...sample, '--format', 'md'])).text;
    expect(md).toContain(`共${rows}行被拒绝，涉及${fields}个字段`);
    const mdRows = md
      .slice(md.indexOf('## 被拒绝的行'))
      .split('\n')
      .filter((l) => /^\| \d+ \|/.test(l));
    expect(mdRows).toHaveLength(fields);
    expect(new Set(mdRows.map((l) => l.split(' | ')[0])).size).toBe(rows);
  });
});

describe('HTML: money with separators, ratios as percentages, region names', () => {
  it('groupMoney and percent are exact on the decimal strings the audit gives', () => {
    expect(['0.00', '999.99', '1000.00', '-1234567.89', '123456789012.34', '12'].map(groupMoney)).toEqual([
      '0.00',
      '999.99',
      '1,000.00',
      '-1,234,567.89',
      '123,456,789,012.34',
      '12',
    ]);
    expect(['0.0000', '0.0405', '0.2500', '1.0000', '0.1235'].map(percent)).toEqual(['0.00%', '4.05%', '25.00%', '100.00%', '12.35%']);
  });

  it('prints region money grouped and ratios as percentages, the exact figures kept in data-value', async () => {
    const html = (await run([...sample, '--format', 'html'])).text;
    const regions = section(html, 'regions');
    for (const r of json.regions) {
      expect(regions).toContain(`data-field="outstanding" data-value="${r.outstanding}">${groupMoney(r.outstanding)}<`);
      expect(regions).toContain(`data-field="nplRatio" data-value="${r.nplRatio}">${percent(r.nplRatio)}<`);
    }
    expect(json.regions.some((r) => new Decimal(r.outstanding).greaterThanOrEqualTo(1000))).toBe(true);
  });

  it('--regions FILE names each region in HTML and Markdown, and is echoed in meta; a bad register is exit 2', async () => {
    const file = join(dir, 'regions.csv');
    const [first, second] = json.regions;
    writeFileSync(file, `\uFEFFregion,name\r\n${first!.region},东风镇\r\n${second!.region},"红旗乡<b>"\r\n999999,不在组合中\r\n`);
    const html = (await run([...sample, '--format', 'html', '--regions', file])).text;
    const regions = section(html, 'regions');
    expect(regions).toContain(`<th scope="row"><code>${first!.region}</code><span class="region-name">东风镇</span></th>`);
    expect(regions).toContain(`<code>${second!.region}</code><span class="region-name">红旗乡&lt;b&gt;</span>`);
    expect(regions).not.toContain('不在组合中');
    const md = (await run([...sample, '--format', 'md', '--regions', file])).text;
    expect(md).toContain(`| ${first!.region} 东风镇 |`);
    const withMeta = JSON.parse((await run([...sample, '--regions', file])).text) as JsonReport;
    expect(withMeta.meta.files.regions?.path).toBe(file);

    const bad = join(dir, 'regions-bad.csv');
    writeFileSync(bad, 'region,town\n230231100,东风镇\n');
    const r = await run([...sample, '--regions', bad, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--regions .*regions-bad\.csv: missing column name/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

const haveChromium = chromiumAvailable();

describe('HTML in a browser: ids and 结论 never break', () => {
  it.skipIf(skipWithoutChromium('report-by-hand.test.ts, the layout test'))(
    'in a narrow window every loan id, household id, region code and 结论 cell stays on one line',
    async () => {
      expect(haveChromium, 'Chromium is required at /usr/bin/chromium when CI is set').toBe(true);
      const html = (await run([...sample, '--format', 'html'])).text;
      // A probe, for this test only: the report's CSP forbids scripts, so the copy drops it, squeezes the page
      // to 420px and counts, for each element, the distinct lines its text is laid out on.
      const probe = `<style>body{width:420px;max-width:420px}</style><script>
        const lines = (el) => { const r = document.createRange(); r.selectNodeContents(el); return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size; };
        const els = [...document.querySelectorAll('#findings td:nth-child(2) code, td.kind, #compensation td:first-child code, #regions th[scope=row] code')];
        document.body.setAttribute('data-checked', String(els.length));
        document.body.setAttribute('data-broken', JSON.stringify(els.filter((el) => lines(el) > 1).map((el) => el.textContent)));
      </script>`;
      const file = join(dir, 'layout.html');
      writeFileSync(file, html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace('</body>', `${probe}</body>`));
      const dom = await renderInChromium(file);
      const checked = Number(/data-checked="(\d+)"/.exec(dom)?.[1]);
      expect(checked).toBeGreaterThan(100);
      expect(JSON.parse(decode(/data-broken="([^"]*)"/.exec(dom)![1]!))).toEqual([]);
    },
    90_000,
  );
});
