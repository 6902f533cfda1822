/**
 * `--format html`: one self-contained HTML5 page — inline CSS and SVG, no script, no font, no link to
 * anything outside the file, so it can be mailed, archived or opened offline and shows the same thing
 * everywhere. A Content-Security-Policy of `default-src 'none'` makes a browser refuse any fetch even
 * if some text slipped through unescaped. Money is printed exactly as the audit gave it; `Number` is
 * used only to size the chart's bars.
 *
 * Also exports what the Markdown format shares: the label table and the row writer.
 */
import { Decimal } from 'decimal.js';
import type { AuditFinding, AuditSummary, InvalidRow, Lang } from '../../audit/engine.js';
import { type Citation, type Finding, type Outcome, type RegionReport, rules, type Severity } from '../../index.js';
import { type AuditEnd, type AuditMeta, FILE_ROLES, type FileMeta, type FileRole, type Output, type ReportWriter } from '../report.js';

// ---------------------------------------------------------------------------------------------------
// Labels (shared with markdown.ts)

/** The money and ratio columns of a region, in the order both formats print them. */
export const REGION_COLUMNS = [
  'activeLoans',
  'outstanding',
  'maturingSoonOutstanding',
  'overdueOutstanding',
  'enterpriseUseOutstanding',
  'notForProductionOutstanding',
  'needsReviewOutstanding',
  'nplOutstanding',
  'specialMentionOutstanding',
  'maturingSoonShare',
  'overdueShare',
  'nplRatio',
  'specialMentionShare',
] as const satisfies readonly (keyof RegionReport)[];
/** A region's lead bank and the share of its loans that bank made: printed only when a register was given. */
export const LEAD_BANK_COLUMNS = ['leadBank', 'leadBankShare'] as const satisfies readonly (keyof RegionReport)[];
export type RegionColumn = (typeof REGION_COLUMNS)[number] | (typeof LEAD_BANK_COLUMNS)[number];

/** The region columns a report prints: the figures, and with a lead-bank register (`--lead-banks`) its two columns. */
export function regionColumnsOf(end: AuditEnd): readonly RegionColumn[] {
  return end.summary.regionsWithoutLeadBank === undefined ? REGION_COLUMNS : [...REGION_COLUMNS, ...LEAD_BANK_COLUMNS];
}

/** Whether a region column is a number (right-aligned); the lead bank is a name. */
export const isNumericColumn = (c: RegionColumn): boolean => c !== 'leadBank';

/** A region's cell: a lead bank or its share is empty when there is none. */
export const regionCell = (r: RegionReport, c: RegionColumn): string | number => r[c] ?? '';

/** What a region column holds: a count, money (yuan), a ratio, or a name. */
export function regionColumnKind(c: RegionColumn): 'count' | 'money' | 'ratio' | 'name' {
  if (c === 'leadBank') return 'name';
  if (c === 'activeLoans') return 'count';
  return /Share$|Ratio$/.test(c) ? 'ratio' : 'money';
}

