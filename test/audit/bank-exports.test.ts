// Headers and values as Chinese bank exports write them (src/audit/bank-exports.ts, read by src/audit/rows.ts):
// every word names a field or code the schemas have, each header is read as its field in any letter case, a
// column map names the rest, and a missing column names the closest header.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  CHINESE_HEADERS,
  CHINESE_VALUES,
  columnsOf,
  convertCell,
  HeaderError,
  headerKey,
  HOUSEHOLD_COLUMNS,
  LOAN_COLUMNS,
  matchHeader,
  readColumnMap,
  readRow,
  recordOf,
} from '../../src/audit/index.js';

const FILES = { households: HOUSEHOLD_COLUMNS, loans: LOAN_COLUMNS };

describe('the words, held against the schemas', () => {
  it('each Chinese header is read as its field, and no header names two fields of one file', () => {
    for (const [file, headers] of Object.entries(CHINESE_HEADERS) as [keyof typeof FILES, Record<string, readonly string[]>][]) {
      const columns = FILES[file];
      const all = Object.values(headers).flat();
      expect(new Set(all.map(headerKey)).size, file).toBe(all.length);
      for (const [field, names] of Object.entries(headers)) {
        expect(columns.types, `${file}.${field}`).toHaveProperty(field);
        for (const name of names) expect(matchHeader([name], { ...columns, required: [] }, file).fields, name).toEqual([field]);
      }
    }
  });

  it('the glossary gives every field of both files a Chinese header', () => {
    for (const [file, columns] of Object.entries(FILES))
      expect(Object.keys(CHINESE_HEADERS[file as keyof typeof FILES]).sort(), file).toEqual(Object.keys(columns.types).sort());
  });

  it('each Chinese value is read as its code in a record', () => {
    const cases: [string, string, string][] = [
      ['povertyStatus', '建档立卡贫困户', 'registered_poor'],
      ['povertyStatus', '边缘人口', 'monitored_edge'],
      ['povertyStatus', ' 非贫困户 ', 'none'],
      ['kind', '展期', 'extension'],
      ['status', '结清', 'closed'],
      ['classification', '损失', 'loss'],
      ['usedBy', '政府融资平台', 'government_platform'],
      ['repaidBy', '本户', 'household'],
    ];
    for (const [field, word, code] of cases) {
      const columns = field === 'povertyStatus' ? HOUSEHOLD_COLUMNS : LOAN_COLUMNS;
      expect(recordOf([field], [word], columns)[field], word).toBe(code);
    }
    // The codes themselves, and words of no value, are passed on as written for the schema to judge.
    expect(recordOf(['status'], ['active'], LOAN_COLUMNS).status).toBe('active');
    expect(recordOf(['status'], ['已结清'], LOAN_COLUMNS).status).toBe('已结清');
    expect(recordOf(['purpose'], ['结清'], LOAN_COLUMNS).purpose).toBe('结清');
    expect(convertCell('结清', 'text')).toBe('结清');
    for (const [field, words] of Object.entries(CHINESE_VALUES))
      for (const [word, code] of Object.entries(words))
        expect(convertCell(word, 'text', LOAN_COLUMNS.values[field] ?? HOUSEHOLD_COLUMNS.values[field])).toBe(code);
  });

  it('columnsOf refuses a header for a field, or a word for a code, the schema does not have', () => {
    const schema = z.object({ id: z.string(), status: z.enum(['active', 'closed']).nullish() });
    expect(() => columnsOf(schema, { headers: { identifier: ['编号'] } })).toThrow(/'identifier'/);
    expect(() => columnsOf(schema, { values: { status: { 作废: 'void' } } })).toThrow(/'作废' for status names 'void'/);
    expect(columnsOf(schema, { values: { status: { 在贷: 'active' }, kind: { 新增: 'new' } } }).values).toEqual({ status: { 在贷: 'active' } });
  });
});

