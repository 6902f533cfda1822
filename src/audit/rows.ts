/**
 * Turning spreadsheet rows (CSV and xlsx, in the CLI and the offline page alike) into the plain records the audit
 * reads — without I/O, so the CLI and the offline page share it. The columns are the schemas' fields: a field
 * the schema reads as true/false is a boolean column, a day count an integer column, anything else text;
 * a field the schema requires is a required column. Values are only converted, never judged: whatever
 * cannot be read as its type is passed on as text for the schema to name.
 *
 * Headers are matched as banks write them: a field's name in any letter case (spaces, `_` and `-` aside),
 * or one of its Chinese headers (src/audit/bank-exports.ts, GLOSSARY.md), with a trailing unit `(元)` or
 * `(天)` dropped; a column map (`--columns FILE`) names any other. Enum cells are read as their codes or
 * their Chinese words. Any reader of rows — CSV, xlsx — calls `matchHeader` once and `readRow` per row.
 */
import * as z from 'zod';
import { HouseholdSchema, LoanSchema } from '../decisions/records.js';
import { CHINESE_HEADERS, CHINESE_VALUES } from './bank-exports.js';

export type CellType = 'text' | 'boolean' | 'integer';

/** A file's columns: each field's cell type, which must be present in the header, and how banks write them. */
export interface Columns {
  readonly types: Readonly<Record<string, CellType>>;
  readonly required: readonly string[];
  /** Each field's headers besides its own name (GLOSSARY.md's Chinese headers). */
  readonly headers: Readonly<Record<string, readonly string[]>>;
  /** Each enum field's words besides its codes (word → code). */
  readonly values: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/**
 * Booleans as bank exports write them (README, "Audit CLI"). Cells are looked up in Maps, not in objects: an
 * object looks a fresh string up in V8's table of interned strings first (slow at a million rows), and would
 * find inherited names such as `constructor`.
 */
const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['false', false],
  ['1', true],
  ['0', false],
  ['是', true],
  ['否', false],
]);

/** An integer cell: digits, spaces around allowed. Made once: a regular expression literal is a new object each time it is evaluated. */
const DIGITS = /^\s*\d+\s*$/;

/** An enum's words (word → code) as Maps, and its codes (each to itself: see `convert`). */
interface WordMaps {
  readonly words: ReadonlyMap<string, string>;
  readonly codes: ReadonlyMap<string, string>;
}

const wordMaps = new WeakMap<Readonly<Record<string, string>>, WordMaps>();
/** An enum's words as Maps; kept for a frozen words object (columnsOf's), which cannot change. */
function wordMapsOf(words: Readonly<Record<string, string>>): WordMaps {
  let maps = wordMaps.get(words);
  if (!maps) {
    maps = { words: new Map(Object.entries(words)), codes: new Map(Object.values(words).map((code) => [code, code])) };
    if (Object.isFrozen(words)) wordMaps.set(words, maps);
  }
  return maps;
}

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly entries?: Readonly<Record<string, string>>;
  readonly params?: { readonly check?: string };
}

/** A field's cell type, whether the schema requires it, and its codes when it is an enum, read from its zod definition. */
function columnOf(field: z.ZodType): { type: CellType; required: boolean; codes: readonly string[] | null } {
  let def = field._zod.def as Def;
  let required = true;
  // `.nullish()` is optional(nullable(…)); `.optional()` alone is optional(…).
  while ((def.type === 'optional' || def.type === 'nullable') && def.innerType) {
    required = false;
    def = def.innerType._zod.def;
  }
  const type: CellType = def.type === 'boolean' ? 'boolean' : def.type === 'custom' && def.params?.check === 'dayCount' ? 'integer' : 'text';
  return { type, required, codes: def.type === 'enum' && def.entries ? Object.values(def.entries) : null };
}

/**
 * The columns of a record schema, with the other headers and enum words a bank may write. Throws when a
 * header names a field the schema lacks, or a word a code its enum lacks: the words can never drift from
 * the schemas.
 */
