/**
 * Every word the CLI says, in the report's language (`--lang zh|en`): the help, each one-line error, and
 * the messages of rejected rows. The library speaks English in its issues (`PolicyInputError` stays as it
 * is, for programs); this module is where the CLI turns them into Chinese, so the English stays in one
 * place and its Chinese in one other.
 *
 * - `HELP[lang]`: the `--help` text.
 * - `CliError(key, params)`: an error that ends the run with exit 2 and one line, `render(lang)`.
 * - `issueText(issue, lang)`: a library issue's message (a rejected row's, or a bad option's) in `lang`.
 */
import type { Lang } from '../audit/index.js';

export type { Lang };

/** The program's name, the first word of every line it writes to stderr. */
export const PROGRAM = 'fupin-xindai';

// ---------------------------------------------------------------------------------------------------
// Help

const HELP_EN = `fupin-xindai — audit poverty-alleviation microloans against 银保监发〔2020〕28号 and 黑金发〔2020〕47号

Usage:
  fupin-xindai audit --households households.csv --loans loans.csv --as-of YYYY-MM-DD [options]
  fupin-xindai --help | --version           (--lang en|zh chooses the language of the help, too)

Options:
  --policy FILE               risk-compensation policy JSON: one policy, or {"default", "byRegion": {...}}
  --thresholds FILE           monitoring thresholds JSON, e.g. {"nplRatio": "0.05"} (28号 五 names no numbers)
  --format json|ndjson|csv|md|html|xlsx   report format (default json); xlsx is an Excel workbook
  --out FILE                  write the report here (default: standard output); the file is replaced only
                              when the report is complete, and never when it is one of the inputs
  --encoding utf8|gbk|gb18030 both CSV files' encoding (default: found — a BOM, else strict UTF-8, else GB18030/GBK)
  --households-encoding ENC, --loans-encoding ENC   one file's encoding (the report's meta says which was used)
  --columns FILE              JSON of a bank's headers → fields, e.g. {"客户号": "householdId"}, or
                              {"households": {…}, "loans": {…}}; null leaves a column unread
  --sheet NAME                the sheet to read from .xlsx inputs (default: the first visible sheet);
                              --households-sheet / --loans-sheet name one file's sheet
  --lang zh|en                language of the report, the help and every message (default zh)
  --jurisdiction HLJ|national apply both notices (default) or 28号 alone
  --interpretations FILE      JSON of documented readings, e.g. {"capBasis": "principal"}
  --maturity-window-days N    days ahead that count as maturing soon (default 90)
  --lead-banks FILE           lead-bank register CSV with header region,bank (主责任银行, 名单制管理; 28号 四);
                              regions with active loans and none are reported
  --regions FILE              region names CSV with header region,name: the html and md reports name each region
  --all                       list every finding, not only breaches and those needing review
  --workers N                 threads judging parts of a CSV loans file (default: the cores, at most 8, for a
                              loans file of 16 MB or more; else 1); the report is the same whatever N

CSV headers are the field names of Household and Loan (see the README) in any letter case, or the Chinese
headers of bank exports (贷款编号, 合同金额, 贷款余额…); enum values as codes or in Chinese (在贷, 结清, 新增…);
booleans true/false, 1/0 or 是/否; an empty cell is an absent field. An .xlsx input (found by its content, not
its name) is read the same way: numbers exactly as stored, date cells as YYYY-MM-DD, a row's line is its Excel
row number. Bad rows are reported with file, line and field and never stop the run.
Exit 2, with one line saying why, for an unusable argument, an unreadable input or an unwritable report.
`;