/** Money (a decimal string, as the audit gives it) with thousands separators: `1234567.89` → `1,234,567.89`. Exact: only the text is regrouped. */
export function groupMoney(money: string): string {
  return money.replace(/^(-?)(\d+)/, (_, sign: string, whole: string) => sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
}

/** A ratio (a decimal string such as `0.2500`) as a percentage with two decimals: `25.00%` (exact for a four-decimal ratio). */
export function percent(ratio: string): string {
  return `${new Decimal(ratio).times(100).toFixed(2)}%`;
}

/** A region's cell as a reader sees it: money grouped, ratios as percentages; empty when there is none. */
export function regionDisplay(r: RegionReport, c: RegionColumn): string {
  const v = r[c];
  if (v === null || v === undefined) return '';
  const kind = regionColumnKind(c);
  return kind === 'money' ? groupMoney(String(v)) : kind === 'ratio' ? percent(String(v)) : String(v);
}

/** A region's code with its name from `--regions` when there is one: `230183 尚志市`. */
export function regionLabel(code: string, names: ReadonlyMap<string, string> | undefined): string {
  const name = names?.get(code);
  return name === undefined ? code : `${code} ${name}`;
}

/**
 * How a report shows a finding: by its outcome when it passed or did not apply, otherwise by what its rule
 * declares a failure to be (`severity`) — a breach, a matter for review, or information (a condition merely
 * not met). An advisory finding needs a person's look, unless its rule only informs.
 */
export type Kind = Severity | 'pass' | 'not_applicable';

export function kindOf(outcome: Outcome, severity: Severity): Kind {
  if (outcome === 'pass' || outcome === 'not_applicable') return outcome;
  if (outcome === 'advisory') return severity === 'information' ? 'information' : 'review';
  return severity;
}

const SEVERITIES = new Map(rules.map((r) => [r.id, r.severity]));

/** A rule's severity from the public registry (a region's findings carry none of their own). */
export function severityOfRule(ruleId: string): Severity {
  return SEVERITIES.get(ruleId) ?? 'information';
}

/** The rule whose passing finding gives a triggered loan's compensation shares (its facts: the amount and the four shares). */
export const SHARES_RULE = 'compensation.shares';

/** The four parties a compensation is shared among, in the order the shares finding's facts name them. */
export const SHARE_PARTIES = ['fund', 'insurer', 'guarantor', 'bank'] as const;

/** A triggered loan's shares, from its shares finding; null for any other finding. */
export function sharesOf(f: AuditFinding): { amount: string; shares: Record<(typeof SHARE_PARTIES)[number], string> } | null {
  if (f.ruleId !== SHARES_RULE || f.outcome !== 'pass' || !f.facts) return null;
  const s = (k: string) => String(f.facts![k] ?? '');
  return { amount: s('compensableAmount'), shares: { fund: s('fund'), insurer: s('insurer'), guarantor: s('guarantor'), bank: s('bank') } };
}

export interface Labels {
  readonly title: string;
  readonly tool: string;
  readonly packageVersion: string;
  readonly rulesetVersion: string;
  readonly asOf: string;
  readonly jurisdiction: string;
  readonly jurisdictions: Record<AuditMeta['jurisdiction'], string>;
  readonly scope: string;
  readonly scopeAll: string;
  readonly scopeBreaches: string;
  readonly inputFiles: string;
  readonly fileRoles: Record<FileRole, string>;
  readonly interpretations: string;
  readonly role: string;
  readonly path: string;
  readonly bytes: string;
  readonly sha256: string;
  readonly summary: string;
  readonly item: string;
  readonly key: string;
  readonly value: string;
  readonly summaryKeys: Record<keyof AuditSummary, string>;
  readonly regions: string;
  readonly region: string;
  readonly regionColumns: Record<RegionColumn, string>;
  readonly flagCount: string;
  readonly chart: string;
  readonly chartOutstanding: string;
  readonly chartOverdue: string;
  readonly chartNpl: string;
  readonly regionFindings: string;
  readonly regionFlags: string;
  readonly findings: string;
  readonly subjectType: string;
  readonly subjectTypes: Record<AuditFinding['subjectType'], string>;
  readonly subject: string;
  readonly function: string;
  readonly rule: string;
  readonly outcome: string;
  readonly outcomes: Record<Outcome, string>;
  /** A finding's verdict as the report shows it (kindOf): the outcome, or for a failure its rule's severity. */
  readonly kinds: Record<Kind, string>;
  readonly purpose: string;
  readonly matchedTerms: string;
  readonly compensation: string;
  readonly compensationParties: Record<'compensableAmount' | (typeof SHARE_PARTIES)[number], string>;
  readonly total: string;
  readonly rejectedCount: (rows: number, fields: number) => string;
  readonly rowNumber: string;
  readonly message: string;
  readonly citations: string;
  readonly rejected: string;
  readonly file: string;
  readonly line: string;
  readonly field: string;
  readonly code: string;
  readonly none: string;
}

const ZH: Labels = {
  title: '扶贫小额信贷组合审计报告',
  tool: '工具',
  packageVersion: '程序版本',
  rulesetVersion: '规则集版本',
  asOf: '审计基准日',
  jurisdiction: '适用范围',
  jurisdictions: { HLJ: '黑龙江（28号、47号）', national: '全国（28号）' },
  scope: '列出的发现',
  scopeAll: '全部',
  scopeBreaches: '仅违规及需复核的',
  inputFiles: '输入文件',
  fileRoles: {
    households: '农户',
    loans: '贷款',
    columns: '列名映射',
    policy: '风险补偿政策',
    thresholds: '监测阈值',
    interpretations: '解释选项',
    leadBanks: '主责任银行名单',
    regions: '地区名称',
  },
  interpretations: '适用的解释',
  role: '类别',
  path: '路径',
  bytes: '大小（字节）',
  sha256: 'SHA-256',
  summary: '汇总',
  item: '项目',
  key: '键',
  value: '数值',
  summaryKeys: {
    households: '农户（有效行）',
    loans: '贷款（有效行）',
    invalidRows: '被拒绝的行',
    activeLoans: '在贷贷款',
    eligibleHouseholds: '符合条件的农户',
    usageViolations: '用途不符合规定的贷款',
    usageNeedsReview: '用途待复核的贷款',
    overCapHouseholds: '在贷余额超过5万元的农户',
    deferralEligibleLoans: '可申请延期的贷款',
    compensationTriggeredLoans: '触发风险补偿的贷款',
    compensationFundTotal: '风险补偿金合计（元）',
    householdUseViolations: '不符合户借、户用、户还的贷款',
    deferralsBeyondLimit: '延期超出期限的贷款',
    deferralNotGranted: '应展未展的贷款',
    regionsFlagged: '被预警的地区',
    regionsWithoutLeadBank: '无主责任银行的地区',
    findings: '列出的发现',
  },
  regions: '地区监测',
  region: '地区',
  regionColumns: {
    activeLoans: '在贷笔数',
    outstanding: '贷款余额',
    maturingSoonOutstanding: '集中到期余额',
    overdueOutstanding: '逾期余额',
    enterpriseUseOutstanding: '户贷企用余额',
    notForProductionOutstanding: '未直接用于发展生产余额',
    needsReviewOutstanding: '用途待复核余额',
    nplOutstanding: '不良贷款余额',
    specialMentionOutstanding: '关注类余额',
    maturingSoonShare: '集中到期占比',
    overdueShare: '逾期占比',
    nplRatio: '不良率',
    specialMentionShare: '关注类占比',
    leadBank: '主责任银行',
    leadBankShare: '主责任银行笔数占比',
  },
  flagCount: '预警数',
  chart: '各地区贷款余额（含逾期、不良部分）',
  chartOutstanding: '贷款余额',
  chartOverdue: '逾期',
  chartNpl: '不良',
  regionFindings: '组合监测结论',
  regionFlags: '地区预警',
  findings: '发现',
  subjectType: '对象类型',
  subjectTypes: { household: '农户', loan: '贷款', region: '地区' },
  subject: '对象',
  function: '函数',
  rule: '规则',
  outcome: '结论',
  outcomes: { pass: '符合', fail: '不符合', not_applicable: '不适用', advisory: '需关注' },
  kinds: { breach: '违规', review: '需复核', information: '条件未满足', pass: '符合', not_applicable: '不适用' },
  purpose: '用途原文',
  matchedTerms: '命中词语',
  compensation: '触发风险补偿的贷款',
  compensationParties: { compensableAmount: '补偿金额', fund: '风险补偿金', insurer: '保险机构', guarantor: '担保机构', bank: '银行' },
  total: '合计',
  rejectedCount: (rows, fields) => `共${rows}行被拒绝，涉及${fields}个字段（一行可有多个字段有误，每个字段一行列出）。`,
  rowNumber: '被拒行序号',
  message: '说明',
  citations: '依据',
  rejected: '被拒绝的行',
  file: '文件',
  line: '行',
  field: '字段',
  code: '错误代码',
  none: '无',
};

const EN: Labels = {
  title: 'Poverty-alleviation microloan portfolio audit',
  tool: 'Tool',
  packageVersion: 'Package version',
  rulesetVersion: 'Ruleset version',
  asOf: 'As of',
  jurisdiction: 'Jurisdiction',
  jurisdictions: { HLJ: 'Heilongjiang (28号 and 47号)', national: 'National (28号)' },
  scope: 'Findings listed',
  scopeAll: 'all',
  scopeBreaches: 'breaches and those needing review only',
  inputFiles: 'Input files',
  fileRoles: {
    households: 'Households',
    loans: 'Loans',
    columns: 'Column map',
    policy: 'Risk-compensation policy',
    thresholds: 'Monitoring thresholds',
    interpretations: 'Interpretations',
    leadBanks: 'Lead-bank register',
    regions: 'Region names',
  },
  interpretations: 'Readings applied',
  role: 'File',
  path: 'Path',
  bytes: 'Size (bytes)',
  sha256: 'SHA-256',
  summary: 'Summary',
  item: 'Item',
  key: 'Key',
  value: 'Value',
  summaryKeys: {
    households: 'Households (valid rows)',
    loans: 'Loans (valid rows)',
    invalidRows: 'Rejected rows',
    activeLoans: 'Active loans',
    eligibleHouseholds: 'Eligible households',
    usageViolations: 'Loans with a purpose not permitted',
    usageNeedsReview: 'Loans whose purpose needs review',
    overCapHouseholds: 'Households over the 50,000 cap',
    deferralEligibleLoans: 'Loans eligible for deferral',
    compensationTriggeredLoans: 'Loans triggering risk compensation',
    compensationFundTotal: 'Compensation fund total (yuan)',
    householdUseViolations: 'Loans breaching household borrowing, use and repayment',
    deferralsBeyondLimit: 'Deferrals beyond the limit',
    deferralNotGranted: 'Deferrals owed but not granted (应展尽展)',
    regionsFlagged: 'Regions flagged',
    regionsWithoutLeadBank: 'Regions without a lead bank',
    findings: 'Findings listed',
  },
  regions: 'Regions',
  region: 'Region',
  regionColumns: {
    activeLoans: 'Active loans',
    outstanding: 'Outstanding',
    maturingSoonOutstanding: 'Maturing soon',
    overdueOutstanding: 'Overdue',
    enterpriseUseOutstanding: 'Enterprise use',
    notForProductionOutstanding: 'Not for production',
    needsReviewOutstanding: 'Purpose needs review',
    nplOutstanding: 'Non-performing',
    specialMentionOutstanding: 'Special mention',
    maturingSoonShare: 'Maturing-soon share',
    overdueShare: 'Overdue share',
    nplRatio: 'NPL ratio',
    specialMentionShare: 'Special-mention share',
    leadBank: 'Lead bank',
    leadBankShare: "Lead bank's share of loans",
  },
  flagCount: 'Flags',
  chart: 'Outstanding by region, with the overdue and non-performing parts',
  chartOutstanding: 'Outstanding',
  chartOverdue: 'Overdue',
  chartNpl: 'Non-performing',
  regionFindings: 'Portfolio monitoring',
  regionFlags: 'Region flags',
  findings: 'Findings',
  subjectType: 'Subject type',
  subjectTypes: { household: 'household', loan: 'loan', region: 'region' },
  subject: 'Subject',
  function: 'Function',
  rule: 'Rule',
  outcome: 'Outcome',
  outcomes: { pass: 'pass', fail: 'fail', not_applicable: 'not applicable', advisory: 'advisory' },
  kinds: { breach: 'breach', review: 'needs review', information: 'condition not met', pass: 'pass', not_applicable: 'not applicable' },
  purpose: 'Purpose as written',
  matchedTerms: 'Matched terms',
  compensation: 'Loans triggering risk compensation',
  compensationParties: { compensableAmount: 'Compensable amount', fund: 'Fund', insurer: 'Insurer', guarantor: 'Guarantor', bank: 'Bank' },
  total: 'Total',
  rejectedCount: (rows, fields) =>
    `${rows} ${rows === 1 ? 'row' : 'rows'} rejected, ${fields} bad ${fields === 1 ? 'field' : 'fields'} (a row can have several; each is listed on its own line).`,
  rowNumber: 'Rejected row',
  message: 'Message',
  citations: 'Citations',
  rejected: 'Rejected rows',
  file: 'File',
  line: 'Line',
  field: 'Field',
  code: 'Code',
  none: 'None',
};

export const LABELS: Readonly<Record<Lang, Labels>> = { zh: ZH, en: EN };

/** A summary key's label; a key added to the summary later still prints, under its own name. */
export function summaryLabel(l: Labels, key: string): string {
  return (l.summaryKeys as Record<string, string | undefined>)[key] ?? key;
}

/** Counts print as plain integers, the fund total as the string the audit made. */
export function summaryValue(value: unknown): string {
  return typeof value === 'number' ? String(value) : String(value ?? '');
}

// ---------------------------------------------------------------------------------------------------
// Replaying the spool (shared with markdown.ts)

/** Writes each item as a row as it is read back, waiting for the output: memory holds one row. */
export async function writeRows<T>(out: Output, items: AsyncIterable<T>, render: (item: T) => string): Promise<number> {
  let n = 0;
  for await (const item of items) {
    await out.write(render(item));
    n++;
  }
  return n;
}

/** A rejected row: its bad fields (spooled together, one after another), numbered from 1 in the order read. */
export interface RejectedRow {
  readonly n: number;
  readonly fields: readonly InvalidRow[];
}

/** Groups the spooled bad fields by row, holding one row's fields at a time. */
export async function* rejectedRows(items: AsyncIterable<InvalidRow>): AsyncGenerator<RejectedRow> {
  let fields: InvalidRow[] = [];
  let n = 0;
  for await (const item of items) {
    const first = fields[0];
    if (first && (first.file !== item.file || first.line !== item.line)) {
      yield { n: ++n, fields };
      fields = [];
    }
    fields.push(item);
  }
  if (fields.length > 0) yield { n: ++n, fields };
}

/** How many rows were rejected and how many bad fields they have, read through the spool once. */
export async function countRejected(items: AsyncIterable<InvalidRow>): Promise<{ rows: number; fields: number }> {
  let rows = 0;
  let fields = 0;
  for await (const row of rejectedRows(items)) {
    rows++;
    fields += row.fields.length;
  }
  return { rows, fields };
}

// ---------------------------------------------------------------------------------------------------
// HTML

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const td = (text: string | number, attrs = '') => `<td${attrs}>${esc(text)}</td>`;
const codeTd = (text: string) => `<td><code>${esc(text)}</code></td>`;
const th = (text: string, attrs = '') => `<th${attrs}>${esc(text)}</th>`;
const head = (cols: readonly string[]) => `<thead><tr>${cols.map((c) => th(c, ' scope="col"')).join('')}</tr></thead>`;

const CSS = `
:root{color-scheme:light;--ink:#1d1d1f;--muted:#5f6368;--line:#d9dce1;--zebra:#f6f7f9;--fail:#b3261e;--advisory:#8a5300;--pass:#1e6b2f;--na:#6b6f76;--bar:#c9d7ea;--overdue:#e8a33d;--npl:#b3261e}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1400px;padding:24px;font:14px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:var(--ink)}
h1{font-size:22px;margin:0 0 12px}h2{font-size:18px;margin:32px 0 8px;border-bottom:2px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:20px 0 6px}
table{border-collapse:collapse;margin:8px 0;width:auto}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
thead th{background:#eef0f3;position:sticky;top:0}
tbody tr:nth-child(even){background:var(--zebra)}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;white-space:nowrap}
table.files code{white-space:normal;word-break:break-all}
th[scope=row],td.kind,th.kind{white-space:nowrap}
.region-name{display:block;font-weight:400;color:var(--muted)}
.detail{display:block;color:var(--muted);font-size:13px}
p.count{margin:4px 0}
dl.meta{display:grid;grid-template-columns:max-content auto;gap:2px 16px;margin:0}dl.meta dt{color:var(--muted)}dl.meta dd{margin:0}
.cite{display:block}.quote{color:var(--muted)}
.kind-breach{color:var(--fail);font-weight:600}.kind-review{color:var(--advisory);font-weight:600}.kind-information{color:var(--na)}.kind-pass{color:var(--pass)}.kind-not_applicable{color:var(--na)}
tfoot th,tfoot td{border-top:2px solid var(--ink);font-weight:600}
td.none{color:var(--muted);font-style:italic}
svg.chart text{font-size:12px;fill:var(--ink)}
svg.chart .bar-outstanding{fill:var(--bar)}svg.chart .bar-overdue{fill:var(--overdue)}svg.chart .bar-npl{fill:var(--npl)}
@media print{body{max-width:none;padding:0}thead th{position:static}h2{break-after:avoid}tr{break-inside:avoid}}
`;

/** `<html lang>`: the report's language as a BCP 47 tag. */
const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

function pageStart(meta: AuditMeta, l: Labels): string {
  const title = `${l.title} · ${meta.asOf}`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${HTML_LANG[meta.lang]}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${esc(`${meta.tool} ${meta.packageVersion}`)}">`,
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '',
  ].join('\n');
}