export function columnsOf(
  schema: z.ZodObject,
  words: { headers?: Readonly<Record<string, readonly string[]>>; values?: Readonly<Record<string, Readonly<Record<string, string>>>> } = {},
): Columns {
  const types: Record<string, CellType> = {};
  const required: string[] = [];
  const codes: Record<string, readonly string[] | null> = {};
  const shape: Readonly<Record<string, z.ZodType>> = schema.shape;
  for (const [name, field] of Object.entries(shape)) {
    const column = columnOf(field);
    types[name] = column.type;
    codes[name] = column.codes;
    if (column.required) required.push(name);
  }
  const headers: Record<string, readonly string[]> = {};
  for (const [field, names] of Object.entries(words.headers ?? {})) {
    if (!(field in types)) throw new Error(`header words for '${field}', which the schema does not have`);
    headers[field] = Object.freeze([...names]);
  }
  const values: Record<string, Readonly<Record<string, string>>> = {};
  for (const [field, map] of Object.entries(words.values ?? {})) {
    if (!(field in types)) continue; // the words serve both files; a field of the other file is not this one's
    const allowed = codes[field];
    for (const [word, code] of Object.entries(map)) {
      if (!allowed?.includes(code)) throw new Error(`the word '${word}' for ${field} names '${code}', not one of its codes`);
    }
    values[field] = Object.freeze({ ...map });
  }
  return Object.freeze({ types: Object.freeze(types), required: Object.freeze(required), headers: Object.freeze(headers), values: Object.freeze(values) });
}

export const HOUSEHOLD_COLUMNS = columnsOf(HouseholdSchema, { headers: CHINESE_HEADERS.households, values: CHINESE_VALUES });
export const LOAN_COLUMNS = columnsOf(LoanSchema, { headers: CHINESE_HEADERS.loans, values: CHINESE_VALUES });

/**
 * Turns a cell into what the schema expects; an empty (or blank) cell is an absent field. A text cell that
 * is one of `words` (an enum's Chinese words, spaces around allowed) is its code.
 */
export function convertCell(cell: string, type: CellType, words?: Readonly<Record<string, string>>): unknown {
  return convert(cell, type, words && wordMapsOf(words));
}

/** `convertCell` with the words as Maps (recordOf's plan keeps them). */
function convert(cell: string, type: CellType | undefined, words: WordMaps | undefined): unknown {
  // Blank is what trim() removes: ASCII spaces and controls, and the full-width (U+3000) and no-break (U+00A0)
  // spaces of Chinese spreadsheets; a cell starting with anything else is not blank, so it is not trimmed.
  const first = cell.charCodeAt(0);
  if (cell === '' || ((first <= 32 || first >= 0xa0) && cell.trim() === '')) return undefined;
  if (type === 'boolean') {
    // The cell as written first: the usual case, without making a trimmed, lower-case copy.
    return BOOLEANS.get(cell) ?? BOOLEANS.get(cell.trim().toLowerCase()) ?? cell;
  }
  if (type === 'integer') return DIGITS.test(cell) ? Number(cell) : cell;
  if (words) {
    const code = words.words.get(cell) ?? words.words.get(cell.trim());
    if (code !== undefined) return code;
    // A cell that is a code as written is read as the one string of that code, not kept as its own copy:
    // 400,000 households then hold one 'registered_poor', not 400,000.
    return words.codes.get(cell) ?? cell;
  }
  return cell;
}

/** A header row that cannot be read: a required column missing, a column read twice, a column map that does not fit. */
export class HeaderError extends Error {}

/**
 * A header as a reader compares it: Unicode-compatibility folded (full-width letters and brackets as ASCII),
 * lower case, without spaces, `_` or `-`, and without a trailing unit `(元)` or `(天)` — a unit that changes
 * nothing (万元 would, so it is never dropped).
 */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[\s_\-\uFEFF]/g, '')
    .toLowerCase()
    .replace(/\((元|天)\)$/, '');
}

/** A bank's headers → fields (or `null`: a column not to read), as `--columns FILE` gives them for one file. */
export type ColumnMap = ReadonlyMap<string, { readonly header: string; readonly field: string | null }>;

/** The column maps of both files, read by `readColumnMap`; `entries` lists each header given and the files it applies to. */
export interface ColumnMaps {
  readonly households: ColumnMap;
  readonly loans: ColumnMap;
  readonly entries: readonly { readonly header: string; readonly files: readonly ('households' | 'loans')[] }[];
}

/** A header read: each cell's field (or `null`: not read), what each header was read as, and what the map gave. */
export interface HeaderMatch {
  readonly fields: readonly (string | null)[];
  /** Every header read, as written (trimmed) → its field: what a report echoes as the mapping used. */
  readonly columns: Readonly<Record<string, string>>;
  /** Headers not read as any field. */
  readonly ignored: readonly string[];
  /** The column map's headers (as given) this header used. */
  readonly mapped: readonly string[];
}

/** Levenshtein distance, for naming the closest header to a missing column. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** Of `candidates`, the one closest to any of `names` (header keys compared); undefined when there are none. */
export function closest(candidates: readonly string[], names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    for (const n of names) {
      const d = distance(headerKey(c), headerKey(n));
      if (d < bestDistance) [best, bestDistance] = [c, d];
    }
  }
  return best;
}