const HELP_ZH = `fupin-xindai — 依据银保监发〔2020〕28号、黑金发〔2020〕47号审计扶贫小额信贷

用法：
  fupin-xindai audit --households 农户.csv --loans 贷款.csv --as-of YYYY-MM-DD [选项]
  fupin-xindai --help | --version           （--lang zh|en 也决定帮助的语言）

选项：
  --policy FILE               风险补偿政策 JSON：一项政策，或 {"default", "byRegion": {...}}（按地区）
  --thresholds FILE           监测阈值 JSON，例如 {"nplRatio": "0.05"}（28号 五 未规定具体数值）
  --format json|ndjson|csv|md|html|xlsx   报告格式（默认 json）；xlsx 为 Excel 工作簿
  --out FILE                  报告写入此文件（默认：标准输出）；报告完整后才替换该文件，
                              且绝不覆盖任何输入文件
  --encoding utf8|gbk|gb18030 两个 CSV 文件的编码（默认自动识别：BOM，否则严格 UTF-8，否则 GB18030/GBK）
  --households-encoding ENC, --loans-encoding ENC   单个文件的编码（报告的 meta 写明实际采用的编码）
  --columns FILE              银行表头 → 字段的 JSON，例如 {"客户号": "householdId"}，或
                              {"households": {…}, "loans": {…}}；值为 null 的列不读取
  --sheet NAME                读取 .xlsx 输入的哪个工作表（默认第一个可见工作表）；
                              --households-sheet / --loans-sheet 分别指定
  --lang zh|en                报告、帮助和所有提示的语言（默认 zh）
  --jurisdiction HLJ|national 同时适用两份通知（默认 HLJ），或只适用 28号（national）
  --interpretations FILE      已记载解读的 JSON，例如 {"capBasis": "principal"}
  --maturity-window-days N    多少天内到期算作“即将到期”（默认 90）
  --lead-banks FILE           主责任银行名单 CSV，表头 region,bank（主责任银行，名单制管理；28号 四）；
                              有在贷贷款却没有主责任银行的地区会被列出
  --regions FILE              地区名称 CSV，表头 region,name：html 和 md 报告在地区编码旁写出名称
  --all                       列出全部结论，而不只是违规的和需要复核的
  --workers N                 分段审查 CSV 贷款文件的线程数（默认：贷款文件 16 MB 及以上时取 CPU 核数，至多 8；否则 1）；
                              无论 N 为几，报告都相同

CSV 表头为 Household、Loan 的字段名（见 README，不分大小写），或银行导出的中文表头（贷款编号、合同金额、贷款余额…）；
枚举值可写代码或中文（在贷、结清、新增…）；布尔值写 true/false、1/0 或 是/否；空单元格表示未填。
.xlsx 输入（按内容而非文件名识别）读法相同：数字按存储值精确读取，日期单元格读作 YYYY-MM-DD，行号即 Excel 行号。
有问题的行会连同文件、行号和字段一起列出，不会中断审计。
参数无法使用、输入文件无法读取或报告无法写入时，退出码为 2，并用一行说明原因。
`;

export const HELP: Readonly<Record<Lang, string>> = Object.freeze({ en: HELP_EN, zh: HELP_ZH });

// ---------------------------------------------------------------------------------------------------
// One-line errors (exit 2)

interface Message<P> {
  readonly en: (p: P) => string;
  readonly zh: (p: P) => string;
}
const m = <P = Record<string, never>>(en: (p: P) => string, zh: (p: P) => string): Message<P> => ({ en, zh });

interface FlagPath {
  flag: string;
  path: string;
}

/** Why a file could not be read or written, from Node's error code. */
const REASONS: Readonly<Record<string, { en: string; zh: string }>> = {
  ENOENT: { en: 'no such file or folder', zh: '文件或文件夹不存在' },
  EACCES: { en: 'permission denied', zh: '没有权限' },
  EPERM: { en: 'not permitted', zh: '操作不被允许' },
  EISDIR: { en: 'is a folder, not a file', zh: '这是文件夹，不是文件' },
  ENOTDIR: { en: 'a part of the path is not a folder', zh: '路径中有一段不是文件夹' },
  ENOSPC: { en: 'no space left on the disk', zh: '磁盘空间不足' },
  EDQUOT: { en: 'disk quota exceeded', zh: '超出磁盘配额' },
  EROFS: { en: 'the file system is read-only', zh: '文件系统是只读的' },
  EMFILE: { en: 'too many open files', zh: '打开的文件过多' },
  ENAMETOOLONG: { en: 'the name is too long', zh: '文件名过长' },
  ELOOP: { en: 'too many symbolic links', zh: '符号链接层数过多' },
  EIO: { en: 'input/output error', zh: '读写错误' },
  EBADF: { en: 'the stream is closed', zh: '输出流已关闭' },
};

