// Spreadsheet rows to records (src/audit/rows.ts), shared by the CLI and a web page: each schema field is a
// column of its cell type, required where the schema requires it; cells are converted, never judged; a
// header names each cell's field or ignores it.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { columnsOf, convertCell, HeaderError, HOUSEHOLD_COLUMNS, LOAN_COLUMNS, matchHeader, readHeader, recordOf } from '../../src/audit/index.js';

describe('columns, read from the record schemas', () => {
  it('the household file: booleans where the schema reads true/false, id, status and office list required', () => {
    const { types, required } = HOUSEHOLD_COLUMNS;
    expect({ types, required }).toStrictEqual({
      types: {
        id: 'text',
        povertyStatus: 'text',
        onPovertyOfficeList: 'boolean',
        hasIndustrialDevelopmentConditions: 'boolean',
        hasLaborCapacity: 'boolean',
        region: 'text',
      },
      required: ['id', 'povertyStatus', 'onPovertyOfficeList'],
    });
  });

  it('the loan file: overdueDays the one integer column, the seven fields every loan has required', () => {
    const { types, required } = LOAN_COLUMNS;
    expect({ types, required }).toStrictEqual({
      types: {
        id: 'text',
        householdId: 'text',
        kind: 'text',
        principal: 'text',
        outstanding: 'text',
        contractDate: 'text',
        maturityDate: 'text',
        deferredTo: 'text',
        status: 'text',
        purpose: 'text',
        borrowedBy: 'text',
        usedBy: 'text',
        repaidBy: 'text',
        covidRepaymentDifficulty: 'boolean',
        overdueDays: 'integer',
        classification: 'text',
        collectionAttempted: 'boolean',
        region: 'text',
        lender: 'text',
      },
      required: ['id', 'householdId', 'kind', 'principal', 'outstanding', 'contractDate', 'maturityDate'],
    });
  });

  it('are frozen, so no caller can change what the next file is read with', () => {
    for (const c of [HOUSEHOLD_COLUMNS, LOAN_COLUMNS]) {
      expect(Object.isFrozen(c) && Object.isFrozen(c.types) && Object.isFrozen(c.required)).toBe(true);
    }
  });

  it('of any object schema: optional, nullable and nullish fields are not required; a custom check other than a day count is text', () => {
    const schema = z.object({
      a: z.string(),
      b: z.boolean().optional(),
      c: z.number().nullable(),
      d: z.boolean().nullish(),
      e: z.custom<string>(),
      f: z.custom<number>(() => true, { params: { check: 'dayCount' } }),
      g: z.custom<string>(() => true, { params: { check: 'money' } }).nullish(),
    });
    expect(columnsOf(schema)).toStrictEqual({
      types: { a: 'text', b: 'boolean', c: 'text', d: 'boolean', e: 'text', f: 'integer', g: 'text' },
      required: ['a', 'e', 'f'],
      headers: {},
      values: {},
    });
  });
});

