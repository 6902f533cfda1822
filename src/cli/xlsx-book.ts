/**
 * The CLI's `--format xlsx` workbook, streamed: exceljs's WorkbookWriter writes one sheet of the archive at a
 * time into the report's output, waiting when the output asks, so memory does not grow with the findings.
 */
import { Writable } from 'node:stream';
import { excel, type ExcelJS } from '../app/exceljs.js';
import type { OpenBook } from '../app/formats/xlsx.js';
import type { Output } from '../app/report.js';

/** A Writable that passes the archive's bytes to the report's output, waiting when it asks. */
function sink(out: Output): Writable {
  if (!out.writeBytes) throw new Error('--format xlsx: this output takes text only');
  const writeBytes = out.writeBytes.bind(out);
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      try {
        const wait = writeBytes(chunk);
        if (wait)
          wait.then(() => {
            done();
          }, done);
        else done();
      } catch (e) {
        done(e as Error);
      }
    },
  });
}

export const streamedBook: OpenBook = async (out, date) =>
  new (await excel()).stream.xlsx.WorkbookWriter({
    stream: sink(out),
    useStyles: true,
    useSharedStrings: false,
    created: date,
    modified: date,
  } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0]);