/** A Node error code as a reason: `ENOENT (no such file or folder)`; the code alone when it is not in the table. */
export function reason(code: string, lang: Lang): string {
  const r = REASONS[code];
  if (!r) return code;
  return lang === 'zh' ? `${r.zh}（${code}）` : `${code} (${r.en})`;
}

export const MESSAGES = {
  // Arguments
  unknownOption: m<{ option: string }>(
    (p) => `unknown option ${p.option} (see --help)`,
    (p) => `未知选项 ${p.option}（见 --help）`,
  ),
  optionNeedsValue: m<{ option: string }>(
    (p) => `${p.option} needs a value (see --help)`,
    (p) => `${p.option} 需要一个值（见 --help）`,
  ),
  optionTakesNoValue: m<{ option: string }>(
    (p) => `${p.option} takes no value (see --help)`,
    (p) => `${p.option} 不带值（见 --help）`,
  ),
  badArguments: m<{ detail: string }>(
    (p) => `${p.detail} (see --help)`,
    (p) => `参数无法使用：${p.detail}（见 --help）`,
  ),
  missingCommand: m(
    () => 'missing command: audit (see --help)',
    () => '缺少命令：audit（见 --help）',
  ),
  unknownCommand: m<{ command: string }>(
    (p) => `unknown command '${p.command}' (see --help)`,
    (p) => `未知命令“${p.command}”（见 --help）`,
  ),
  fileRequired: m<{ flag: string }>(
    (p) => `${p.flag} FILE is required`,
    (p) => `缺少 ${p.flag} FILE（必填）`,
  ),
  asOfRequired: m(
    () => '--as-of YYYY-MM-DD is required (the audit never reads the clock)',
    () => '缺少 --as-of YYYY-MM-DD（必填：审计从不读取系统时钟）',
  ),
  oneOf: m<{ flag: string; value: string; allowed: readonly string[] }>(
    (p) => `${p.flag} must be one of ${p.allowed.join(', ')}, not '${p.value}'`,
    (p) => `${p.flag} 须为 ${p.allowed.join('、')} 之一，而不是“${p.value}”`,
  ),
  workers: m<{ flag: string; value: string; max: number }>(
    (p) => `${p.flag} must be a whole number of threads from 1 to ${p.max}, not '${p.value}'`,
    (p) => `${p.flag} 须为 1 至 ${p.max} 的整数（线程数），而不是“${p.value}”`,
  ),
  wholeDays: m<{ flag: string; value: string }>(
    (p) => `${p.flag} must be a whole number of days, not '${p.value}'`,
    (p) => `${p.flag} 须为整数天数，而不是“${p.value}”`,
  ),
  /** A file given with a flag has a problem of its own (issues already in the language). */
  fileIssues: m<FlagPath & { issues: string }>(
    (p) => `${p.flag} ${p.path}: ${p.issues}`,
    (p) => `${p.flag} ${p.path}：${p.issues}`,
  ),
  /** An option given on the command line is bad (issues already in the language). */
  optionIssues: m<{ issues: string }>(
    (p) => p.issues,
    (p) => p.issues,
  ),
  // Inputs
  cannotRead: m<FlagPath & { code: string }>(
    (p) => `cannot read ${p.flag} file ${p.path}: ${reason(p.code, 'en')}`,
    (p) => `无法读取 ${p.flag} 文件 ${p.path}：${reason(p.code, 'zh')}`,
  ),
  /** A text input that decodes under no encoding tried, or not under the one given (detail: the decoder's account). */
  undecodable: m<FlagPath & { detail: string }>(
    (p) => `${p.flag} ${p.path}: ${p.detail}`,
    (p) => `${p.flag} 文件 ${p.path} 无法按所给或可识别的编码（UTF-8、GB18030/GBK）读取：${p.detail}`,
  ),
  encodingForWorkbook: m<FlagPath & { encodingFlag: string }>(
    (p) => `${p.encodingFlag}: ${p.flag} file ${p.path} is an .xlsx workbook, which has no text encoding`,
    (p) => `${p.encodingFlag}：${p.flag} 文件 ${p.path} 是 .xlsx 工作簿，没有文本编码`,
  ),
  xlsxUnreadable: m<FlagPath & { detail: string }>(
    (p) => `${p.flag} ${p.detail}`,
    (p) => `${p.flag} 文件 ${p.path} 无法作为 .xlsx 工作簿读取：${p.detail}`,
  ),
  sheetNotWorkbook: m<FlagPath & { sheetFlag: string }>(
    (p) => `${p.sheetFlag}: ${p.flag} file ${p.path} is not an .xlsx workbook`,
    (p) => `${p.sheetFlag}：${p.flag} 文件 ${p.path} 不是 .xlsx 工作簿`,
  ),
  sheetWithoutWorkbook: m(
    () => '--sheet: neither --households nor --loans is an .xlsx workbook',
    () => '--sheet：--households 和 --loans 都不是 .xlsx 工作簿',
  ),
  xlsxNeedsOut: m(
    () => '--format xlsx writes a workbook: name it with --out FILE.xlsx',
    () => '--format xlsx 生成工作簿：请用 --out FILE.xlsx 指定文件',
  ),
  columnsBad: m<{ path: string; detail: string }>(
    (p) => `--columns ${p.path}: ${p.detail}`,
    (p) => `--columns 文件 ${p.path} 有误：${p.detail}`,
  ),
  columnsNoHeader: m<{ path: string; header: string; files: string }>(
    (p) => `--columns ${p.path}: no header '${p.header}' in ${p.files}`,
    (p) => `--columns 文件 ${p.path}：${p.files} 中没有列名“${p.header}”`,
  ),
  notJson: m<FlagPath & { detail: string }>(
    (p) => `${p.flag} file ${p.path} is not JSON: ${p.detail}`,
    (p) => `${p.flag} 文件 ${p.path} 不是有效的 JSON：${p.detail}`,
  ),
  headerMissing: m<FlagPath & { columns: string }>(
    (p) => `${p.flag} ${p.path}: missing column${p.columns.includes(',') ? 's' : ''} ${p.columns}`,
    (p) => `${p.flag} ${p.path}：缺少列 ${p.columns}`,
  ),
  headerTwice: m<FlagPath & { column: string }>(
    (p) => `${p.flag} ${p.path}: column '${p.column}' appears twice`,
    (p) => `${p.flag} ${p.path}：列“${p.column}”出现了两次`,
  ),
  noHeader: m<FlagPath>(
    (p) => `${p.flag} ${p.path}: no header row`,
    (p) => `${p.flag} ${p.path}：没有表头行`,
  ),
  /** A header problem this table does not know (its English as the reader wrote it). */
  headerOther: m<FlagPath & { detail: string }>(
    (p) => `${p.flag} ${p.path}: ${p.detail}`,
    (p) => `${p.flag} ${p.path}：${p.detail}`,
  ),
  // Registers (--lead-banks and the like: a CSV of two named columns)
  registerUnreadable: m<FlagPath & { line: number | null; detail: string }>(
    (p) => `${p.flag} ${p.path}: unreadable CSV${p.line === null ? '' : ` at line ${p.line}`}: ${p.detail}`,
    (p) => `${p.flag} ${p.path}：${p.line === null ? '' : `第 ${p.line} 行`}CSV 无法读取：${csvProblem(p.detail, 'zh')}`,
  ),
  registerMissing: m<FlagPath & { columns: readonly string[]; header: string }>(
    (p) => `${p.flag} ${p.path}: missing column${p.columns.length > 1 ? 's' : ''} ${p.columns.join(', ')} (header ${p.header})`,
    (p) => `${p.flag} ${p.path}：缺少列 ${p.columns.join('、')}（表头应为 ${p.header}）`,
  ),
  registerTwice: m<FlagPath & { column: string }>(
    (p) => `${p.flag} ${p.path}: column '${p.column}' appears twice`,
    (p) => `${p.flag} ${p.path}：列“${p.column}”出现了两次`,
  ),
  registerBlankKey: m<FlagPath & { line: number; key: string }>(
    (p) => `${p.flag} ${p.path}: line ${p.line}: ${p.key} is blank`,
    (p) => `${p.flag} ${p.path}：第 ${p.line} 行：${p.key} 为空`,
  ),
  registerBlankValue: m<FlagPath & { line: number; key: string; value: string; entry: string }>(
    (p) => `${p.flag} ${p.path}: line ${p.line}: ${p.value} for ${p.key} '${p.entry}' is blank`,
    (p) => `${p.flag} ${p.path}：第 ${p.line} 行：${p.key}“${p.entry}”的 ${p.value} 为空`,
  ),
  registerRepeat: m<FlagPath & { line: number; key: string; entry: string; first: number }>(
    (p) => `${p.flag} ${p.path}: line ${p.line}: ${p.key} '${p.entry}' repeats line ${p.first}`,
    (p) => `${p.flag} ${p.path}：第 ${p.line} 行：${p.key}“${p.entry}”与第 ${p.first} 行重复`,
  ),
  // The report
  outEmpty: m(
    () => '--out needs a file path',
    () => '--out 需要一个文件路径',
  ),
  outIsFolder: m<{ path: string }>(
    (p) => `--out ${p.path} is a folder: give a file path`,
    (p) => `--out ${p.path} 是文件夹：请给出文件路径`,
  ),
  outNoFolder: m<{ path: string; folder: string }>(
    (p) => `--out ${p.path}: the folder ${p.folder} does not exist`,
    (p) => `--out ${p.path}：文件夹 ${p.folder} 不存在`,
  ),
  outNotFolder: m<{ path: string; folder: string }>(
    (p) => `--out ${p.path}: ${p.folder} is not a folder`,
    (p) => `--out ${p.path}：${p.folder} 不是文件夹`,
  ),
  outIsInput: m<{ path: string; flag: string; input: string }>(
    (p) => `--out ${p.path} is the ${p.flag} file ${p.input}: the report would overwrite an input; write it elsewhere`,
    (p) => `--out ${p.path} 就是 ${p.flag} 文件 ${p.input}：报告会覆盖输入文件，请写到别处`,
  ),
  cannotWrite: m<{ path: string; code: string }>(
    (p) => `cannot write --out ${p.path}: ${reason(p.code, 'en')}`,
    (p) => `无法写入 --out ${p.path}：${reason(p.code, 'zh')}`,
  ),
  cannotWriteStdout: m<{ code: string }>(
    (p) => `cannot write the report to standard output: ${reason(p.code, 'en')}`,
    (p) => `无法将报告写到标准输出：${reason(p.code, 'zh')}`,
  ),
  cannotWriteTemp: m<{ folder: string; code: string }>(
    (p) => `cannot use temporary files in ${p.folder}: ${reason(p.code, 'en')} (set TMPDIR to a writable folder)`,
    (p) => `无法使用 ${p.folder} 中的临时文件：${reason(p.code, 'zh')}（请把 TMPDIR 设为可写的文件夹）`,
  ),
  fileFault: m<{ detail: string }>(
    (p) => `a file could not be used: ${p.detail}`,
    (p) => `文件无法使用：${p.detail}`,
  ),
  /** The running count on a terminal's stderr. */
  progress: m<{ rows: number; perSecond: number | null; secondsLeft: number | null }>(
    (p) =>
      `${p.rows.toLocaleString('en')} rows read` +
      (p.perSecond === null ? '' : `, ${Math.round(p.perSecond).toLocaleString('en')} a second`) +
      (p.secondsLeft === null ? '' : `, about ${Math.ceil(p.secondsLeft)} s left`) +
      '   ',
    (p) =>
      `已读 ${p.rows.toLocaleString('en')} 行` +
      (p.perSecond === null ? '' : `，每秒 ${Math.round(p.perSecond).toLocaleString('en')} 行`) +
      (p.secondsLeft === null ? '' : `，约剩 ${Math.ceil(p.secondsLeft)} 秒`) +
      '   ',
  ),
  internalError: m<{ detail: string }>(
    (p) => `internal error: ${p.detail}`,
    (p) => `内部错误：${p.detail}`,
  ),
} as const;