/** The run's facts as label–value pairs, in the order both formats print them. */
export function metaItems(meta: AuditMeta, l: Labels): [string, string][] {
  return [
    [l.asOf, meta.asOf],
    [l.jurisdiction, l.jurisdictions[meta.jurisdiction]],
    [l.rulesetVersion, meta.rulesetVersion],
    [l.packageVersion, meta.packageVersion],
    [l.tool, meta.tool],
    [l.scope, meta.allFindings ? l.scopeAll : l.scopeBreaches],
    [
      l.interpretations,
      Object.entries(meta.interpretations)
        .map(([k, v]) => `${k}=${v}`)
        .join(', '),
    ],
  ];
}

function metaSection(meta: AuditMeta, l: Labels): string {
  const rows = metaItems(meta, l);
  const files = FILE_ROLES.flatMap((role) => {
    const f: FileMeta | undefined = meta.files[role];
    return f
      ? [`<tr data-file="${esc(role)}">${th(l.fileRoles[role], ' scope="row"')}${codeTd(f.path)}${td(f.bytes, ' class="num"')}${codeTd(f.sha256)}</tr>`]
      : [];
  });
  return [
    `<header>`,
    `<h1>${esc(l.title)}</h1>`,
    `<dl class="meta">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`,
    `<h3>${esc(l.inputFiles)}</h3>`,
    `<table class="files">${head([l.role, l.path, l.bytes, l.sha256])}<tbody>${files.join('')}</tbody></table>`,
    `</header>`,
    '',
  ].join('\n');
}

