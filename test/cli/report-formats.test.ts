// The audit's report formats: src/app/formats/html.ts and markdown.ts
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditFinding, AuditSummary, InvalidRow, Lang } from '../../src/audit/engine.js';
import { htmlReport } from '../../src/app/formats/html.js';
import { markdownReport } from '../../src/app/formats/markdown.js';
import type { AuditEnd, Output, ReportWriter, Spooled } from '../../src/app/report.js';
import type { RegionReport } from '../../src/decisions/monitor-portfolio.js';
import type { Finding } from '../../src/rules/rule.js';
import type { Citation } from '../../src/sources/types.js';
import { chromiumAvailable, renderInChromium, skipWithoutChromium } from '../helpers/chromium.js';

const HOSTILE = '<script>alert("x")</script> a|b & \'c\'';

const overdueCite: Citation = { document: 'CBIRC-2020-28', clauseId: 'CBIRC-2020-28/5.2', quote: '及时掌握贷款集中到期、贷款逾期等情况' };
const useCite: Citation = { document: 'CBIRC-2020-28', clauseId: 'CBIRC-2020-28/5.1', quote: '户借、户用、户还' };

const summary: AuditSummary = {
  households: 1234,
  loans: 5678,
  invalidRows: 7,
  activeLoans: 5001,
  eligibleHouseholds: 1200,
  usageViolations: 13,
  usageNeedsReview: 42,
  overCapHouseholds: 3,
  deferralEligibleLoans: 321,
  compensationTriggeredLoans: 9,
  compensationFundTotal: '123456.78',
  householdUseViolations: 5,
  deferralsBeyondLimit: 2,
  deferralNotGranted: 1,
  regionsFlagged: 1,
  findings: 4,
};

const flag: Finding = {
  ruleId: 'monitoring.overdue',
  outcome: 'advisory',
  message: {
    zh: '230183地区逾期贷款占比为0.2500，达到阈值0.2，须重点关注、加强分析研判。',
    en: 'Region 230183: overdue share is 0.2500, reaching the threshold of 0.2.',
  },
  citations: [overdueCite],
};

const region = (over: Partial<RegionReport> & { region: string }): RegionReport => ({
  activeLoans: 0,
  outstanding: '0.00',
  maturingSoonOutstanding: '0.00',
  overdueOutstanding: '0.00',
  enterpriseUseOutstanding: '0.00',
  notForProductionOutstanding: '0.00',
  needsReviewOutstanding: '0.00',
  nplOutstanding: '0.00',
  specialMentionOutstanding: '0.00',
  maturingSoonShare: '0.0000',
  overdueShare: '0.0000',
  nplRatio: '0.0000',
  specialMentionShare: '0.0000',
  leadBank: null,
  leadBankShare: null,
  flags: [],
  ...over,
});

const regions: RegionReport[] = [
  region({
    region: '230183',
    activeLoans: 40,
    outstanding: '1234567.89',
    maturingSoonOutstanding: '100000.00',
    overdueOutstanding: '308641.97',
    enterpriseUseOutstanding: '0.00',
    notForProductionOutstanding: '7000.00',
    needsReviewOutstanding: '3000.00',
    nplOutstanding: '50000.01',
    specialMentionOutstanding: '20000.00',
    maturingSoonShare: '0.0810',
    overdueShare: '0.2500',
    nplRatio: '0.0405',
    specialMentionShare: '0.0162',
    flags: [flag],
  }),
  region({ region: '230184', activeLoans: 12, outstanding: '360000.00', overdueOutstanding: '9000.00', overdueShare: '0.0250' }),
];

const endFor = (lang: Lang): AuditEnd => ({
  meta: {
    tool: 'fupin-xindai audit',
    packageVersion: '0.1.0',
    rulesetVersion: '2020.1',
    asOf: '2021-01-01',
    jurisdiction: 'HLJ',
    lang,
    interpretations: { capBasis: 'principal', deferralDeadline: 'march_2021' },
    files: {
      households: { path: 'data/households.csv', sha256: 'a'.repeat(64), bytes: 98765 },
      loans: { path: 'data/loans.csv', sha256: 'b'.repeat(64), bytes: 402113 },
    },
    allFindings: false,
  },
  summary,
  regions,
  regionFindings: [
    { ...flag, message: { zh: '1个地区的逾期贷款占比达到阈值0.2：230183。', en: '1 region(s) reach the overdue share threshold of 0.2: 230183.' } },
  ],
});

