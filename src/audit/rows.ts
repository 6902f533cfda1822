/**
 * Turning spreadsheet rows (CSV today; xlsx and a browser page later) into the plain records the audit
 * reads — without I/O, so the CLI and a web page share it. The columns are the schemas' fields: a field
 * the schema reads as true/false is a boolean column, a day count an integer column, anything else text;
 * a field the schema requires is a required column. Values are only converted, never judged: whatever
 * cannot be read as its type is passed on as text for the schema to name.
 */
import * as z from 'zod';
import { HouseholdSchema, LoanSchema } from '../decisions/records.js';

export type CellType = 'text' | 'boolean' | 'integer';

/** A file's columns: each field's cell type, and which must be present in the header. */
export interface Columns {
  readonly types: Readonly<Record<string, CellType>>;
  readonly required: readonly string[];
}

/** Booleans as bank exports write them (README, "Audit CLI"). */
const BOOLEANS: Readonly<Record<string, boolean>> = { true: true, false: false, '1': true, '0': false, 是: true, 否: false };

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly params?: { readonly check?: string };
}

/** A field's cell type and whether the schema requires it, read from its zod definition. */
function columnOf(field: z.ZodType): { type: CellType; required: boolean } {
  let def = field._zod.def as Def;
  let required = true;
  // `.nullish()` is optional(nullable(…)); `.optional()` alone is optional(…).
  while ((def.type === 'optional' || def.type === 'nullable') && def.innerType) {
    required = false;
    def = def.innerType._zod.def;
  }
  const type: CellType = def.type === 'boolean' ? 'boolean' : def.type === 'custom' && def.params?.check === 'dayCount' ? 'integer' : 'text';
  return { type, required };
}

/** The columns of a record schema. */
export function columnsOf(schema: z.ZodObject): Columns {
  const types: Record<string, CellType> = {};
  const required: string[] = [];
  const shape: Readonly<Record<string, z.ZodType>> = schema.shape;
  for (const [name, field] of Object.entries(shape)) {
    const column = columnOf(field);
    types[name] = column.type;
    if (column.required) required.push(name);
  }
  return Object.freeze({ types: Object.freeze(types), required: Object.freeze(required) });
}

export const HOUSEHOLD_COLUMNS = columnsOf(HouseholdSchema);
export const LOAN_COLUMNS = columnsOf(LoanSchema);

/** Turns a cell into what the schema expects; an empty (or blank) cell is an absent field. */
export function convertCell(cell: string, type: CellType): unknown {
  // Blank is what trim() removes: ASCII spaces and controls, and the full-width (U+3000) and no-break (U+00A0)
  // spaces of Chinese spreadsheets; a cell starting with anything else is not blank, so it is not trimmed.
  const first = cell.charCodeAt(0);
  if (cell === '' || ((first <= 32 || first >= 0xa0) && cell.trim() === '')) return undefined;
  if (type === 'boolean') {
    const b = BOOLEANS[cell.trim().toLowerCase()];
    return b ?? cell;
  }
  if (type === 'integer') return /^\s*\d+\s*$/.test(cell) ? Number(cell) : cell;
  return cell;
}

/** A header row that cannot be read: a required column missing or a known column repeated. */
export class HeaderError extends Error {}

/**
 * Reads a header row: each cell's field name, or `null` for a column the records do not have (ignored).
 * Throws HeaderError naming the file when a required column is missing or a known one repeats.
 */
export function readHeader(cells: readonly string[], columns: Columns, file: string): (string | null)[] {
  const names = cells.map((c) => c.trim());
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n) && n in columns.types) throw new HeaderError(`${file}: column '${n}' appears twice`);
    seen.add(n);
  }
  const missing = columns.required.filter((r) => !names.includes(r));
  if (missing.length) throw new HeaderError(`${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  return names.map((n) => (n in columns.types ? n : null));
}

/**
 * A row's record: every field of `columns`, in one order (absent ones undefined) — one object shape for a
 * million rows keeps the validators' property access fast — filled from the cells under a known header.
 */
export function recordOf(header: readonly (string | null)[], cells: readonly string[], columns: Columns): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const name in columns.types) record[name] = undefined;
  for (let i = 0; i < header.length && i < cells.length; i++) {
    const name = header[i];
    if (name) record[name] = convertCell(cells[i]!, columns.types[name]!);
  }
  return record;
}