const keyTables = new WeakMap<Columns, ReadonlyMap<string, string>>();
/** A file's header keys → fields: each field's own name, then its other headers. */
function keyTable(columns: Columns): ReadonlyMap<string, string> {
  let table = keyTables.get(columns);
  if (!table) {
    const t = new Map<string, string>();
    for (const field of Object.keys(columns.types)) t.set(headerKey(field), field);
    for (const [field, names] of Object.entries(columns.headers)) for (const n of names) if (!t.has(headerKey(n))) t.set(headerKey(n), field);
    keyTables.set(columns, (table = t));
  }
  return table;
}

/**
 * Reads a header row. Each cell is read as the field the column map gives it (`null`: not read), else as a field
 * whose name or other header it is (compared by `headerKey`), else not read. Throws HeaderError naming the file
 * when two columns would be read as one field, or a required field has no column — naming, for each, the
 * closest header left unread.
 *
 * @example
 * matchHeader(['贷款编号', 'HouseholdID', '合同金额（元）', '贷款余额', '合同日期', '到期日', '贷款类型', '备注'], LOAN_COLUMNS, 'l.csv').fields // => ['id', 'householdId', 'principal', 'outstanding', 'contractDate', 'maturityDate', 'kind', null]
 */
export function matchHeader(cells: readonly string[], columns: Columns, file: string, map?: ColumnMap): HeaderMatch {
  const names = cells.map((c) => c.trim());
  const table = keyTable(columns);
  const mapped: string[] = [];
  const fields = names.map((n) => {
    const key = headerKey(n);
    const given = map?.get(key);
    if (given && (given.field === null || given.field in columns.types)) {
      mapped.push(given.header);
      return given.field;
    }
    return table.get(key) ?? null;
  });
  const firstOf = new Map<string, number>();
  fields.forEach((f, i) => {
    if (f === null) return;
    const j = firstOf.get(f);
    if (j === undefined) return void firstOf.set(f, i);
    throw new HeaderError(
      names[j] === names[i] ? `${file}: column '${names[i]}' appears twice` : `${file}: columns '${names[j]}' and '${names[i]}' are both read as ${f}`,
    );
  });
  const missing = columns.required.filter((r) => !firstOf.has(r));
  if (missing.length) {
    const unread = names.filter((n, i) => fields[i] === null && n !== '');
    const described = missing.map((f) => {
      const near = closest(unread, [f, ...(columns.headers[f] ?? [])]);
      const others = columns.headers[f] ?? [];
      const also = others.length ? `or ${others.join(' / ')}; ` : '';
      return `${f} (${also}closest header found: ${near === undefined ? 'none' : `'${near}'`})`;
    });
    throw new HeaderError(`${file}: missing column${missing.length > 1 ? 's' : ''} ${described.join(', ')}`);
  }
  const read: Record<string, string> = {};
  const ignored: string[] = [];
  names.forEach((n, i) => (fields[i] === null ? ignored.push(n) : (read[n] = fields[i]!)));
  return Object.freeze({ fields: Object.freeze(fields), columns: read, ignored, mapped });
}

/** Reads a header row as `matchHeader` does, returning each cell's field name or `null` (ignored). */
export function readHeader(cells: readonly string[], columns: Columns, file: string, map?: ColumnMap): (string | null)[] {
  return [...matchHeader(cells, columns, file, map).fields];
}

/**
 * Reads a column map — `{ "bank header": "field" }` for both files, or `{ "households": {…}, "loans": {…} }`
 * for each — checking that each names a field of a file it applies to (or is `null`: a column not to read).
 *
 * @throws {HeaderError} naming the first entry that does not fit, and the closest field
 * @example
 * readColumnMap({ loans: { 客户号: 'householdId' } }, { households: HOUSEHOLD_COLUMNS, loans: LOAN_COLUMNS }).loans.get('客户号') // => { header: '客户号', field: 'householdId' }
 */
export function readColumnMap(value: unknown, files: { households: Columns; loans: Columns }): ColumnMaps {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(value)) throw new HeaderError('must be a JSON object of a header → a field');
  const keys = Object.keys(value);
  const perFile = keys.length > 0 && keys.every((k) => (k === 'households' || k === 'loans') && isObject(value[k]));
  const maps = { households: new Map<string, { header: string; field: string | null }>(), loans: new Map<string, { header: string; field: string | null }>() };
  const entries: { header: string; files: ('households' | 'loans')[] }[] = [];
  const add = (header: string, field: unknown, where: readonly ('households' | 'loans')[], scope: string) => {
    const fits = where.filter((f) => field === null || (typeof field === 'string' && field in files[f].types));
    if (fits.length === 0) {
      const all = [...new Set(where.flatMap((f) => Object.keys(files[f].types)))];
      const near = typeof field === 'string' ? closest(all, [field]) : undefined;
      throw new HeaderError(
        `${scope}'${header}': ${JSON.stringify(field)} is not a field of ${where.join(' or ')}${near ? ` (closest: ${near})` : ''}; null leaves a column unread`,
      );
    }
    for (const f of fits) {
      const key = headerKey(header);
      if (maps[f].has(key)) throw new HeaderError(`${scope}'${header}' is given twice (headers are compared ignoring case and spaces)`);
      maps[f].set(key, { header, field: field as string | null });
    }
    entries.push({ header, files: fits });
  };
  if (perFile) {
    for (const file of keys as ('households' | 'loans')[]) for (const [h, f] of Object.entries(value[file] as object)) add(h, f, [file], `${file}.`);
  } else for (const [h, f] of Object.entries(value)) add(h, f, ['households', 'loans'], '');
  return { households: maps.households, loans: maps.loans, entries };
}