export type MessageKey = keyof typeof MESSAGES;
type ParamsOf<K extends MessageKey> = Parameters<(typeof MESSAGES)[K]['en']>[0];

/** One message of the table in `lang`. */
export function say<K extends MessageKey>(lang: Lang, key: K, ...params: ParamsOf<K> extends Record<string, never> ? [] : [ParamsOf<K>]): string {
  const message = MESSAGES[key] as Message<ParamsOf<K>>;
  return message[lang](params[0] ?? {});
}

/** An error that ends the run with exit 2 and one line: a table key and its values, rendered in the report's language. */
export class CliError<K extends MessageKey = MessageKey> extends Error {
  readonly key: K;
  readonly params: ParamsOf<K>;
  constructor(key: K, ...params: ParamsOf<K> extends Record<string, never> ? [] : [ParamsOf<K>]) {
    const values = (params[0] ?? {}) as ParamsOf<K>;
    super((MESSAGES[key] as Message<ParamsOf<K>>).en(values));
    this.name = 'CliError';
    this.key = key;
    this.params = values;
  }
  /** The one line, without the program's name. */
  render(lang: Lang): string {
    return (MESSAGES[this.key] as Message<ParamsOf<K>>)[lang](this.params);
  }
}

/** The line written to stderr for an error: the program's name, the message on one line. */
export function errorLine(text: string): string {
  return `${PROGRAM}: ${text.replace(/\s*[\r\n]+\s*/g, ' ')}\n`;
}

