/**
 * Reading a sheet of an Excel workbook (.xlsx) from disk: streamed row by row through exceljs's
 * WorkbookReader, so a workbook of 100,000 loans is never held in memory. Each row becomes the texts a CSV
 * export of it would hold as src/app/xlsx-rows.ts says (the offline page loads workbooks whole instead:
 * exceljs's browser build has no streaming reader).
 */
import { excel } from '../app/exceljs.js';
import { chosenSheet, noSuchSheet, type SheetRow, sheetRowOf, type WorkbookRow, XlsxError } from '../app/xlsx-rows.js';

interface StreamSheet extends AsyncIterable<WorkbookRow> {
  readonly name: string;
  readonly state?: string;
  /** What exceljs reads the sheet from: a zip entry, or the temporary file of a sheet it deferred (a file stream). */
  readonly iterator?: unknown;
}

/**
 * Lets a sheet go unread. A sheet that came before the shared strings was copied to a temporary file, which
 * exceljs deletes as soon as the next sheet is asked for — possibly before the stream it made on that file has
 * opened it, whose ENOENT then has no listener and ends the process (seen once in CI, reading the second sheet of
 * a workbook). The stream is closed here, and any error it still has is its own.
 */
function letGo(sheet: StreamSheet): void {
  const stream = sheet.iterator as { on?: (event: 'error', listener: () => void) => unknown; destroy?: () => unknown } | undefined;
  if (typeof stream?.on !== 'function') return;
  stream.on('error', () => undefined);
  stream.destroy?.();
}

interface BookModel {
  readonly sheets?: readonly { readonly name: string; readonly state?: string }[];
}
interface Reader extends AsyncIterable<StreamSheet> {
  model?: BookModel;
  properties?: { model?: { date1904?: boolean } };
  styles: unknown;
  stream?: { destroy(): void };
  on(event: 'entry', listener: (entry: { type: string }) => void): void;
}

async function reader(path: string, styles?: unknown): Promise<Reader> {
  const r = new (await excel()).stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Dates are numbers under a date format: the styles must be read to tell them apart.
    styles: styles ? 'ignore' : 'cache',
    entries: 'emit',
  }) as unknown as Reader;
  if (styles) r.styles = styles;
  return r;
}

/** How many times a read that lost the race for the workbook part is started again. */
const RACE_RETRIES = 3;

/** Whether an error is exceljs's reading a sheet before the workbook part it needs (the model not yet loaded). */
export function lostWorkbookPart(e: unknown): boolean {
  return e instanceof TypeError && /reading 'sheets'|property 'sheets'/.test(e.message);
}

/**
 * The rows of one sheet, streamed: the sheet named `wanted`, or the first visible one. Throws XlsxError
 * when the file is not a workbook or has no such sheet, before any row when it can.
 *
 * exceljs tells dates from numbers only with the styles in hand. A workbook whose styles come after the
 * sheet in the archive (rare: Excel, WPS, LibreOffice and exceljs write them first, or write the shared
 * strings late, which makes exceljs read the sheets last) is read twice: the first pass only collects
 * the styles.
 */
export async function* sheetRows(path: string, wanted: string | undefined, onSheet?: (name: string) => void): AsyncGenerator<SheetRow> {
  let styles: unknown;
  let raced = 0;
  let yielded = false;
  for (let pass = 0; pass < 2; pass++) {
    const r = await reader(path, styles);
    const seen = { styles: false }; // set by the reader's entry events
    let deferred = false;
    const names: string[] = [];
    r.on('entry', (e) => {
      if (e.type === 'styles') seen.styles = true;
    });
    try {
      for await (const sheet of r) {
        names.push(sheet.name);
        const order = r.model?.sheets ?? [];
        const target = chosenSheet(order, wanted) ?? sheet.name;
        if (sheet.name !== target) {
          letGo(sheet);
          continue;
        }
        if (!seen.styles && pass === 0) {
          letGo(sheet);
          deferred = true;
          continue;
        }
        onSheet?.(sheet.name);
        const system = r.properties?.model?.date1904 ? 1904 : 1900;
        for await (const row of sheet) {
          const read = sheetRowOf(row, system);
          if (read) {
            yielded = true;
            yield read;
          }
        }
        return;
      }
    } catch (e) {
      if (e instanceof XlsxError) throw e;
      // exceljs's streaming reader races on Node 18 and later (exceljs issue 3064): the workbook part, stored last in
      // the archive, is sometimes not yet read when a sheet needs its list of sheets, and the read throws before any
      // row (about one read in 300 here). The file is read again from the start; one that is truly unreadable fails
      // every time and is reported below.
      if (lostWorkbookPart(e) && !yielded && raced < RACE_RETRIES) {
        raced++;
        pass--;
        continue;
      }
      throw new XlsxError(`${path} is not a readable .xlsx workbook: ${(e as Error).message}`);
    } finally {
      r.stream?.destroy(); // the file, when the sheet was found before the end of the archive
    }
    if (!deferred) throw noSuchSheet(path, wanted, names);
    styles = r.styles;
  }
}
