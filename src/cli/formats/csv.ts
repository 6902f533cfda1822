/** `--format csv`: one finding (or rejected row's bad field) a row, with a header; RFC 4180 quoting. */
import type { AuditFinding, InvalidRow } from '../../audit/engine.js';
import type { Output, ReportWriter } from '../report.js';
import { defuse } from './formula.js';

const COLUMNS = ['type', 'subjectType', 'subject', 'function', 'ruleId', 'outcome', 'clauseId', 'quote', 'message', 'file', 'line', 'field', 'code'] as const;

function cell(v: unknown): string {
  const s = v === undefined || v === null ? '' : String(v);
  // Quote when needed; a leading = + - @ is prefixed so a spreadsheet never runs a cell as a formula.
  const safe = defuse(s);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvReport(out: Output): ReportWriter {
  let started = false;
  return {
    item(item: AuditFinding | InvalidRow) {
      const head = started ? '' : `\uFEFF${COLUMNS.join(',')}\r\n`;
      started = true;
      const row = item as unknown as Record<string, unknown>;
      return out.write(`${head}${COLUMNS.map((c) => cell(row[c])).join(',')}\r\n`);
    },
    async end() {
      if (!started) await out.write(`\uFEFF${COLUMNS.join(',')}\r\n`);
    },
  };
}
