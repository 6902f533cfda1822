// The JSON report's findings (src/app/formats/json.ts): written without JSON.stringify of the whole finding,
// for speed, yet byte for byte what JSON.stringify writes — which the ndjson report uses.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditFinding } from '../../src/audit/engine.js';
import { findingJson } from '../../src/app/formats/json.js';
import { cite } from '../../src/sources/clauses.js';
import { auditInProcess } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'fupin-json-report-'));
const county = (f: string) => new URL(`../../examples/data/county/${f}`, import.meta.url).pathname;

const citations = Object.freeze([cite('CBIRC-2020-28/4.3', '应展尽展'), cite('HLJ-2020-47/2.4', '应展尽展')]);
const finding = (over: Record<string, unknown> = {}): AuditFinding => ({
  type: 'finding',
  subjectType: 'loan',
  subject: 'L"1\\',
  function: 'computeDeferralDeadline',
  ruleId: 'deferral.extension_owed',
  outcome: 'fail',
  severity: 'breach',
  message: '应展尽展 "quoted" \n line',
  clauseId: 'CBIRC-2020-28/4.3',
  quote: '应展尽展',
  citations,
  ...over,
});

describe('findingJson', () => {
  it('writes a finding as JSON.stringify does, with facts, purpose, both or neither', () => {
    const facts = { overdueDays: 120, deadline: '2021-03-31', none: null, ok: true };
    for (const item of [finding(), finding({ facts }), finding({ facts, purpose: '养牛"' }), finding({ purpose: 'x' })]) {
      expect(findingJson(item)).toBe(JSON.stringify(item));
      expect(findingJson(item), 'the kept citations').toBe(JSON.stringify(item));
    }
  });

  it('writes any other shape by JSON.stringify: a field added, moved, or undefined', () => {
    const { type, ...rest } = finding();
    const shapes = [
      finding({ extra: 1 }),
      finding({ facts: undefined }),
      finding({ facts: { a: 1 }, purpose: undefined }),
      { ...rest, type } as AuditFinding,
      { purpose: 'p', ...finding({ facts: { a: 1 } }) } as AuditFinding,
      finding({ message: undefined }),
    ];
    for (const item of shapes) expect(findingJson(item), JSON.stringify(item)).toBe(JSON.stringify(item));
  });

  it('writes citations that may change as they are now', () => {
    const open = [{ document: 'CBIRC-2020-28', clauseId: 'CBIRC-2020-28/4.3', quote: '应展尽展' }];
    const item = finding({ citations: open });
    expect(findingJson(item)).toBe(JSON.stringify(item));
    open.push({ document: 'HLJ-2020-47', clauseId: 'HLJ-2020-47/2.4', quote: '应展尽展' });
    expect(findingJson(item)).toBe(JSON.stringify(item));
  });
});

describe('the JSON report', () => {
  it('lists every finding of the sample county as the ndjson report does, byte for byte (--all, both languages)', async () => {
    for (const lang of ['zh', 'en']) {
      const args = ['--households', county('households.csv'), '--loans', county('loans.csv'), '--as-of', '2020-12-31', '--policy', county('policy.json')];
      const common = [...args, '--all', '--lang', lang];
      const json = await auditInProcess([...common, '--format', 'json'], join(dir, `${lang}.json`));
      const ndjson = await auditInProcess([...common, '--format', 'ndjson'], join(dir, `${lang}.ndjson`));
      expect([json.code, ndjson.code]).toEqual([0, 0]);
      const fromJson = json.text
        .split('\n')
        .filter((l) => l.startsWith('{"type":"finding"'))
        .map((l) => l.replace(/,$/, ''));
      const fromNdjson = ndjson.text.split('\n').filter((l) => l.startsWith('{"type":"finding"'));
      expect(fromJson.length).toBeGreaterThan(1000);
      expect(fromJson).toEqual(fromNdjson);
    }
  }, 120_000);
});
