// The CSV reader (src/app/csv.ts) line by line: cells as RFC 4180 quotes them, every row at its first line,
// and every line accounted for when a quote is never closed — the row reported with the lines it took in,
// and those lines read again as rows.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOAN_COLUMNS } from '../../src/audit/rows.js';
import { CsvParser, MAX_QUOTED_LINES, readCsv, readCsvHeader } from '../../src/app/csv.js';
import { fileSource } from '../../src/cli/node-platform.js';

/** Parses text given in the chunks listed; returns each row as `line: cells` or `line: fault`. */
function parse(...chunks: string[]): string[] {
  const rows: string[] = [];
  const parser = new CsvParser((r) => rows.push(r.fault ? `${r.line}: ${JSON.stringify(r.fault)}` : `${r.line}: ${JSON.stringify(r.cells)}`));
  for (const c of chunks) parser.push(c);
  parser.end();
  return rows;
}

describe('CsvParser', () => {
  it('reads plain, quoted and empty cells, "" as a quote, CRLF or LF, and skips empty lines', () => {
    expect(parse('a,b,c\r\n1,"x,y",\r\n\r\n"say ""hi""",,3\n')).toEqual(['1: ["a","b","c"]', '2: ["1","x,y",""]', '4: ["say \\"hi\\"","","3"]']);
  });

  it('gives the same rows however the text is cut into chunks', () => {
    const text = 'a,b\n1,"two\r\nlines"\n3,"x"""\n4,5';
    const whole = parse(text);
    expect(whole).toEqual(['1: ["a","b"]', '2: ["1","two\\r\\nlines"]', '4: ["3","x\\""]', '5: ["4","5"]']);
    for (let i = 1; i < text.length; i++) expect(parse(text.slice(0, i), text.slice(i)), `cut at ${i}`).toEqual(whole);
  });

  it('reads a file whose lines end with CR only', () => {
    expect(parse('a,b\r1,2\r3,4\r')).toEqual(['1: ["a","b"]', '2: ["1","2"]', '3: ["3","4"]']);
  });

  it('a quote never closed to the end of the file: the row is reported with the lines it took in, and they are read again', () => {
    expect(parse('a,b\n1,"open\n2,x\n3,y\n')).toEqual(['1: ["a","b"]', '2: {"kind":"quote","from":2,"to":4}', '3: ["2","x"]', '4: ["3","y"]']);
  });

  it('a quote closed by a later quote followed by text, or making a row longer than the header, is never closed properly', () => {
    expect(parse('a,b\n1,"open\n2,x\n3,"y"\n')).toEqual(['1: ["a","b"]', '2: {"kind":"quote","from":2,"to":4}', '3: ["2","x"]', '4: ["3","y"]']);
    // The closing quote is followed by a comma, so the row has three cells under a header of two; read again,
    // line 3 opens a quote of its own that is never closed.
    expect(parse('a,b\n1,"open\n2,",z\n')).toEqual(['1: ["a","b"]', '2: {"kind":"quote","from":2,"to":3}', '3: {"kind":"quote","from":3,"to":3}']);
    expect(parse('a,b\n1,"open\n2,",z\n4,5\n')).toEqual([
      '1: ["a","b"]',
      '2: {"kind":"quote","from":2,"to":3}',
      '3: {"kind":"quote","from":3,"to":4}',
      '4: ["4","5"]',
    ]);
  });

  it('a closing quote followed by text on its own line is a fault of that line', () => {
    expect(parse('a,b\n1,"x"y\n2,z\n')).toEqual(['1: ["a","b"]', '2: {"kind":"quote","from":2,"to":2}', '3: ["2","z"]']);
  });

  it(`a quoted cell spanning ${MAX_QUOTED_LINES} lines is read as a quote never closed`, () => {
    const rows = parse(`a,b\n1,"${'x\n'.repeat(MAX_QUOTED_LINES)}"\n`);
    expect(rows[1]).toBe(`2: {"kind":"quote","from":2,"to":${MAX_QUOTED_LINES + 1}}`);
    expect(rows).toHaveLength(2 + MAX_QUOTED_LINES);
  });
});

describe('readCsv', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fupin-csv-test-'));
  const head = 'id,householdId,kind,principal,outstanding,contractDate,maturityDate\n';

  it('reads records and faults in order, each at its first line, and counts every row after the header', async () => {
    const path = join(dir, 'l.csv');
    writeFileSync(path, `${head}L1,H1,新增,1,1,2020-01-01,2021-01-01\nL2,H1,new,1,1,2020-01-01,2021-01-01,extra\n`);
    const rows: unknown[] = [];
    const count = await readCsv(fileSource(path), LOAN_COLUMNS, { encoding: 'utf-8' }, (r) => {
      rows.push(r.fault ?? { line: r.line, id: r.record.id, kind: r.record.kind });
    });
    expect(count).toBe(2);
    expect(rows).toEqual([
      { line: 2, id: 'L1', kind: 'new' },
      { kind: 'cells', cells: 8, header: 7 },
    ]);
  });

  it('waits for a row whose handling returns a promise before reading on', async () => {
    const path = join(dir, 'wait.csv');
    writeFileSync(path, head + Array.from({ length: 5 }, (_, i) => `L${i},H1,new,1,1,2020-01-01,2021-01-01\n`).join(''));
    const order: string[] = [];
    await readCsv(fileSource(path), LOAN_COLUMNS, { encoding: 'utf-8' }, async (r) => {
      order.push(`start ${r.line}`);
      await new Promise((resolve) => setTimeout(resolve, 1));
      order.push(`end ${r.line}`);
    });
    expect(order).toEqual(['start 2', 'end 2', 'start 3', 'end 3', 'start 4', 'end 4', 'start 5', 'end 5', 'start 6', 'end 6']);
  });

  it('readCsvHeader reads the header only; a file without one is a HeaderError', async () => {
    const path = join(dir, 'h.csv');
    writeFileSync(path, `\n${head.toUpperCase()}`);
    expect((await readCsvHeader(fileSource(path), LOAN_COLUMNS, { encoding: 'utf-8' })).fields).toEqual(Object.keys(LOAN_COLUMNS.types).slice(0, 7));
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '\r\n\r\n');
    await expect(readCsvHeader(fileSource(empty), LOAN_COLUMNS, { encoding: 'utf-8' })).rejects.toThrow(/empty\.csv: no header row/);
  });
});