const finding = (over: Partial<AuditFinding>): AuditFinding => ({
  type: 'finding',
  subjectType: 'loan',
  subject: 'l1',
  function: 'checkHouseholdUse',
  ruleId: 'household_use.used_by',
  outcome: 'fail',
  severity: 'breach',
  message: '贷款未由农户使用。',
  clauseId: useCite.clauseId,
  quote: useCite.quote,
  citations: [useCite],
  ...over,
});

const items: (AuditFinding | InvalidRow)[] = [
  finding({ subject: 'l1' }),
  { type: 'invalid', file: 'data/loans.csv', line: 17, field: 'outstanding', code: 'money', message: 'bad <b>value</b> | here\nsecond line' },
  finding({ subject: 'h|1', subjectType: 'household', function: 'checkEligibility', ruleId: 'household.poverty_status', message: HOSTILE }),
  finding({
    subject: '230183',
    subjectType: 'region',
    function: 'monitorPortfolio',
    ruleId: 'monitoring.overdue',
    outcome: 'advisory',
    severity: 'review',
    message: flag.message.zh,
    citations: [overdueCite],
  }),
  finding({ subject: 'l9', citations: [useCite, { ...overdueCite, quote: `${overdueCite.quote}${HOSTILE}` }] }),
];

async function* each<T>(list: readonly T[]): AsyncGenerator<T> {
  for (const item of list) yield item;
}

/** Spooled items as the CLI's spool gives them back: findings and rejected rows apart, in order. */
const spooledOf = (list: readonly (AuditFinding | InvalidRow)[]): Spooled => ({
  findings: () => each(list.filter((i): i is AuditFinding => i.type === 'finding')),
  invalid: () => each(list.filter((i): i is InvalidRow => i.type === 'invalid')),
});

/** Runs a format over the fixture into memory; returns the whole text and the separate writes. */
async function render(format: (out: Output) => ReportWriter, lang: Lang, list = items): Promise<{ text: string; writes: string[] }> {
  const writes: string[] = [];
  const writer = format({ write: async (t) => void writes.push(t) });
  for (const item of list) await writer.item(item);
  await writer.end(endFor(lang), spooledOf(list));
  return { text: writes.join(''), writes };
}

const decode = (s: string) => s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);

/** `data-key` → the exact value the cell holds (`data-value`), from HTML as written or as a browser serialized it. */
function dataKeys(html: string): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const m of html.matchAll(/<td[^>]*\bdata-key="([^"]*)"[^>]*\bdata-value="([^"]*)"[^>]*>([^<]*)<\/td>/g)) cells[decode(m[1]!)] = decode(m[2]!);
  return cells;
}

const dataRegions = (html: string) => [...html.matchAll(/<tr[^>]*\bdata-region="([^"]*)"/g)].map((m) => decode(m[1]!));

const expectedKeys = Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, String(v)]));

/** A section of the HTML page, by its id. */
const section = (html: string, id: string) =>
  html.slice(html.indexOf(`<section id="${id}">`), html.indexOf('</section>', html.indexOf(`<section id="${id}">`)));