/**
 * A row's record: every field of `columns`, in one order (absent ones undefined) — one object shape for a
 * million rows keeps the validators' property access fast — filled from the cells under a known header.
 */
export function recordOf(header: readonly (string | null)[], cells: readonly string[], columns: Columns): Record<string, unknown> {
  const plan = planOf(header, columns);
  const record = { ...plan.blank };
  for (const { index, name, type, words } of plan.read) {
    if (index >= cells.length) break;
    record[name] = convert(cells[index]!, type, words);
  }
  return record;
}

/** How `recordOf` reads rows under one header: what it would otherwise look up again for every row. */
interface RowPlan {
  readonly columns: Columns;
  /** Every field of the columns, undefined, in their order: each record starts as a copy (one object shape). */
  readonly blank: Readonly<Record<string, unknown>>;
  /** The header's cells read, in its order: where, as which field, its type and its enum's words. */
  readonly read: readonly { index: number; name: string; type: CellType | undefined; words: WordMaps | undefined }[];
}

const plans = new WeakMap<readonly (string | null)[], RowPlan>();

/** The plan of a header; kept for a frozen header (matchHeader's), which cannot change between rows. */
function planOf(header: readonly (string | null)[], columns: Columns): RowPlan {
  const kept = plans.get(header);
  if (kept?.columns === columns) return kept;
  const blank: Record<string, unknown> = {};
  for (const name in columns.types) blank[name] = undefined;
  const read: RowPlan['read'][number][] = [];
  header.forEach((name, index) => {
    if (!name) return;
    const words = columns.values[name];
    read.push({ index, name, type: columns.types[name], words: words && wordMapsOf(words) });
  });
  const plan: RowPlan = { columns, blank, read };
  if (Object.isFrozen(header)) plans.set(header, plan);
  return plan;
}

/**
 * Why a row could not be read as cells under its header: more cells than the header has (a comma outside
 * quotes shifts every column after it), or a quote never closed, which took in the lines `from`–`to`.
 */
export type RowFault =
  | { readonly kind: 'cells'; readonly cells: number; readonly header: number }
  | { readonly kind: 'quote'; readonly from: number; readonly to: number }
  /** A workbook cell holding a formula whose result the file does not store. */
  | { readonly kind: 'formula'; readonly cell: string };

/** A row fault in words, in the report's language. */
export function describeRowFault(fault: RowFault, lang: 'zh' | 'en'): string {
  if (fault.kind === 'formula')
    return lang === 'zh'
      ? `单元格${fault.cell}是公式，文件中未保存其计算结果（请在Excel中打开并保存）`
      : `cell ${fault.cell} holds a formula whose result is not stored in the file (open and save it in Excel)`;
  if (fault.kind === 'cells')
    return lang === 'zh'
      ? `该行有${fault.cells}个单元格，多于表头的${fault.header}列（可能有未加引号的逗号），各列无法对应`
      : `has ${fault.cells} cells, more than the header's ${fault.header} columns (a comma outside quotes?), so no cell can be trusted to its column`;
  const range = fault.to > fault.from ? `${fault.from}–${fault.to}` : `${fault.from}`;
  return lang === 'zh'
    ? `第${fault.from}行的引号没有闭合，吞并了第${range}行；其后各行已重新按行读取`
    : `a quote opened on line ${fault.from} is never closed properly: it took in lines ${range}; the lines after line ${fault.from} are read again as rows`;
}

/**
 * Reads one row under a header read by `matchHeader`: its record, or the fault that keeps it from being
 * read (more cells than the header). Cells past the last column a spreadsheet has are not cells: an xlsx
 * reader passes cells up to the last one it holds.
 */
export function readRow(header: HeaderMatch, cells: readonly string[], columns: Columns): { record: Record<string, unknown> } | { fault: RowFault } {
  if (cells.length > header.fields.length) return { fault: { kind: 'cells', cells: cells.length, header: header.fields.length } };
  return { record: recordOf(header.fields, cells, columns) };
}