/** A summary value as shown: money (a two-decimal string) grouped; counts as they are. */
const summaryDisplay = (value: unknown): string => (typeof value === 'string' && /^-?\d+\.\d{2}$/.test(value) ? groupMoney(value) : summaryValue(value));

function summarySection(summary: AuditSummary, l: Labels): string {
  // data-value keeps the exact figure, as the JSON summary has it; the cell shows it grouped.
  const rows = Object.entries(summary).map(
    ([key, value]) =>
      `<tr>${th(summaryLabel(l, key), ' scope="row"')}${codeTd(key)}<td class="num" data-key="${esc(key)}" data-value="${esc(summaryValue(value))}">${esc(summaryDisplay(value))}</td></tr>`,
  );
  return `<section id="summary">\n<h2>${esc(l.summary)}</h2>\n<table class="summary">${head([l.item, l.key, l.value])}<tbody>\n${rows.join('\n')}\n</tbody></table>\n</section>\n`;
}

function citationsHtml(citations: readonly Citation[]): string {
  return citations.map((c) => `<span class="cite"><code>${esc(c.clauseId)}</code> <span class="quote">「${esc(c.quote)}」</span></span>`).join('');
}

/** The 结论 cell: a failure shown as its rule's kind (breach, needs review, condition not met), never as a bare fail. */
function kindTd(o: Outcome, severity: Severity, l: Labels): string {
  const kind = kindOf(o, severity);
  return `<td class="kind kind-${esc(kind)}" data-outcome="${esc(o)}" data-severity="${esc(severity)}">${esc(l.kinds[kind])}</td>`;
}