describe('HTML report', () => {
  it('is one self-contained document that loads nothing from outside', async () => {
    const { text } = await render(htmlReport, 'zh');
    expect(text.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(text.trimEnd().endsWith('</html>')).toBe(true);
    expect(text.match(/<!DOCTYPE/gi)).toHaveLength(1);
    expect(text.match(/<html\b/g)).toHaveLength(1);
    expect(text).toContain('<meta charset="utf-8">');
    expect(text).not.toMatch(/https?:\/\//);
    expect(text).not.toMatch(/url\(|@import/);
    // Real tags only (escaped text cannot open one): none refers to anything outside the file.
    const tags = text.match(/<[a-zA-Z][^>]*>/g) ?? [];
    expect(tags.filter((t) => /\s(src|href|xlink:href|srcset|action|data)\s*=/i.test(t))).toEqual([]);
    expect(tags.filter((t) => /^<(script|link|iframe|img|object|embed|base)\b/i.test(t))).toEqual([]);
  });

  it('escapes every text it inserts', async () => {
    const { text } = await render(htmlReport, 'zh');
    expect(text).not.toContain('<script');
    expect(text).not.toContain('<b>value');
    expect(text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; a|b &amp; &#39;c&#39;');
    expect(text).toContain('bad &lt;b&gt;value&lt;/b&gt; | here\nsecond line');
    expect(text).toContain('「及时掌握贷款集中到期、贷款逾期等情况&lt;script&gt;');
  });

  it('has a data-key cell with the exact value for every summary key, money shown with separators', async () => {
    const { text } = await render(htmlReport, 'zh');
    expect(dataKeys(text)).toEqual(expectedKeys);
    expect(text).toContain('data-key="compensationFundTotal" data-value="123456.78">123,456.78</td>');
    expect(text).toContain('data-key="households" data-value="1234">1234</td>');
  });

  it('prints the meta, the regions with their money as given, the flags and the chart', async () => {
    const { text } = await render(htmlReport, 'en');
    expect(text.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    for (const s of ['2021-01-01', '2020.1', '0.1.0', 'data/households.csv', 'data/loans.csv', 'a'.repeat(64), 'b'.repeat(64), '98765'])
      expect(text).toContain(s);
    expect(dataRegions(text)).toEqual(['230183', '230184']);
    const regionsHtml = section(text, 'regions');
    // Money grouped by thousands, ratios as percentages; the exact figure in data-value.
    for (const money of ['1,234,567.89', '308,641.97', '50,000.01', '360,000.00', '9,000.00', '25.00%', '4.05%']) expect(regionsHtml).toContain(`>${money}<`);
    expect(regionsHtml).toContain('data-field="nplRatio" data-value="0.0405">4.05%</td>');
    // The largest outstanding fills the chart; the others are drawn to scale.
    expect(regionsHtml).toMatch(/<svg class="chart"/);
    expect(regionsHtml).toContain('class="bar-outstanding" x="150" y="30" width="560.00"');
    expect(regionsHtml).toContain('class="bar-outstanding" x="150" y="56" width="163.30"');
    expect(regionsHtml).toContain('Region 230183: overdue share is 0.2500');
    expect(regionsHtml).toContain('<code>CBIRC-2020-28/5.2</code> <span class="quote">「及时掌握贷款集中到期、贷款逾期等情况」');
  });

  it('lists the findings with their outcome class and citations, and the rejected rows apart', async () => {
    const { text } = await render(htmlReport, 'zh');
    const findings = section(text, 'findings');
    const rejected = section(text, 'rejected');
    expect(findings.match(/<tr>/g)).toHaveLength(1 + 4);
    expect(findings.match(/class="kind kind-breach" data-outcome="fail" data-severity="breach">违规</g)).toHaveLength(3);
    expect(findings.match(/class="kind kind-review" data-outcome="advisory" data-severity="review">需复核</g)).toHaveLength(1);
    expect(findings).toContain('<code>h|1</code>');
    expect(findings).toContain('<code>CBIRC-2020-28/5.1</code> <span class="quote">「户借、户用、户还」</span>');
    expect(findings).not.toContain('data/loans.csv');
    expect(rejected.match(/<tr>/g)).toHaveLength(1 + 1);
    expect(rejected).toContain(
      '<td class="num" data-row="1">1</td><td><code>data/loans.csv</code></td><td class="num">17</td><td><code>outstanding</code></td><td><code>money</code></td>',
    );
  });

  it('says so when there are no findings or rejected rows', async () => {
    const { text } = await render(htmlReport, 'en', []);
    expect(section(text, 'findings')).toContain('<td class="none" colspan="7">None</td>');
    expect(section(text, 'rejected')).toContain('<td class="none" colspan="6">None</td>');
    expect(section(text, 'compensation')).toContain('<td class="none" colspan="6">None</td>');
  });

  it('writes the findings in order, one at a time, waiting for the output', async () => {
    const many = Array.from({ length: 1203 }, (_, i) => finding({ subject: `l${i}` }));
    let read = 0;
    const readAtWrite: number[] = [];
    const writes: string[] = [];
    const out: Output = {
      write: async (t) => {
        await new Promise((r) => setTimeout(r, 0));
        if (t.includes('<tr><td>loan<')) readAtWrite.push(read);
        writes.push(t);
      },
    };
    async function* slowly(): AsyncGenerator<AuditFinding> {
      read = 0; // the findings are read twice: for the compensation table, then for their own
      for (const f of many) {
        read++;
        yield f;
      }
    }
    await htmlReport(out).end(endFor('en'), { findings: slowly, invalid: () => each([]) });
    const subjects = [...section(writes.join(''), 'findings').matchAll(/<tr><td>loan<\/td><td><code>(l\d+)<\/code>/g)].map((m) => m[1]);
    expect(subjects).toEqual(many.map((f) => f.subject));
    // Back-pressure: each row is written before the next is read, so memory holds one row.
    expect(readAtWrite).toEqual(many.map((_, i) => i + 1));
  });

  it('reports a failed write instead of losing it', async () => {
    let n = 0;
    const out: Output = {
      write: async () => {
        if (++n === 3) throw new Error('disk full');
      },
    };
    const many = Array.from({ length: 1500 }, (_, i) => finding({ subject: `l${i}` }));
    await expect(htmlReport(out).end(endFor('en'), spooledOf(many))).rejects.toThrow('disk full');
  });
});

describe('Markdown report', () => {
  it('has the meta, the summary and the regions', async () => {
    const { text } = await render(markdownReport, 'zh');
    expect(text.startsWith('# 扶贫小额信贷组合审计报告\n')).toBe(true);
    expect(text).toContain('- **审计基准日**: 2021-01-01');
    expect(text).toContain('| 贷款 | `data/loans.csv` | 402113 | `' + 'b'.repeat(64) + '` |');
    for (const [key, value] of Object.entries(expectedKeys)) expect(text).toMatch(new RegExp(`\\| \`${key}\` \\| ${value.replace('.', '\\.')} \\|\\n`));
    expect(text).toContain(
      '| 230183 | 40 | 1234567.89 | 100000.00 | 308641.97 | 0.00 | 7000.00 | 3000.00 | 50000.01 | 20000.00 | 0.0810 | 0.2500 | 0.0405 | 0.0162 | 1 |',
    );
    expect(text).toContain('| 230184 | 12 | 360000.00 |');
    expect(text).toContain('| 230183 | `monitoring.overdue` | 需复核 | 230183地区逾期贷款占比为0.2500');
  });

  it('has the findings and the rejected rows, with | and newlines escaped', async () => {
    const { text } = await render(markdownReport, 'en');
    expect(text).not.toContain('<script');
    expect(text).toContain(
      '| household | h\\|1 | `checkEligibility` | `household.poverty_status` | breach | &lt;script&gt;alert("x")&lt;/script&gt; a\\|b &amp; \'c\' |',
    );
    expect(text).toContain('`CBIRC-2020-28/5.1` 「户借、户用、户还」<br>`CBIRC-2020-28/5.2` 「及时掌握贷款集中到期、贷款逾期等情况&lt;script&gt;');
    expect(text).toContain('| 1 | `data/loans.csv` | 17 | `outstanding` | `money` | bad &lt;b&gt;value&lt;/b&gt; \\| here<br>second line |');
    // Every row of every table has as many cells as its head: no text split a cell.
    const tables = text.split(/\n\n/).filter((b) => b.startsWith('|'));
    expect(tables.length).toBeGreaterThanOrEqual(6);
    const cells = (line: string) => line.split(/(?<!\\)\|/).length;
    for (const t of tables) {
      const lines = t.trim().split('\n');
      for (const line of lines) expect(cells(line), line).toBe(cells(lines[0]!));
    }
    const findings = tables.find((t) => t.startsWith('| Subject type'))!;
    expect(findings.trim().split('\n')).toHaveLength(2 + 4);
  });
});

const haveChromium = chromiumAvailable();

describe('HTML report in a browser', () => {
  it.skipIf(skipWithoutChromium('report-formats.test.ts, the HTML report in a browser'))(
    'shows the same totals and one row per region in headless Chromium',
    async () => {
      expect(haveChromium, 'Chromium is required at /usr/bin/chromium when CI is set').toBe(true);
      const { text } = await render(htmlReport, 'zh');
      const dir = await mkdtemp(join(tmpdir(), 'fupin-report-'));
      try {
        const file = join(dir, 'report.html');
        await writeFile(file, text, 'utf8');
        const dom = await renderInChromium(file);
        expect(dom).toContain('<html lang="zh-CN">');
        expect(dataKeys(dom)).toEqual(expectedKeys);
        expect(dataRegions(dom)).toEqual(['230183', '230184']);
        // The browser parsed the hostile text as text: no script element came of it.
        expect(dom).not.toContain('<script');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    90_000,
  );
});
