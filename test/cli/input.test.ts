// The audit CLI's inputs as banks export them (issue 16, items 2, 5 and 6): encodings found, not guessed;
// headers in any letter case, in Chinese or mapped by --columns; bad rows (too many cells, a quote never
// closed, a repeated id, a closed loan that still owes) rejected and counted, never silently lost.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditInProcess } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'fupin-input-test-'));
const fixture = (f: string) => new URL(`../fixtures/cli/${f}`, import.meta.url).pathname;
const county = (f: string) => new URL(`../../examples/data/county/${f}`, import.meta.url).pathname;
let n = 0;
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, `${n++}-${name}`);
  writeFileSync(path, content);
  return path;
};

async function run(args: string[]) {
  const r = await auditInProcess([...args, '--as-of', '2020-12-31', '--lang', 'en'], join(dir, `out-${n++}.json`));
  return { code: r.code, stderr: r.stderr, json: r.text ? (JSON.parse(r.text) as Report) : null };
}

interface Report {
  meta: { files: Record<string, { encoding?: string; encodingFrom?: string; columns?: Record<string, string>; ignoredColumns?: string[] }> };
  summary: Record<string, number | string>;
  findings: { subject: string; ruleId: string; outcome: string }[];
  invalidRows: { file: string; line: number; field: string; code: string; message: string }[];
}

afterEach(() => vi.restoreAllMocks());

const GBK = { households: fixture('households-gbk.csv'), loans: fixture('loans-gbk.csv') };
/** What the GBK sample says, read right: 户002 is an edge household, 贷002 pays a bride price (彩礼). */
const GBK_SUMMARY = { households: 2, loans: 2, invalidRows: 0, eligibleHouseholds: 1, usageViolations: 1, deferralEligibleLoans: 1 };

