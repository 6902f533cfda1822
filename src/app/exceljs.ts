/**
 * exceljs, loaded when a workbook is read or written, not before: it takes a fifth of a second to load, which every
 * CSV-only run (and every thread of `--workers`) would otherwise pay.
 */
import type ExcelJS from 'exceljs';

export type { ExcelJS };

/** The exceljs module. */
export async function excel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