describe('matchHeader', () => {
  it('reads field names in any case, spaces, _ and - aside, full-width letters, and a unit of 元 or 天 dropped', () => {
    expect(headerKey(' House_hold-ID ')).toBe('householdid');
    expect(headerKey('ＩＤ')).toBe('id');
    expect(headerKey('逾期天数（天）')).toBe('逾期天数');
    expect(headerKey('合同金额(万元)')).toBe('合同金额(万元)');
    const match = matchHeader(['贷款编号', 'HOUSEHOLDID', 'Kind', '合同金额（元）', '贷款余额', '签订日期', '到期日期', '备注', ''], LOAN_COLUMNS, 'l.csv');
    expect(match.fields).toEqual(['id', 'householdId', 'kind', 'principal', 'outstanding', 'contractDate', 'maturityDate', null, null]);
    expect(match.columns).toEqual({
      贷款编号: 'id',
      HOUSEHOLDID: 'householdId',
      Kind: 'kind',
      '合同金额（元）': 'principal',
      贷款余额: 'outstanding',
      签订日期: 'contractDate',
      到期日期: 'maturityDate',
    });
    expect(match.ignored).toEqual(['备注', '']);
  });

  it('the same Chinese header is a different field in each file (农户编号: the household id, or the loan’s household)', () => {
    expect(matchHeader(['农户编号'], { ...HOUSEHOLD_COLUMNS, required: [] }, 'h.csv').fields).toEqual(['id']);
    expect(matchHeader(['农户编号'], { ...LOAN_COLUMNS, required: [] }, 'l.csv').fields).toEqual(['householdId']);
  });

  it('two columns read as one field are refused, naming both', () => {
    expect(() => matchHeader(['id', '户编号', 'povertyStatus', 'onPovertyOfficeList'], HOUSEHOLD_COLUMNS, 'h.csv')).toThrow(
      new HeaderError("h.csv: columns 'id' and '户编号' are both read as id"),
    );
  });

  it('a column map comes first: it names other headers, overrides a known one, or leaves a column unread', () => {
    const maps = readColumnMap({ 客户号: 'id', 户类型: null, 名单: 'onPovertyOfficeList', 类别: 'povertyStatus' }, FILES);
    const match = matchHeader(['客户号', '户类型', '类别', '名单'], HOUSEHOLD_COLUMNS, 'h.csv', maps.households);
    expect(match.fields).toEqual(['id', null, 'povertyStatus', 'onPovertyOfficeList']);
    expect(match.mapped).toEqual(['客户号', '户类型', '类别', '名单']);
    // Map keys are compared as headers are.
    expect(readColumnMap({ 'Cust No': 'id' }, FILES).households.get('custno')).toEqual({ header: 'Cust No', field: 'id' });
  });
});

describe('readColumnMap', () => {
  it('a flat map applies to each file that has the field; a per-file map to that file only', () => {
    const flat = readColumnMap({ 客户号: 'householdId', 编号: 'id' }, FILES);
    expect([...flat.households.keys()]).toEqual(['编号']);
    expect([...flat.loans.keys()]).toEqual(['客户号', '编号']);
    expect(flat.entries).toEqual([
      { header: '客户号', files: ['loans'] },
      { header: '编号', files: ['households', 'loans'] },
    ]);
    const perFile = readColumnMap({ loans: { 编号: 'id' } }, FILES);
    expect(perFile.households.size).toBe(0);
    expect(perFile.entries).toEqual([{ header: '编号', files: ['loans'] }]);
  });

  it('refuses what is not a map of headers to fields, naming the entry and the closest field', () => {
    expect(() => readColumnMap([], FILES)).toThrow(HeaderError);
    expect(() => readColumnMap({ 余额: 'outstandng' }, FILES)).toThrow(
      new HeaderError(`'余额': "outstandng" is not a field of households or loans (closest: outstanding); null leaves a column unread`),
    );
    expect(() => readColumnMap({ households: { 余额: 'outstanding' } }, FILES)).toThrow(/households\.'余额': "outstanding" is not a field of households/);
    expect(() => readColumnMap({ 余额: 3 }, FILES)).toThrow(/'余额': 3 is not a field/);
    expect(() => readColumnMap({ 'A B': 'id', ab: 'region' }, FILES)).toThrow(/'ab' is given twice/);
  });
});

describe('readRow', () => {
  it('a row with more cells than the header is a fault, even when the extra cells are empty; fewer cells are absent fields', () => {
    const header = matchHeader(['id', 'povertyStatus', 'onPovertyOfficeList'], HOUSEHOLD_COLUMNS, 'h.csv');
    expect(readRow(header, ['H1', 'none', 'true', ''], HOUSEHOLD_COLUMNS)).toEqual({ fault: { kind: 'cells', cells: 4, header: 3 } });
    expect(readRow(header, ['H1', 'none'], HOUSEHOLD_COLUMNS)).toMatchObject({ record: { id: 'H1', povertyStatus: 'none', onPovertyOfficeList: undefined } });
  });
});