/** A node:util parseArgs error as a table message (its own wording is English and long). */
export function argumentError(e: Error & { code?: string }): CliError {
  const option = /'(-[^' ]+)/.exec(e.message)?.[1];
  if (option && e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new CliError('unknownOption', { option });
  if (option && e.message.includes('argument missing')) return new CliError('optionNeedsValue', { option });
  if (option && e.message.includes('does not take an argument')) return new CliError('optionTakesNoValue', { option });
  return new CliError('badArguments', { detail: e.message });
}

/**
 * A header problem the CSV reader reported (HeaderError's message: the file, then what is wrong), as a
 * table message naming the flag. What the table does not know is passed on as written.
 */
export function headerError(flag: string, path: string, message: string): CliError {
  const detail = message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
  let match: RegExpExecArray | null;
  if ((match = /^missing columns? (.+)$/.exec(detail))) return new CliError('headerMissing', { flag, path, columns: match[1]! });
  if ((match = /^column '(.+)' appears twice$/.exec(detail))) return new CliError('headerTwice', { flag, path, column: match[1]! });
  if (detail === 'no header row') return new CliError('noHeader', { flag, path });
  return new CliError('headerOther', { flag, path, detail });
}

// ---------------------------------------------------------------------------------------------------
// The library's issues (rejected rows, bad options) in Chinese