describe('encodings found, not guessed (item 2)', () => {
  it('reads the GBK sample without --encoding, right, and says in meta that it found GB18030', async () => {
    const r = await run(['--households', GBK.households, '--loans', GBK.loans, '--all']);
    expect(r.code).toBe(0);
    expect(r.json!.summary).toMatchObject(GBK_SUMMARY);
    expect(r.json!.findings.some((f) => f.subject === '贷001')).toBe(true);
    for (const role of ['households', 'loans']) expect(r.json!.meta.files[role]).toMatchObject({ encoding: 'gb18030', encodingFrom: 'detected' });
  });

  it('reads a mixed pair: GBK households, UTF-8 loans with a BOM, each found on its own', async () => {
    const loans = file('loans.csv', `\uFEFF${new TextDecoder('gbk').decode(readFileSync(GBK.loans))}`);
    const r = await run(['--households', GBK.households, '--loans', loans]);
    expect(r.code).toBe(0);
    expect(r.json!.summary).toMatchObject(GBK_SUMMARY);
    expect(r.json!.meta.files.households).toMatchObject({ encoding: 'gb18030', encodingFrom: 'detected' });
    expect(r.json!.meta.files.loans).toMatchObject({ encoding: 'utf-8', encodingFrom: 'bom' });
  });

  it('--encoding sets both files; --loans-encoding one, over it; the flag is echoed', async () => {
    const r = await run(['--households', GBK.households, '--loans', GBK.loans, '--encoding', 'gbk']);
    expect(r.json!.summary).toMatchObject(GBK_SUMMARY);
    expect(r.json!.meta.files.loans).toMatchObject({ encoding: 'gbk', encodingFrom: 'flag' });
    const utf8Loans = file('loans-utf8.csv', new TextDecoder('gbk').decode(readFileSync(GBK.loans)));
    const mixed = await run(['--households', GBK.households, '--loans', utf8Loans, '--encoding', 'gbk', '--loans-encoding', 'utf8']);
    expect(mixed.json!.summary).toMatchObject(GBK_SUMMARY);
    expect(mixed.json!.meta.files.loans).toMatchObject({ encoding: 'utf-8', encodingFrom: 'flag' });
  });

  it('reads UTF-16 with its byte-order mark', async () => {
    const text = new TextDecoder('gbk').decode(readFileSync(GBK.households));
    const households = file('households-utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = await run(['--households', households, '--loans', GBK.loans]);
    expect(r.json!.summary).toMatchObject(GBK_SUMMARY);
    expect(r.json!.meta.files.households).toMatchObject({ encoding: 'utf-16le', encodingFrom: 'bom' });
  });

  it('a file that is not in the encoding named is exit 2 with one line naming the flag, file and line — never a report of garbage', async () => {
    const r = await run(['--households', GBK.households, '--loans', GBK.loans, '--loans-encoding', 'utf8']);
    expect(r.code).toBe(2);
    expect(r.json).toBeNull();
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    // Line 2 of the loans holds the first Chinese text.
    expect(r.stderr).toMatch(/--loans .*loans-gbk\.csv is not valid UTF-8 \(line 2, byte \d+\)/);
  });

  it('a file that decodes under neither UTF-8 nor GB18030 is exit 2 naming where each failed', async () => {
    // 0xFF is no lead byte in either; a NUL is not CSV text (a binary file, or UTF-16 without its mark).
    const bad = file(
      'bad.csv',
      Buffer.concat([Buffer.from('id,povertyStatus,onPovertyOfficeList\nH1,none,true\nH2,'), Buffer.from([0xff, 0x41]), Buffer.from(',true\n')]),
    );
    const r = await run(['--households', bad, '--loans', GBK.loans]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /--households .*bad\.csv decodes neither as UTF-8 \(line 3, byte 53\) nor as GB18030\/GBK \(line 3, byte 53\): name its encoding with --households-encoding/,
    );
    const utf16 = file('no-bom-utf16.csv', Buffer.from('id,povertyStatus,onPovertyOfficeList\nH1,none,true\n', 'utf16le'));
    expect((await run(['--households', utf16, '--loans', GBK.loans])).stderr).toMatch(/decodes neither as UTF-8 \(line 1, byte 1\)/);
  });

  it('an unknown encoding flag value is exit 2 naming the flag', async () => {
    const r = await run(['--households', GBK.households, '--loans', GBK.loans, '--households-encoding', 'big5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--households-encoding must be one of utf8, utf-8, gbk, gb18030/);
  });
});

const HOUSEHOLDS_EN =
  'id,povertyStatus,onPovertyOfficeList,hasIndustrialDevelopmentConditions,hasLaborCapacity,region\nH1,registered_poor,true,,,R1\nH2,monitored_edge,true,true,false,R2\n';
const LOANS_EN =
  'id,householdId,kind,principal,outstanding,contractDate,maturityDate,status,purpose,usedBy,overdueDays,classification,collectionAttempted\n' +
  'L1,H1,new,30000,30000.00,2019-06-01,2020-06-01,active,养殖肉牛,household,120,substandard,true\n' +
  'L2,H2,renewal,20000,0,2019-06-01,2020-06-01,closed,娶媳妇彩礼,enterprise,,normal,\n' +
  'L3,H2,top_up,5000,5000,2020-01-01,2021-01-01,,娶媳妇彩礼,enterprise,,special_mention,\n';
const HOUSEHOLDS_ZH = '农户编号,贫困户类型,扶贫部门名单,具备产业发展条件,有劳动能力,乡镇\nH1,建档立卡贫困户,是,,,R1\nH2,边缘户,是,是,否,R2\n';
const LOANS_ZH =
  '借据号,借款户编号,贷款类型,合同金额（元）,贷款余额(元),合同日期,到期日,贷款状态,贷款用途,实际使用人,逾期天数,五级分类,是否清收\n' +
  'L1,H1,新增,30000,30000.00,2019-06-01,2020-06-01,在贷,养殖肉牛,本户,120,次级,是\n' +
  'L2,H2,续贷,20000,0,2019-06-01,2020-06-01,结清,娶媳妇彩礼,企业,,正常,\n' +
  'L3,H2,追加,5000,5000,2020-01-01,2021-01-01,,娶媳妇彩礼,企业,,关注,\n';
const POLICY = county('policy.json');

describe('headers as banks write them (item 5)', () => {
  it('Chinese headers and Chinese enum values give the very report the field names and codes give', async () => {
    const en = await run(['--households', file('h.csv', HOUSEHOLDS_EN), '--loans', file('l.csv', LOANS_EN), '--policy', POLICY, '--all']);
    const zh = await run(['--households', file('h.csv', HOUSEHOLDS_ZH), '--loans', file('l.csv', LOANS_ZH), '--policy', POLICY, '--all']);
    expect(en.code).toBe(0);
    expect(zh.code).toBe(0);
    expect(en.json!.summary).toMatchObject({ households: 2, loans: 3, invalidRows: 0, activeLoans: 2, compensationTriggeredLoans: 1, usageViolations: 1 });
    expect(zh.json!.summary).toStrictEqual(en.json!.summary);
    expect(zh.json!.findings).toStrictEqual(en.json!.findings);
    // The mapping used is echoed: each header as written, and the field it was read as.
    expect(zh.json!.meta.files.loans!.columns).toMatchObject({
      借据号: 'id',
      '合同金额（元）': 'principal',
      '贷款余额(元)': 'outstanding',
      五级分类: 'classification',
    });
    expect(zh.json!.meta.files.households!.columns).toMatchObject({ 农户编号: 'id', 乡镇: 'region' });
  });

  it('reads field names in any letter case, and snake case', async () => {
    const households = file('h.csv', HOUSEHOLDS_EN.replace('id,povertyStatus,onPovertyOfficeList', 'ID,POVERTYSTATUS,on_poverty_office_list'));
    const loans = file('l.csv', LOANS_EN.replace('id,householdId,kind,principal', 'Id,HouseholdID,Kind,Principal'));
    const r = await run(['--households', households, '--loans', loans]);
    expect(r.code).toBe(0);
    expect(r.json!.summary).toMatchObject({ households: 2, loans: 3, invalidRows: 0 });
    expect(r.json!.meta.files.loans!.columns).toMatchObject({ Id: 'id', HouseholdID: 'householdId', Principal: 'principal' });
  });

  it('a unit other than yuan (万元) is not read as yuan: the column is missing, and the closest header is named', async () => {
    const loans = file('l.csv', LOANS_ZH.replace('合同金额（元）', '合同金额(万元)'));
    const r = await run(['--households', file('h.csv', HOUSEHOLDS_ZH), '--loans', loans]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/missing column principal \(or 合同金额 \/ 发放金额; closest header found: '合同金额\(万元\)'\); a --columns FILE can name it/);
  });

  it('--columns FILE maps any other header (per file, or for both), can leave a column unread, and is echoed in meta', async () => {
    const loans = file('l.csv', LOANS_EN.replace('id,householdId,', '贷款账号,客户号,').replace(',status,', ',状态说明,'));
    const households = file('h.csv', HOUSEHOLDS_EN.replace('id,', '客户号,'));
    const map = file('columns.json', JSON.stringify({ households: { 客户号: 'id' }, loans: { 贷款账号: 'id', 客户号: 'householdId', 状态说明: 'status' } }));
    const r = await run(['--households', households, '--loans', loans, '--columns', map]);
    expect(r.code).toBe(0);
    expect(r.json!.summary).toMatchObject({ households: 2, loans: 3, invalidRows: 0, activeLoans: 2 });
    expect(r.json!.meta.files.loans!.columns).toMatchObject({ 贷款账号: 'id', 客户号: 'householdId', 状态说明: 'status' });
    expect(r.json!.meta.files.columns).toMatchObject({ path: map });
    // Two headers both read as principal are refused; null leaves one unread.
    const twice = file(
      'l2.csv',
      LOANS_EN.replace('principal,', 'principal,合同金额,')
        .replace(/,30000,/, ',30000,1,')
        .replace(/,20000,/, ',20000,1,')
        .replace(/,5000,/, ',5000,1,'),
    );
    const refused = await run(['--households', file('h.csv', HOUSEHOLDS_EN), '--loans', twice]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/columns 'principal' and '合同金额' are both read as principal/);
    const unread = await run(['--households', file('h.csv', HOUSEHOLDS_EN), '--loans', twice, '--columns', file('c.json', '{"合同金额": null}')]);
    expect(unread.code).toBe(0);
    expect(unread.json!.meta.files.loans!.ignoredColumns).toEqual(['合同金额']);
  });

  it('a --columns FILE naming no field, or a header in neither file, is exit 2 naming it', async () => {
    const h = file('h.csv', HOUSEHOLDS_EN);
    const l = file('l.csv', LOANS_EN);
    const notAField = await run(['--households', h, '--loans', l, '--columns', file('c.json', '{"客户号": "householdID2"}')]);
    expect(notAField.code).toBe(2);
    expect(notAField.stderr).toMatch(/--columns .*c\.json: '客户号': "householdID2" is not a field of households or loans \(closest: householdId\)/);
    const absent = await run(['--households', h, '--loans', l, '--columns', file('c.json', '{"loans": {"贷款账号": "id"}}')]);
    expect(absent.code).toBe(2);
    expect(absent.stderr).toMatch(/--columns .*c\.json: no header '贷款账号' in .*l\.csv/);
  });
});

describe('bad data found (item 6)', () => {
  const H = 'id,povertyStatus,onPovertyOfficeList\nH1,registered_poor,true\n';
  const HEAD = 'id,householdId,kind,principal,outstanding,contractDate,maturityDate,purpose\n';
  const row = (id: string, purpose = '养牛') => `${id},H1,new,10000,10000,2020-07-01,2022-07-01,${purpose}\n`;

  it('a row with more cells than the header is a rejected row, and the rows around it stand', async () => {
    // An unquoted comma in the purpose shifts a cell past the header.
    const r = await run(['--households', file('h.csv', H), '--loans', file('l.csv', HEAD + row('L1') + row('L2', '养牛,买饲料') + row('L3'))]);
    expect(r.json!.summary).toMatchObject({ loans: 2, invalidRows: 1 });
    expect(r.json!.invalidRows).toMatchObject([
      {
        line: 3,
        field: '(row)',
        code: 'type',
        message: "has 9 cells, more than the header's 8 columns (a comma outside quotes?), so no cell can be trusted to its column",
      },
    ]);
  });

  it('a quote never closed is reported with the lines it took in, and the valid loans after it are read, not lost', async () => {
    const text = HEAD + row('L1') + row('L2', '"养牛') + row('L3') + row('L4') + row('L5', '"买饲料,种子"') + row('L6');
    const r = await run(['--households', file('h.csv', H), '--loans', file('l.csv', text)]);
    expect(r.code).toBe(0);
    // Line 3's quote is closed by line 6's opening quote, which is followed by text: it took in lines 3–6.
    expect(r.json!.invalidRows).toMatchObject([
      {
        line: 3,
        field: '(row)',
        message: 'a quote opened on line 3 is never closed properly: it took in lines 3–6; the lines after line 3 are read again as rows',
      },
    ]);
    expect(r.json!.summary).toMatchObject({ loans: 5, invalidRows: 1 });
    const atEnd = await run(['--households', file('h.csv', H), '--loans', file('l.csv', HEAD + row('L1') + row('L2', '"养牛') + row('L3') + row('L4'))]);
    expect(atEnd.json!.invalidRows.map((i) => `${i.line}: ${i.message}`)).toEqual([
      '3: a quote opened on line 3 is never closed properly: it took in lines 3–5; the lines after line 3 are read again as rows',
    ]);
    expect(atEnd.json!.summary).toMatchObject({ loans: 3, invalidRows: 1 });
  });

  it('a quoted purpose with a line break in it is one row, as before', async () => {
    const r = await run(['--households', file('h.csv', H), '--loans', file('l.csv', HEAD + row('L1', '"养牛,\r\n买饲料"') + row('L2'))]);
    expect(r.json!.summary).toMatchObject({ loans: 2, invalidRows: 0 });
  });

  it('a repeated loan id is a rejected row naming the first copy; the first copy stands', async () => {
    const r = await run(['--households', file('h.csv', H), '--loans', file('l.csv', HEAD + row('L1') + row('L2') + row('L1') + row('L1'))]);
    expect(r.json!.summary).toMatchObject({ loans: 2, invalidRows: 2, activeLoans: 2 });
    expect(r.json!.invalidRows.map((i) => `${i.line}:${i.field}:${i.code}:${i.message}`)).toEqual([
      "4:id:range:repeats the id 'L1' of line 2",
      "5:id:range:repeats the id 'L1' of line 2",
    ]);
  });

  it('a closed loan with money outstanding is a rejected row; a closed loan at 0 is not', async () => {
    const head = 'id,householdId,kind,principal,outstanding,contractDate,maturityDate,status\n';
    const loans = `${head}L1,H1,new,10000,2500.5,2019-07-01,2020-07-01,结清\nL2,H1,new,10000,0.00,2019-07-01,2020-07-01,closed\n`;
    const r = await run(['--households', file('h.csv', H), '--loans', file('l.csv', loans)]);
    expect(r.json!.summary).toMatchObject({ loans: 1, invalidRows: 1, activeLoans: 0 });
    expect(r.json!.invalidRows).toMatchObject([
      { line: 2, field: 'outstanding', code: 'range', message: 'is 2500.50 on a closed loan: a closed loan owes nothing' },
    ]);
  });

  it('the sample county rejects only its deliberate bad rows', async () => {
    const r = await run(['--households', county('households.csv'), '--loans', county('loans.csv'), '--policy', POLICY]);
    const text = readFileSync(county('loans.csv'), 'utf8').split(/\r?\n/);
    const loans = r.json!.invalidRows.filter((i) => i.file.endsWith('loans.csv'));
    expect(new Set(loans.map((i) => text[i.line - 1]!.split(',')[0]))).toEqual(
      new Set(['LN-BAD-DATE', 'LN-BAD-MONEY', 'LN-BAD-FEN', 'LN-BAD-KIND', 'LN-NO-HOUSEHOLD', 'LN-BAD-DAYS', 'LN-BAD-CLOSED', 'LN-BAD-REPEAT']),
    );
    expect(loans.filter((i) => i.message.includes('closed loan'))).toHaveLength(1);
    expect(loans.filter((i) => i.message.startsWith('repeats the id'))).toHaveLength(1);
    // Every closed loan of the sample owes nothing but the deliberate one.
    const header = text[0]!.split(',');
    const closedOwing = text.slice(1).filter((l) => {
      const cells = l.split(',');
      return cells[header.indexOf('status')] === 'closed' && Number(cells[header.indexOf('outstanding')]) > 0;
    });
    expect(closedOwing.map((l) => l.split(',')[0])).toEqual(['LN-BAD-CLOSED']);
  });
});
