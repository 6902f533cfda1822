/**
 * An .xlsx copy of CSV households and loans, as a bank's Excel would hold them: numbers as numbers,
 * dates as Excel dates (UTC midnight serials under a date format), booleans as booleans; anything a CSV
 * holds that is not a clean value of its kind stays text, so a bad row stays bad.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Columns } from '../../src/audit/rows.js';

const DATE_FIELDS = new Set(['contractDate', 'maturityDate', 'deferredTo']);
const BOOLEANS: Record<string, boolean> = { true: true, false: false, '1': true, '0': false, 是: true, 否: false };

/** A CSV cell as an Excel cell value of its kind. */
export function excelValue(field: string, text: string, columns: Columns): string | number | boolean | Date | null {
  if (text === '') return null;
  if (columns.types[field] === 'boolean' && text in BOOLEANS) return BOOLEANS[text]!;
  if (DATE_FIELDS.has(field) && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const d = new Date(`${text}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text) return d;
  }
  // A number when it reads back as the same value; ids with leading zeros and the like stay text.
  if (/^\d+(\.\d+)?$/.test(text) && Number(text) <= Number.MAX_SAFE_INTEGER && Number(text) === Number(String(Number(text)))) return Number(text);
  return text;
}

/** Adds a sheet holding a CSV file's rows, converted as `excelValue` says. */
export function addCsvSheet(book: ExcelJS.Workbook, name: string, csvPath: string, columns: Columns): ExcelJS.Worksheet {
  const rows: string[][] = parse(readFileSync(csvPath), { bom: true, relax_column_count: true });
  const sheet = book.addWorksheet(name);
  const header = rows[0]!;
  sheet.addRow(header);
  for (const cells of rows.slice(1)) {
    const row = sheet.addRow(cells.map((c, i) => excelValue(header[i] ?? '', c, columns)));
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    });
  }
  return sheet;
}