/** The Chinese names of the fields the library's messages mention (GLOSSARY: "Columns and values as Chinese bank exports write them"). */
const FIELD_ZH: Readonly<Record<string, string>> = {
  povertyStatus: '贫困户类型',
  contractDate: '合同日期',
  maturityDate: '到期日',
  deferredTo: '延期至',
  fundShare: '风险补偿基金分担比例',
  insurerShare: '保险分担比例',
  guarantorShare: '担保分担比例',
};
const field = (name: string) => (FIELD_ZH[name] ? `${FIELD_ZH[name]}（${name}）` : name);

/** The kinds of keys refused in a file (src/audit/keys.ts). */
const KIND_ZH: Readonly<Record<string, string>> = { 'monitoring threshold': '监测阈值', 'risk-compensation policy': '风险补偿政策' };
const kind = (name: string) => KIND_ZH[name] ?? name;

/** Papa Parse's reasons for a row it cannot read. */
const CSV_PROBLEMS: Readonly<Record<string, string>> = {
  'Quoted field unterminated': '引号未闭合',
  'Trailing quote on quoted field is malformed': '带引号字段的结尾引号格式不对',
  'Unexpected quote': '引号位置不对',
};
function csvProblem(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text
    .split('; ')
    .map((t) => CSV_PROBLEMS[t] ?? t)
    .join('；');
}

