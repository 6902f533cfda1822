/**
 * `--format md`: the HTML report's content as GitHub-flavoured Markdown — meta, summary, regions,
 * region findings and flags, findings, rejected rows — for pasting into an issue, a pull request or a
 * wiki. Every cell is escaped so that no text from the input can break a table or turn into markup.
 */
import type { AuditFinding } from '../../audit/engine.js';
import type { Citation, Finding, RegionReport } from '../../index.js';
import { type AuditEnd, type AuditMeta, FILE_ROLES, type Output, type ReportWriter } from '../report.js';
import {
  countRejected,
  isNumericColumn,
  kindOf,
  type Labels,
  LABELS,
  metaItems,
  regionCell,
  regionColumnsOf,
  regionLabel,
  type RejectedRow,
  rejectedRows,
  SHARE_PARTIES,
  sharesOf,
  severityOfRule,
  summaryLabel,
  summaryValue,
  writeRows,
} from './html.js';

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
  const names = end.regionNames;
  const regionRow = (r: RegionReport) => row([cell(regionLabel(r.region, names)), ...columns.map((c) => cell(regionCell(r, c))), String(r.flags.length)]);
  const numeric = new Set(columns.flatMap((c, i) => (isNumericColumn(c) ? [i + 1] : [])).concat(columns.length + 1));
  const regions = end.regions.length
    ? tableHead([l.region, ...columns.map((c) => l.regionColumns[c]), l.flagCount], numeric) + end.regions.map(regionRow).join('')
    : `_${cell(l.none)}_\n`;
  const findingCells = (f: Finding) => [
    code(f.ruleId),
    cell(l.kinds[kindOf(f.outcome, severityOfRule(f.ruleId))]),
    cell(f.message[lang]),
    citations(f.citations),
  ];
  const findingCols = [l.rule, l.outcome, l.message, l.citations];
  const regionFindings = end.regionFindings.length
    ? tableHead(findingCols) + end.regionFindings.map((f) => row(findingCells(f))).join('')
    : `_${cell(l.none)}_\n`;
  const flags = end.regions.flatMap((r) => r.flags.map((f) => row([cell(regionLabel(r.region, names)), ...findingCells(f)])));
  const flagTable = flags.length ? tableHead([l.region, ...findingCols]) + flags.join('') : `_${cell(l.none)}_\n`;
  return `## ${cell(l.regions)}\n\n${regions}\n` + `### ${cell(l.regionFindings)}\n\n${regionFindings}\n` + `### ${cell(l.regionFlags)}\n\n${flagTable}\n`;
}

/** The message, then what the finding read: the purpose as written and the terms matched in it. */
function messageCell(f: AuditFinding, l: Labels): string {
  const terms = f.facts?.matchedTerms;
  return [
    cell(f.message),
    ...(f.purpose === undefined ? [] : [`${cell(l.purpose)}：「${cell(f.purpose)}」`]),
    ...(typeof terms === 'string' ? [`${cell(l.matchedTerms)}：${cell(terms === '' ? l.none : terms)}`] : []),
  ].join('<br>');
}

function findingRow(f: AuditFinding, l: Labels, names: ReadonlyMap<string, string> | undefined): string {
  return row([
    cell(l.subjectTypes[f.subjectType] ?? f.subjectType),
    f.subjectType === 'region' ? cell(regionLabel(f.subject, names)) : code(f.subject),
    code(f.function),
    code(f.ruleId),
    cell(l.kinds[kindOf(f.outcome, f.severity)]),
    messageCell(f, l),
    citations(f.citations),
  ]);
}

/** A rejected row's bad fields, a line each, every line numbered with its row. */
function rejectedRowMd(r: RejectedRow): string {
  return r.fields.map((f) => row([String(r.n), code(f.file), String(f.line), code(f.field), code(f.code), cell(f.message)])).join('');
}

function compensationRow(f: AuditFinding): string {
  const s = sharesOf(f)!;
  return row([code(f.subject), s.amount, ...SHARE_PARTIES.map((p) => s.shares[p])]);
}

async function* onlyShares(findings: AsyncIterable<AuditFinding>): AsyncGenerator<AuditFinding> {
  for await (const f of findings) if (sharesOf(f)) yield f;
}

/** The Markdown report: nothing per item (the caller spools them); the whole document at the end. */
export function markdownReport(out: Output): ReportWriter {
  return {
    item() {},
    async end(end, spooled) {
      const l = LABELS[end.meta.lang];
      await out.write(metaBlock(end.meta, l) + summaryBlock(end, l) + regionsBlock(end, l));

      // Every triggered loan with its shares; the fund's column sums to the total below it (the summary's).
      const p = l.compensationParties;
      await out.write(
        `## ${cell(l.compensation)}\n\n${tableHead([l.subjectTypes.loan, p.compensableAmount, p.fund, p.insurer, p.guarantor, p.bank], new Set([1, 2, 3, 4, 5]))}`,
      );
      const triggered = await writeRows(out, onlyShares(spooled.findings()), compensationRow);
      await out.write(`${triggered === 0 ? `\n_${cell(l.none)}_\n` : ''}\n**${cell(l.total)}** (${cell(p.fund)}): ${end.summary.compensationFundTotal}\n\n`);

      // The head goes out before the rows are known; with no rows it stays an empty table, noted below it.
      await out.write(`## ${cell(l.findings)}\n\n${tableHead([l.subjectType, l.subject, l.function, l.rule, l.outcome, l.message, l.citations])}`);
      const findings = await writeRows(out, spooled.findings(), (f) => findingRow(f, l, end.regionNames));
      await out.write(findings === 0 ? `\n_${cell(l.none)}_\n\n` : '\n');

      // Counted first (a pass over the spool), so the count stands above the table it describes.
      const counted = await countRejected(spooled.invalid());
      await out.write(
        `## ${cell(l.rejected)}\n\n${cell(l.rejectedCount(counted.rows, counted.fields))}\n\n` +
          tableHead([l.rowNumber, l.file, l.line, l.field, l.code, l.message], new Set([0, 2])),
      );
      const rejected = await writeRows(out, rejectedRows(spooled.invalid()), rejectedRowMd);
      if (rejected === 0) await out.write(`\n_${cell(l.none)}_\n`);
    },
  };
}
