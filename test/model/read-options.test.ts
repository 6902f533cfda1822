import { describe, expect, it } from 'vitest';
import { Issues } from '../../src/model/issues.js';
import { readDecisionDate, readLeadBanks, readOptions, readThresholds } from '../../src/model/read-options.js';

const TOO_EARLY = 'must be on or after 2020-06-29, the date 银保监发〔2020〕28号 was issued: the notices cannot decide an earlier date';

describe('reading options', () => {
  it('reads no options, or empty ones, as the defaults', () => {
    for (const none of [undefined, null, {}]) {
      const { options } = readOptions(none, new Issues());
      expect(options).toEqual({
        asOf: null,
        jurisdiction: 'HLJ',
        capBasis: 'outstanding',
        deferralDeadline: 'later_of_six_months_and_march_2021',
        edgeHouseholdDeferral: 'included',
        topUpRefusal: 'same_as_new',
      });
    }
  });

  it('takes each interpretation given, and the national top-up reading with the national jurisdiction', () => {
    const issues = new Issues();
    const { options } = readOptions(
      {
        asOf: '2021-01-04',
        jurisdiction: 'national',
        interpretations: { capBasis: 'principal', deferralDeadline: 'march_2021', edgeHouseholdDeferral: 'excluded' },
      },
      issues,
    );
    expect(issues.list).toEqual([]);
    expect(options).toEqual({
      asOf: '2021-01-04',
      jurisdiction: 'national',
      capBasis: 'principal',
      deferralDeadline: 'march_2021',
      edgeHouseholdDeferral: 'excluded',
      topUpRefusal: 'discretionary',
    });
    expect(readOptions({ interpretations: { topUpRefusal: 'discretionary' } }, new Issues()).options.topUpRefusal).toBe('discretionary');
    expect(readOptions({ asOf: '2021-01-04' }, new Issues()).options.asOf).toBe('2021-01-04');
  });

  it("returns a decision's own keys raw, and nothing extra without them", () => {
    const keys = Object.freeze(['existingLoans']);
    expect(readOptions({ existingLoans: [1] }, new Issues(), keys).extra.existingLoans).toEqual([1]);
    expect(readOptions({ jurisdiction: 'HLJ' }, new Issues()).extra).toEqual({});
  });

  it('refuses a decision date before 28号 was issued, whether an option or an argument', () => {
    const issues = new Issues();
    readOptions({ asOf: '2020-06-28' }, issues);
    expect(issues.list).toEqual([{ path: 'options.asOf', code: 'range', message: TOO_EARLY }]);
    expect(readOptions({ asOf: '2020-06-29' }, new Issues()).options.asOf).toBe('2020-06-29');
    const arg = new Issues();
    expect(readDecisionDate('2020-06-29', 'asOf', arg)).toBe('2020-06-29');
    expect(readDecisionDate('2020-06-28', 'asOf', arg)).toBeUndefined();
    expect(readDecisionDate(undefined, 'asOf', arg)).toBeUndefined();
    expect(readDecisionDate('2020-02-30', 'asOf', arg)).toBeUndefined();
    expect(arg.list.map((i) => [i.code, i.message])).toEqual([
      ['range', TOO_EARLY],
      ['required', 'is required'],
      ['date', "must be a real calendar date 'YYYY-MM-DD', got '2020-02-30'"],
    ]);
  });

  it('reads the thresholds given as decimals, and none for none', () => {
    expect(readThresholds(undefined, 'thresholds', new Issues())).toEqual({});
    const t = readThresholds({ overdueShare: '0.05', enterpriseUseOutstanding: 100000 }, 'thresholds', new Issues());
    expect(Object.keys(t)).toEqual(['overdueShare', 'enterpriseUseOutstanding']);
    expect(t.overdueShare?.toString()).toBe('0.05');
    expect(t.enterpriseUseOutstanding?.toString()).toBe('100000');
    const bad = new Issues();
    expect(readThresholds({ overdueShare: 2 }, 'thresholds', bad)).toEqual({});
    expect(bad.list.map((i) => i.path)).toEqual(['thresholds.overdueShare']);
  });

  it('reads the lead-bank register, naming each bad entry by its region', () => {
    expect(readLeadBanks(null, 'leadBanks', new Issues())).toBeNull();
    const good = readLeadBanks({ '231282': '农商行', '231283': '邮储' }, 'leadBanks', new Issues());
    expect(good && [...good]).toEqual([
      ['231282', '农商行'],
      ['231283', '邮储'],
    ]);
    const issues = new Issues();
    expect(readLeadBanks([], 'leadBanks', issues)).toBeNull();
    expect(readLeadBanks({ ' ': '农商行', '231282': ' ', '231283': 5 }, 'leadBanks', issues)).toBeNull();
    expect(issues.list).toEqual([
      { path: 'leadBanks', code: 'type', message: 'must be an object of region: bank' },
      // (In the object's key order: integer-like keys first.)
      { path: 'leadBanks.231282', code: 'required', message: 'the bank must not be blank' },
      { path: 'leadBanks.231283', code: 'type', message: 'the bank must be a string' },
      { path: 'leadBanks. ', code: 'required', message: 'a region must not be blank' },
    ]);
  });

  it('reports a register whose keys cannot be read as one that could not be inspected', () => {
    const issues = new Issues();
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    expect(readLeadBanks(hostile, 'leadBanks', issues)).toBeNull();
    expect(issues.list).toEqual([{ path: 'leadBanks', code: 'type', message: 'could not be inspected' }]);
  });

  it('names a region whose bank cannot be read once, and still names the other bad regions', () => {
    const issues = new Issues();
    const register = {
      '231282': '农商行',
      get '231283'(): string {
        throw new Error('trap');
      },
      '231284': ' ',
    };
    expect(readLeadBanks(register, 'leadBanks', issues)).toBeNull();
    expect(issues.list.map((i) => i.path)).toEqual(['leadBanks.231283', 'leadBanks.231284']);
    expect(issues.list[1]).toEqual({ path: 'leadBanks.231284', code: 'required', message: 'the bank must not be blank' });
  });
});
