/**
 * `--format csv`: one finding (or rejected row's bad field) a row, with a header; RFC 4180 quoting.
 * A finding that reads the loan's purpose has it and the terms matched in it; a triggered loan's shares
 * finding has the compensable amount and the four shares, so the `fund` column sums to the summary's
 * `compensationFundTotal`. No cell can start a spreadsheet formula (see {@link cell}).
 */
import type { AuditFinding, InvalidRow } from '../../audit/engine.js';
import type { Output, ReportWriter } from '../report.js';
import { defuse } from './formula.js';
import { SHARE_PARTIES, sharesOf } from './html.js';

const COLUMNS = [
  'type',
  'subjectType',
  'subject',
  'function',
  'ruleId',
  'outcome',
  'severity',
  'clauseId',
  'quote',
  'message',
  'purpose',
  'matchedTerms',
  'compensableAmount',
  ...SHARE_PARTIES,
  'file',
  'line',
  'field',
  'code',
] as const;

/**
 * One cell: text that could start a formula is prefixed with a single quote, so a spreadsheet shows it as
 * text (OWASP's advice); then quoted when it holds a quote, comma or line break, quotes doubled (RFC 4180).
 */
export function cell(v: unknown): string {
  const s = v === undefined || v === null ? '' : String(v);
  // Quote when needed; text a spreadsheet would run as a formula is prefixed (formula.ts).
  const safe = defuse(s);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A report item's cells by column: the item's own fields, and for a finding what its facts add. */
function cellsOf(item: AuditFinding | InvalidRow): Partial<Record<(typeof COLUMNS)[number], unknown>> {
  if (item.type === 'invalid') return item;
  const shares = sharesOf(item);
  return {
    ...item,
    matchedTerms: item.facts?.matchedTerms,
    ...(shares ? { compensableAmount: shares.amount, ...shares.shares } : {}),
  };
}

export function csvReport(out: Output): ReportWriter {
  let started = false;
  return {
    item(item: AuditFinding | InvalidRow) {
      const head = started ? '' : `\uFEFF${COLUMNS.join(',')}\r\n`;
      started = true;
      const row = cellsOf(item);
      return out.write(`${head}${COLUMNS.map((c) => cell(row[c])).join(',')}\r\n`);
    },
    async end() {
      if (!started) await out.write(`\uFEFF${COLUMNS.join(',')}\r\n`);
    },
  };
}