type Translate = (match: RegExpExecArray) => string;

/**
 * Each message the library (and src/audit) gives an issue, by the English it is written in, and its Chinese.
 * Numbers and names in a message are taken from it, never written here. test/cli/messages.test.ts holds
 * every message a CSV row and an option file can produce against this table.
 */
const ISSUES_ZH: readonly (readonly [RegExp, Translate])[] = [
  // Presence
  [/^is required$/, () => '为必填项'],
  [/^must not be blank$/, () => '不能为空'],
  [/^is required when povertyStatus is '(\w+)'$/, (x) => `${field('povertyStatus')}为 ${x[1]}（边缘户）时为必填项`],
  // Types and values
  [/^must be true or false$/, () => '须为 是/否（true/false 或 1/0）'],
  [/^must be a string$/, () => '须为文本'],
  [/^must be a (\w+)$/, (x) => `须为 ${x[1]} 类型`],
  [/^must be one of (.+)$/, (x) => `须为以下之一：${x[1]!.split(', ').join('、')}`],
  [/^must be a plain object$/, () => '须为 JSON 对象'],
  [/^must be an array$/, () => '须为数组'],
  [/^could not be inspected$/, () => '无法读取'],
  [/^could not be read$/, () => '无法读取'],
  [/^could not be read \(its getter threw\)$/, () => '无法读取（读取时出错）'],
  // Dates
  [/^must be a date string 'YYYY-MM-DD'$/, () => '须为日期，格式 YYYY-MM-DD'],
  [/^must be a real calendar date 'YYYY-MM-DD', got '([\s\S]*)'$/, (x) => `须为真实存在的日期（YYYY-MM-DD），实为“${x[1]}”`],
  [/^must not be before (\w+)$/, (x) => `不能早于${field(x[1]!)}`],
  [
    /^must be on or after (\S+), the date 银保监发〔2020〕28号 was issued: the notices cannot decide an earlier date$/,
    (x) => `不能早于 ${x[1]}（银保监发〔2020〕28号 印发之日）：两份通知无法判断更早的日期`,
  ],
  // Money
  [/^must be yuan as a plain decimal string with at most two decimals, e\.g\. "([\d.]+)"$/, (x) => `须为以元为单位的金额，最多两位小数，例如 ${x[1]}`],
  [/^must be yuan as a decimal string or a number$/, () => '须为以元为单位的金额'],
  [/^must be a finite number of yuan$/, () => '须为有限的元金额'],
  [/^must not be negative$/, () => '不能为负数'],
  [/^must be a whole number of fen \(at most two decimals\)$/, () => '须精确到分（最多两位小数）'],
  [/^is too large$/, () => '数值过大'],
  // Ratios and day counts
  [/^must be a decimal such as "([\d.]+)"$/, (x) => `须为小数，例如 ${x[1]}`],
  [/^must have at most (\d+) decimal places$/, (x) => `最多 ${x[1]} 位小数`],
  [/^must be between (\d+) and (\d+)$/, (x) => `须在 ${x[1]} 与 ${x[2]} 之间`],
  [/^must be a finite number or decimal string$/, () => '须为有限的数或小数文本'],
  [/^must be a number of days$/, () => '须为天数'],
  [/^must be a whole, non-negative number of days$/, () => '须为非负整数天数'],
  // Purposes
  [/^must be a purpose code or the text written on the application$/, () => '须为用途代码或申请书上填写的用途'],
  [/^must be at most (\d+) characters$/, (x) => `不能超过 ${x[1]} 个字符`],
  // Policies, thresholds, readings, registers
  [/^must be at least (\d+): a loan 0 days overdue is not in default$/, (x) => `至少为 ${x[1]}：逾期 0 天的贷款并未违约`],
  [/^fundShare \+ insurerShare \+ guarantorShare must not exceed (\d+)$/, (x) => `fundShare、insurerShare、guarantorShare 之和不能超过 ${x[1]}`],
  [/^is not 'default' or 'byRegion'$/, () => "不是 'default' 或 'byRegion'"],
  [/^must be an object of region: (\w+)$/, (x) => `须为“地区: ${x[1] === 'bank' ? '银行' : '政策'}”的对象`],
  [/^a region must not be blank$/, () => '地区不能为空'],
  [/^is not a known interpretation \(known: (.+)\)$/, (x) => `不是已知的解读（可用：${x[1]}）`],
  [
    /^is not a ([\w -]+) key(?:; did you mean '([^']+)'\?)? \(known: (.+)\)$/,
    (x) => `不是${kind(x[1]!)}的键${x[2] ? `；是否应为“${x[2]}”？` : ''}（可用：${x[3]}）`,
  ],
  [/^is a ([\w -]+) key, not a ([\w -]+) key$/, (x) => `是${kind(x[1]!)}的键，不是${kind(x[2]!)}的键`],
  // The audit's own checks of rows (src/audit/engine.ts)
  [/^repeats an earlier household id \('([\s\S]*)'\)$/, (x) => `与前面的农户编号重复（“${x[1]}”）`],
  [/^no valid household '([\s\S]*)' in ([\s\S]+)$/, (x) => `${x[2]} 中没有有效的农户“${x[1]}”`],
  [/^unreadable CSV row: ([\s\S]+)$/, (x) => `CSV 行无法读取：${csvProblem(x[1]!, 'zh')}`],
];