describe('convertCell', () => {
  it('an empty or blank cell is an absent field, whatever its type — full-width and no-break spaces included', () => {
    for (const type of ['text', 'boolean', 'integer'] as const) {
      for (const cell of ['', ' ', '   ', '\t', ' \t ', '\r\n', '\u3000', '\u3000\u3000', '\u00a0', ' \u3000 ', '\ufeff']) {
        expect(convertCell(cell, type), `${type} ${JSON.stringify(cell)}`).toBeUndefined();
      }
    }
    // Text that only starts or ends with such a space is not blank.
    expect(convertCell('\u3000养牛', 'text')).toBe('\u3000养牛');
  });

  it('text is passed on as written, spaces included (the schema judges it)', () => {
    for (const cell of ['230183', ' 养殖肉牛 ', ' x', '0', 'false']) expect(convertCell(cell, 'text')).toBe(cell);
  });

  it('booleans as API.md writes them (true/false, 1/0, 是/否), in any case and with spaces around', () => {
    const cases: [string, boolean][] = [
      ['true', true],
      ['false', false],
      ['1', true],
      ['0', false],
      ['是', true],
      ['否', false],
      ['TRUE', true],
      [' False ', false],
      [' 是', true],
      ['否 ', false],
      ['\t1\t', true],
    ];
    for (const [cell, value] of cases) expect(convertCell(cell, 'boolean'), JSON.stringify(cell)).toBe(value);
  });

  it('a boolean cell that is none of those is passed on as text, for the schema to name', () => {
    for (const cell of ['yes', 'Y', '2', '对', 'true1', 't rue']) expect(convertCell(cell, 'boolean')).toBe(cell);
    // Names every object inherits are not booleans either: the cell is looked up in a Map, not an object.
    for (const cell of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(convertCell(cell, 'boolean')).toBe(cell);
  });

  it("an enum cell that is one of its words, spaces around allowed, is the word's code; anything else is passed on", () => {
    const words = { 新增: 'new', 续贷: 'renewal' };
    expect(convertCell('新增', 'text', words)).toBe('new');
    expect(convertCell(' 续贷\u3000', 'text', words)).toBe('renewal');
    for (const cell of ['new', '新 增', 'constructor', 'toString']) expect(convertCell(cell, 'text', words)).toBe(cell);
    // Spaces are allowed around a word, not around a code: the schema names ' new ' as no kind.
    expect(convertCell(' new ', 'text', words)).toBe(' new ');
    // Words that are not frozen are read as they are now.
    (words as Record<string, string>).展期 = 'extension';
    expect(convertCell('展期', 'text', words)).toBe('extension');
    expect(convertCell('续贷', 'text', HOUSEHOLD_COLUMNS.values.povertyStatus)).toBe('续贷');
    expect(convertCell('边缘户', 'text', HOUSEHOLD_COLUMNS.values.povertyStatus)).toBe('monitored_edge');
  });

  it('an integer cell of digits (spaces around allowed) is a number; anything else is passed on as text', () => {
    const numbers: [string, number][] = [
      ['90', 90],
      ['0', 0],
      [' 91 ', 91],
      ['\t200', 200],
      ['30\t', 30],
      ['007', 7],
    ];
    for (const [cell, value] of numbers) expect(convertCell(cell, 'integer'), JSON.stringify(cell)).toBe(value);
    for (const cell of ['x90', '90x', '9 0', '-1', '1.5', '1e3', '0x10', '九十', 'a 90', '90 a']) expect(convertCell(cell, 'integer'), cell).toBe(cell);
  });
});

describe('readHeader', () => {
  const HEADER = ['id', 'povertyStatus', 'onPovertyOfficeList', 'region'];

  it("names each cell's field, trimmed; a column the records do not have is null (ignored)", () => {
    expect(readHeader([' id', 'povertyStatus ', 'remarks', '\tonPovertyOfficeList\t', 'region'], HOUSEHOLD_COLUMNS, 'h.csv')).toEqual([
      'id',
      'povertyStatus',
      null,
      'onPovertyOfficeList',
      'region',
    ]);
  });

  it('a known column given twice (spaces aside) is refused, naming the file and the column', () => {
    expect(() => readHeader([...HEADER, ' region '], HOUSEHOLD_COLUMNS, 'h.csv')).toThrow(new HeaderError("h.csv: column 'region' appears twice"));
    expect(() => readHeader([...HEADER, 'id'], HOUSEHOLD_COLUMNS, 'in/h.csv')).toThrow(new HeaderError("in/h.csv: column 'id' appears twice"));
  });

  it('an unknown column given twice is ignored like any unknown column', () => {
    expect(readHeader([...HEADER, 'remarks', 'remarks'], HOUSEHOLD_COLUMNS, 'h.csv')).toEqual([...HEADER, null, null]);
  });

  it('a missing required column is refused, naming the file, every missing column, its other headers and the closest header left unread', () => {
    expect(() => readHeader(['id', 'povertyStatus', 'region'], HOUSEHOLD_COLUMNS, 'h.csv')).toThrow(
      new HeaderError('h.csv: missing column onPovertyOfficeList (or 扶贫部门名单 / 是否在扶贫部门名单; closest header found: none)'),
    );
    expect(() => readHeader(['id', 'region', '扶贫名单', '户别'], HOUSEHOLD_COLUMNS, 'h.csv')).toThrow(
      new HeaderError(
        "h.csv: missing columns povertyStatus (or 贫困户类型 / 户类型; closest header found: '户别'), onPovertyOfficeList (or 扶贫部门名单 / 是否在扶贫部门名单; closest header found: '扶贫名单')",
      ),
    );
    expect(() => readHeader([], LOAN_COLUMNS, 'l.csv')).toThrow(
      /^l\.csv: missing columns id \(.*\), householdId \(.*\), kind \(.*\), principal \(.*\), outstanding \(.*\), contractDate \(.*\), maturityDate \(or 到期日 \/ 到期日期; closest header found: none\)$/,
    );
  });

  it('optional columns may be left out', () => {
    expect(readHeader(['onPovertyOfficeList', 'id', 'povertyStatus'], HOUSEHOLD_COLUMNS, 'h.csv')).toEqual(['onPovertyOfficeList', 'id', 'povertyStatus']);
  });

  it('HeaderError is an Error, so a caller can tell a bad header from bad rows', () => {
    let thrown: unknown;
    try {
      readHeader(['id'], HOUSEHOLD_COLUMNS, 'h.csv');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(HeaderError);
    expect(thrown).toBeInstanceOf(Error);
  });
});

describe('recordOf', () => {
  // Read in each test, not here: code run outside a test makes its mutants static for Stryker (run by every test).
  const householdHeader = () => readHeader(['id', 'remarks', 'povertyStatus', 'onPovertyOfficeList', 'hasLaborCapacity'], HOUSEHOLD_COLUMNS, 'h.csv');

  it('has every field of the columns, in their order, absent ones undefined, each cell converted by its type', () => {
    const record = recordOf(householdHeader(), ['H1', 'a note', 'monitored_edge', '是', ' '], HOUSEHOLD_COLUMNS);
    expect(record).toStrictEqual({
      id: 'H1',
      povertyStatus: 'monitored_edge',
      onPovertyOfficeList: true,
      hasIndustrialDevelopmentConditions: undefined,
      hasLaborCapacity: undefined,
      region: undefined,
    });
    expect(Object.keys(record)).toEqual(Object.keys(HOUSEHOLD_COLUMNS.types));
  });

  it('a short row leaves the fields of its missing cells absent; cells past the header are ignored', () => {
    expect(recordOf(householdHeader(), ['H1', 'x', 'none'], HOUSEHOLD_COLUMNS)).toStrictEqual({
      id: 'H1',
      povertyStatus: 'none',
      onPovertyOfficeList: undefined,
      hasIndustrialDevelopmentConditions: undefined,
      hasLaborCapacity: undefined,
      region: undefined,
    });
    expect(recordOf(householdHeader(), ['H1', 'x', 'none', '0', '1', '230183', 'extra'], HOUSEHOLD_COLUMNS)).toStrictEqual({
      id: 'H1',
      povertyStatus: 'none',
      onPovertyOfficeList: false,
      hasIndustrialDevelopmentConditions: undefined,
      hasLaborCapacity: true,
      region: undefined,
    });
  });

  it("reads each row by its header as it is now: a header that is not matchHeader's (frozen) may change between rows", () => {
    const header = householdHeader();
    expect(recordOf(header, ['H1', 'x', 'none'], HOUSEHOLD_COLUMNS)).toMatchObject({ id: 'H1', povertyStatus: 'none', region: undefined });
    header[1] = 'region';
    expect(recordOf(header, ['H1', '230183', 'none'], HOUSEHOLD_COLUMNS)).toMatchObject({ id: 'H1', povertyStatus: 'none', region: '230183' });
    // matchHeader's is frozen, so one reading of it serves every row.
    expect(Object.isFrozen(matchHeader(['id', 'povertyStatus', 'onPovertyOfficeList'], HOUSEHOLD_COLUMNS, 'h.csv').fields)).toBe(true);
  });

  it('reads integer columns as numbers', () => {
    const loanHeader = readHeader(
      ['id', 'householdId', 'kind', 'principal', 'outstanding', 'contractDate', 'maturityDate', 'overdueDays'],
      LOAN_COLUMNS,
      'l.csv',
    );
    const record = recordOf(loanHeader, ['L1', 'H1', 'new', '50000', '10000.5', '2020-07-01', '2022-07-01', '91'], LOAN_COLUMNS);
    expect(record).toMatchObject({ id: 'L1', principal: '50000', outstanding: '10000.5', overdueDays: 91, covidRepaymentDifficulty: undefined });
  });
});