/** A region's code, and its name on a line of its own when `--regions` gave one. */
function regionHtml(code: string, names: ReadonlyMap<string, string> | undefined): string {
  const name = names?.get(code);
  return `<code>${esc(code)}</code>${name === undefined ? '' : `<span class="region-name">${esc(name)}</span>`}`;
}

/** A region's row head. */
const regionTh = (code: string, names: ReadonlyMap<string, string> | undefined) => `<th scope="row">${regionHtml(code, names)}</th>`;

function regionRow(r: RegionReport, columns: readonly RegionColumn[], names: ReadonlyMap<string, string> | undefined): string {
  const cells = columns
    .map((c) => {
      const raw = regionCell(r, c);
      return `<td ${isNumericColumn(c) ? 'class="num" ' : ''}data-field="${c}" data-value="${esc(raw)}">${esc(regionDisplay(r, c))}</td>`;
    })
    .join('');
  return `<tr data-region="${esc(r.region)}">${regionTh(r.region, names)}${cells}${td(r.flags.length, ' class="num" data-field="flags"')}</tr>`;
}

/** A bar's width for a money string, as an SVG coordinate: the ratio is exact; only the pixel is a number. */
function barWidth(money: string, max: Decimal, full: number): string {
  const v = new Decimal(money);
  if (!max.greaterThan(0) || !v.greaterThan(0)) return '0';
  return Decimal.min(v, max).dividedBy(max).times(full).toFixed(2);
}