/** Issue codes in Chinese, for a message the table does not know yet (its English follows). */
const CODES_ZH: Readonly<Record<string, string>> = {
  required: '缺失或为空',
  type: '类型不对',
  enum: '取值不在允许范围内',
  date: '日期不对',
  money: '金额不对',
  range: '超出允许范围',
};

/** The Chinese of one issue message, or `undefined` when the table does not know it. */
export function issueZh(message: string): string | undefined {
  // A bank's bad value for a lead bank reads "the bank " and the check's message.
  if (message.startsWith('the bank ')) {
    const rest = issueZh(message.slice('the bank '.length));
    return rest === undefined ? undefined : `银行${rest}`;
  }
  for (const [pattern, zh] of ISSUES_ZH) {
    const match = pattern.exec(message);
    if (match) return zh(match);
  }
  return undefined;
}

/**
 * An issue's message in `lang`: as the library wrote it in English; in Chinese from the table, or, for a
 * message the table does not know, the code's Chinese with the English after it.
 */
export function issueText(issue: { readonly code: string; readonly message: string }, lang: Lang): string {
  if (lang === 'en') return issue.message;
  // The audit's own row messages (a repeated id, a row fault) are already in the report's language; the library's
  // start with an English word.
  if (/^[\u3400-\u9fff]/.test(issue.message)) return issue.message;
  return issueZh(issue.message) ?? `${CODES_ZH[issue.code] ?? issue.code}（${issue.message}）`;
}

/** Issues as one line: `path: message; …` in `lang`. */
export function issuesText(issues: readonly { readonly path: string; readonly code: string; readonly message: string }[], lang: Lang): string {
  return issues.map((i) => `${i.path}${lang === 'zh' ? '：' : ': '}${issueText(i, lang)}`).join(lang === 'zh' ? '；' : '; ');
}
