/**
 * `--format md`: the HTML report's content as GitHub-flavoured Markdown — meta, summary, regions,
 * region findings and flags, findings, rejected rows — for pasting into an issue, a pull request or a
 * wiki. Every cell is escaped so that no text from the input can break a table or turn into markup.
 */
import type { AuditFinding, InvalidRow } from '../../audit/engine.js';
import type { Citation, Finding, RegionReport } from '../../index.js';
import { type AuditEnd, type AuditMeta, FILE_ROLES, type Output, type ReportWriter } from '../report.js';
import { isNumericColumn, type Labels, LABELS, metaItems, regionCell, regionColumnsOf, summaryLabel, summaryValue, writeRows } from './html.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Escapes text for a table cell: `&`, `<` and `>` as entities (so `<script>` shows as text instead of
 * being dropped by a renderer's sanitizer), the characters Markdown gives a meaning inline with a
 * backslash, `|` included so a cell never splits, and line breaks as `<br>` since a cell is one line.
 */
export function cell(text: string | number): string {
  return String(text)
    .replace(/[&<>]/g, (c) => ENTITIES[c]!)
    .replace(/[\\`*_[\]~|]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** Identifiers as code; anything a code span cannot hold safely falls back to an escaped cell. */
function code(text: string): string {
  return /^[^`|\r\n]+$/.test(text) ? `\`${text}\`` : cell(text);
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |\n`;

/** A table's head; `numeric` columns are right-aligned. */
function tableHead(cols: readonly string[], numeric: ReadonlySet<number> = new Set()): string {
  return row(cols.map(cell)) + row(cols.map((_, i) => (numeric.has(i) ? '---:' : '---')));
}

function citations(list: readonly Citation[]): string {
  return list.map((c) => `${code(c.clauseId)} 「${cell(c.quote)}」`).join('<br>');
}

function metaBlock(meta: AuditMeta, l: Labels): string {
  const items = metaItems(meta, l);
  const files = FILE_ROLES.flatMap((role) => {
    const f = meta.files[role];
    return f ? [row([cell(l.fileRoles[role]), code(f.path), String(f.bytes), code(f.sha256)])] : [];
  });
  return (
    `# ${cell(l.title)}\n\n` +
    items.map(([k, v]) => `- **${cell(k)}**: ${cell(v)}\n`).join('') +
    `\n### ${cell(l.inputFiles)}\n\n` +
    tableHead([l.role, l.path, l.bytes, l.sha256], new Set([2])) +
    files.join('') +
    '\n'
  );
}

function summaryBlock(end: AuditEnd, l: Labels): string {
  const rows = Object.entries(end.summary).map(([key, value]) => row([cell(summaryLabel(l, key)), code(key), cell(summaryValue(value))]));
  return `## ${cell(l.summary)}\n\n${tableHead([l.item, l.key, l.value], new Set([2]))}${rows.join('')}\n`;
}

function regionsBlock(end: AuditEnd, l: Labels): string {
  const lang = end.meta.lang;
  const columns = regionColumnsOf(end);
  const regionRow = (r: RegionReport) => row([cell(r.region), ...columns.map((c) => cell(regionCell(r, c))), String(r.flags.length)]);
  const numeric = new Set(columns.flatMap((c, i) => (isNumericColumn(c) ? [i + 1] : [])).concat(columns.length + 1));
  const regions = end.regions.length
    ? tableHead([l.region, ...columns.map((c) => l.regionColumns[c]), l.flagCount], numeric) + end.regions.map(regionRow).join('')
    : `_${cell(l.none)}_\n`;
  const findingCells = (f: Finding) => [code(f.ruleId), cell(l.outcomes[f.outcome] ?? f.outcome), cell(f.message[lang]), citations(f.citations)];
  const findingCols = [l.rule, l.outcome, l.message, l.citations];
  const regionFindings = end.regionFindings.length
    ? tableHead(findingCols) + end.regionFindings.map((f) => row(findingCells(f))).join('')
    : `_${cell(l.none)}_\n`;
  const flags = end.regions.flatMap((r) => r.flags.map((f) => row([cell(r.region), ...findingCells(f)])));
  const flagTable = flags.length ? tableHead([l.region, ...findingCols]) + flags.join('') : `_${cell(l.none)}_\n`;
  return `## ${cell(l.regions)}\n\n${regions}\n` + `### ${cell(l.regionFindings)}\n\n${regionFindings}\n` + `### ${cell(l.regionFlags)}\n\n${flagTable}\n`;
}

function findingRow(f: AuditFinding, l: Labels): string {
  return row([
    cell(l.subjectTypes[f.subjectType] ?? f.subjectType),
    code(f.subject),
    code(f.function),
    code(f.ruleId),
    cell(l.outcomes[f.outcome] ?? f.outcome),
    cell(f.message),
    citations(f.citations),
  ]);
}

function invalidRow(r: InvalidRow): string {
  return row([code(r.file), String(r.line), code(r.field), code(r.code), cell(r.message)]);
}

/** The Markdown report: nothing per item (the caller spools them); the whole document at the end. */
export function markdownReport(out: Output): ReportWriter {
  return {
    item() {},
    async end(end, spooled) {
      const l = LABELS[end.meta.lang];
      await out.write(metaBlock(end.meta, l) + summaryBlock(end, l) + regionsBlock(end, l));

      // The head goes out before the rows are known; with no rows it stays an empty table, noted below it.
      await out.write(`## ${cell(l.findings)}\n\n${tableHead([l.subjectType, l.subject, l.function, l.rule, l.outcome, l.message, l.citations])}`);
      const findings = await writeRows(out, spooled.findings(), (f) => findingRow(f, l));
      await out.write(findings === 0 ? `\n_${cell(l.none)}_\n\n` : '\n');

      // Rejected rows are counted only as they are read, so the table head goes out first here too.
      await out.write(`## ${cell(l.rejected)}\n\n${tableHead([l.file, l.line, l.field, l.code, l.message], new Set([1]))}`);
      const rejected = await writeRows(out, spooled.invalid(), invalidRow);
      if (rejected === 0) await out.write(`\n_${cell(l.none)}_\n`);
    },
  };
}