/**
 * A horizontal bar per region: outstanding, with its overdue and non-performing parts drawn over it,
 * each narrower than the one beneath so that all three stay visible where they overlap.
 */
function regionChart(regions: readonly RegionReport[], l: Labels, names: ReadonlyMap<string, string> | undefined): string {
  const labelW = 150;
  const barW = 560;
  const valueW = 150;
  const rowH = 26;
  const legendH = 28;
  const width = labelW + barW + valueW;
  const height = legendH + rowH * regions.length + 4;
  const max = regions.reduce((m, r) => Decimal.max(m, new Decimal(r.outstanding)), new Decimal(0));
  const legend = [
    ['bar-outstanding', l.chartOutstanding],
    ['bar-overdue', l.chartOverdue],
    ['bar-npl', l.chartNpl],
  ]
    .map(
      ([cls, text], i) =>
        `<rect class="${cls}" x="${labelW + i * 150}" y="6" width="14" height="14"/><text x="${labelW + i * 150 + 20}" y="18">${esc(text!)}</text>`,
    )
    .join('');
  const bars = regions.map((r, i) => {
    const y = legendH + i * rowH;
    const tip = `${regionLabel(r.region, names)}: ${l.chartOutstanding} ${groupMoney(r.outstanding)} · ${l.chartOverdue} ${groupMoney(r.overdueOutstanding)} · ${l.chartNpl} ${groupMoney(r.nplOutstanding)}`;
    return [
      `<g data-bar="${esc(r.region)}"><title>${esc(tip)}</title>`,
      `<text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${esc(names?.get(r.region) ?? r.region)}</text>`,
      `<rect class="bar-outstanding" x="${labelW}" y="${y + 2}" width="${barWidth(r.outstanding, max, barW)}" height="18"/>`,
      `<rect class="bar-overdue" x="${labelW}" y="${y + 6}" width="${barWidth(r.overdueOutstanding, max, barW)}" height="10"/>`,
      `<rect class="bar-npl" x="${labelW}" y="${y + 9}" width="${barWidth(r.nplOutstanding, max, barW)}" height="4"/>`,
      `<text x="${labelW + barW + 8}" y="${y + 15}">${esc(groupMoney(r.outstanding))}</text>`,
      `</g>`,
    ].join('');
  });
  return [
    `<figure>`,
    `<svg class="chart" role="img" aria-label="${esc(l.chart)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    legend,
    ...bars,
    `</svg>`,
    `<figcaption>${esc(l.chart)}</figcaption>`,
    `</figure>`,
  ].join('\n');
}

function regionsSection(end: AuditEnd, l: Labels): string {
  const { regions, regionFindings, regionNames } = end;
  const lang = end.meta.lang;
  const columns = regionColumnsOf(end);
  const cols = [l.region, ...columns.map((c) => l.regionColumns[c]), l.flagCount];
  const table = regions.length
    ? `<table class="regions">${head(cols)}<tbody>\n${regions.map((r) => regionRow(r, columns, regionNames)).join('\n')}\n</tbody></table>\n${regionChart(regions, l, regionNames)}`
    : `<p class="none">${esc(l.none)}</p>`;
  const finding = (f: Finding, region?: string) =>
    `<tr>${region === undefined ? '' : regionTh(region, regionNames)}${codeTd(f.ruleId)}${kindTd(f.outcome, severityOfRule(f.ruleId), l)}${td(f.message[lang])}<td>${citationsHtml(f.citations)}</td></tr>`;
  const findingCols = [l.rule, l.outcome, l.message, l.citations];
  const flags = regions.flatMap((r) => r.flags.map((f) => finding(f, r.region)));
  const none = (n: number) => `<tr><td class="none" colspan="${n}">${esc(l.none)}</td></tr>`;
  return [
    `<section id="regions">`,
    `<h2>${esc(l.regions)}</h2>`,
    table,
    `<h3>${esc(l.regionFindings)}</h3>`,
    `<table class="region-findings">${head(findingCols)}<tbody>\n${regionFindings.map((f) => finding(f)).join('\n') || none(findingCols.length)}\n</tbody></table>`,
    `<h3>${esc(l.regionFlags)}</h3>`,
    `<table class="region-flags">${head([l.region, ...findingCols])}<tbody>\n${flags.join('\n') || none(findingCols.length + 1)}\n</tbody></table>`,
    `</section>`,
    '',
  ].join('\n');
}

/** What a finding read, beside its message: the purpose as written and the terms matched in it. */
function detailsHtml(f: AuditFinding, l: Labels): string {
  const terms = f.facts?.matchedTerms;
  return (
    (f.purpose === undefined ? '' : `<span class="detail" data-detail="purpose">${esc(l.purpose)}：「${esc(f.purpose)}」</span>`) +
    (typeof terms === 'string' ? `<span class="detail" data-detail="matchedTerms">${esc(l.matchedTerms)}：${esc(terms === '' ? l.none : terms)}</span>` : '')
  );
}

function findingRow(f: AuditFinding, l: Labels, names: ReadonlyMap<string, string> | undefined): string {
  const subject = f.subjectType === 'region' ? `<td>${regionHtml(f.subject, names)}</td>` : codeTd(f.subject);
  return (
    `<tr>${td(l.subjectTypes[f.subjectType] ?? f.subjectType)}${subject}${codeTd(f.function)}${codeTd(f.ruleId)}` +
    `${kindTd(f.outcome, f.severity, l)}<td>${esc(f.message)}${detailsHtml(f, l)}</td><td>${citationsHtml(f.citations)}</td></tr>\n`
  );
}

/** A rejected row: its number, file and line once (spanning its bad fields), then a line per bad field. */
function rejectedRowHtml(row: RejectedRow): string {
  const span = row.fields.length > 1 ? ` rowspan="${row.fields.length}"` : '';
  return row.fields
    .map((r, i) => {
      const lead =
        i === 0
          ? `<td class="num"${span} data-row="${row.n}">${row.n}</td><td${span}><code>${esc(r.file)}</code></td>${td(r.line, ` class="num"${span}`)}`
          : '';
      return `<tr>${lead}${codeTd(r.field)}${codeTd(r.code)}${td(r.message)}</tr>\n`;
    })
    .join('');
}

/** A triggered loan and its shares: the fund's column sums to the summary's compensationFundTotal. */
function compensationRow(f: AuditFinding): string {
  const s = sharesOf(f)!;
  const money = (party: string, v: string) => `<td class="num" data-share="${party}" data-value="${esc(v)}">${esc(groupMoney(v))}</td>`;
  return `<tr>${codeTd(f.subject)}${money('compensableAmount', s.amount)}${SHARE_PARTIES.map((p) => money(p, s.shares[p])).join('')}</tr>\n`;
}

async function* onlyShares(findings: AsyncIterable<AuditFinding>): AsyncGenerator<AuditFinding> {
  for await (const f of findings) if (sharesOf(f)) yield f;
}

/** The HTML report: nothing per item (the caller spools them); the whole page at the end. */
export function htmlReport(out: Output): ReportWriter {
  return {
    item() {},
    async end(end, spooled) {
      const l = LABELS[end.meta.lang];
      await out.write(pageStart(end.meta, l) + metaSection(end.meta, l) + summarySection(end.summary, l) + regionsSection(end, l));
      const none = (n: number) => `<tr><td class="none" colspan="${n}">${esc(l.none)}</td></tr>\n`;

      // Every triggered loan with its shares, read from the spooled findings; the foot is the summary's total.
      const p = l.compensationParties;
      const compensationCols = [l.subjectTypes.loan, p.compensableAmount, p.fund, p.insurer, p.guarantor, p.bank];
      await out.write(`<section id="compensation">\n<h2>${esc(l.compensation)}</h2>\n<table class="compensation">${head(compensationCols)}<tbody>\n`);
      const triggered = await writeRows(out, onlyShares(spooled.findings()), compensationRow);
      const fundTotal = end.summary.compensationFundTotal;
      await out.write(
        `${triggered === 0 ? none(compensationCols.length) : ''}</tbody><tfoot><tr><th scope="row" colspan="2">${esc(l.total)}</th>` +
          `<td class="num" data-total="fund" data-value="${esc(fundTotal)}">${esc(groupMoney(fundTotal))}</td><td colspan="3"></td></tr></tfoot></table>\n</section>\n`,
      );

      const findingCols = [l.subjectType, l.subject, l.function, l.rule, l.outcome, l.message, l.citations];
      const findingHead = `<thead><tr>${findingCols.map((c) => th(c, c === l.outcome ? ' scope="col" class="kind"' : ' scope="col"')).join('')}</tr></thead>`;
      await out.write(`<section id="findings">\n<h2>${esc(l.findings)}</h2>\n<table class="findings">${findingHead}<tbody>\n`);
      const findings = await writeRows(out, spooled.findings(), (f) => findingRow(f, l, end.regionNames));
      await out.write(`${findings === 0 ? none(findingCols.length) : ''}</tbody></table>\n</section>\n`);

      // The count first, so that it can be held against the summary's invalidRows before the table.
      const counted = await countRejected(spooled.invalid());
      const rejectedCols = [l.rowNumber, l.file, l.line, l.field, l.code, l.message];
      await out.write(
        `<section id="rejected">\n<h2>${esc(l.rejected)}</h2>\n<p class="count" data-rows="${counted.rows}" data-fields="${counted.fields}">${esc(l.rejectedCount(counted.rows, counted.fields))}</p>\n` +
          `<table class="rejected">${head(rejectedCols)}<tbody>\n`,
      );
      const rejected = await writeRows(out, rejectedRows(spooled.invalid()), rejectedRowHtml);
      await out.write(`${rejected === 0 ? none(rejectedCols.length) : ''}</tbody></table>\n</section>\n</body>\n</html>\n`);
    },
  };
}
