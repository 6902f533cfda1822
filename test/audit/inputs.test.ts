// The audit's other inputs (src/audit/policy-set.ts, options.ts): the --policy file, the options, the
// monitoring thresholds and the lead-bank register, each read as the decisions read them, refused with every bad field named.
import { describe, expect, it } from 'vitest';
import { PolicyInputError, type RiskCompensationPolicy } from 'fupin-xindai';
import { interpretationsOf, readAuditLeadBanks, readAuditOptions, readAuditThresholds, readPolicySet } from '../../src/audit/index.js';

const A: RiskCompensationPolicy = { fundEstablished: true, minOverdueDays: 90, fundShare: '0.6', insurerShare: '0.1', requireCollectionAttempted: true };
const B: RiskCompensationPolicy = { fundEstablished: true, minOverdueDays: 30, fundShare: '0.5', guarantorShare: '0.25' };

/** The issues a reader refuses its input with: their paths, or with `full` each as `path code message`. */
function issues(read: () => unknown, full = false): string[] {
  try {
    read();
  } catch (e) {
    if (!(e instanceof PolicyInputError)) throw e;
    return e.issues.map((i) => (full ? `${i.path} ${i.code} ${i.message}` : i.path));
  }
  throw new Error('accepted');
}

describe('readPolicySet (CBIRC-2020-28/5.3: each region its risk-compensation policy)', () => {
  it("a single policy is every region's: it is the default, with no region of its own", () => {
    const set = readPolicySet(A);
    expect(set.byRegion.size).toBe(0);
    expect(set.default).not.toBeNull();
    expect(set.default?.fundShare.toString()).toBe('0.6');
    expect(set.default?.minOverdueDays).toBe(90);
  });

  it('byRegion and default, each region with its own policy', () => {
    const set = readPolicySet({ default: A, byRegion: { '230183': B, '230184': { ...A, fundShare: '0.8', insurerShare: null } } });
    expect([...set.byRegion.keys()]).toEqual(['230183', '230184']);
    expect(set.default?.fundShare.toString()).toBe('0.6');
    expect(set.byRegion.get('230183')?.guarantorShare.toString()).toBe('0.25');
    expect(set.byRegion.get('230183')?.minOverdueDays).toBe(30);
    expect(set.byRegion.get('230184')?.fundShare.toString()).toBe('0.8');
  });

  it('byRegion alone has no default; default alone has no regions', () => {
    const regional = readPolicySet({ byRegion: { '230183': B } });
    expect(regional.default).toBeNull();
    expect(regional.byRegion.size).toBe(1);
    const fallback = readPolicySet({ default: B });
    expect(fallback.byRegion.size).toBe(0);
    expect(fallback.default?.fundShare.toString()).toBe('0.5');
  });

  it('a null or missing default or byRegion is none', () => {
    for (const value of [
      { default: null, byRegion: null },
      { default: undefined, byRegion: { '230183': B } },
      { default: A, byRegion: undefined },
      { byRegion: {} },
    ]) {
      const set = readPolicySet(value);
      expect(set.default === null, JSON.stringify(value)).toBe(value.default == null);
      expect(set.byRegion.size).toBe(value.byRegion ? Object.keys(value.byRegion).length : 0);
    }
  });

  it('names an unknown top-level key, with every other bad field', () => {
    expect(issues(() => readPolicySet({ byRegion: { '230183': B }, regions: {}, Default: A }), true)).toEqual([
      "policy.regions enum is not 'default' or 'byRegion'",
      "policy.Default enum is not 'default' or 'byRegion'",
    ]);
  });

  it('a byRegion that is not an object of region: policy is refused as a whole', () => {
    for (const byRegion of [[], [B], 'B', 5, true]) {
      expect(
        issues(() => readPolicySet({ byRegion }), true),
        JSON.stringify(byRegion),
      ).toEqual(['policy.byRegion type must be an object of region: policy']);
    }
  });

  // (Each field's code and message are the model's; what the policy file adds is where the field is.)
  it('names the bad field of the default and of each region by its path', () => {
    expect(
      issues(() =>
        readPolicySet({
          default: { ...A, fundShare: 'x' },
          byRegion: { '230183': B, '230185': { ...B, minOverdueDays: -1 }, '230186': { fundEstablished: true, fundShare: '0.5' } },
        }),
      ),
    ).toEqual(['policy.default.fundShare', 'policy.byRegion.230185.minOverdueDays', 'policy.byRegion.230186.minOverdueDays']);
  });

  it("a single policy's bad field is named under policy", () => {
    expect(issues(() => readPolicySet({ ...A, fundShare: '2' }))).toEqual(['policy.fundShare']);
    expect(issues(() => readPolicySet({ fundShare: '0.5', minOverdueDays: 90 }))).toEqual(['policy.fundEstablished']);
  });

  it('something that is not a policy file at all is refused as the policy, not thrown as a TypeError', () => {
    for (const value of [null, undefined, 5, 'policy', true, [A]])
      expect(
        issues(() => readPolicySet(value)),
        JSON.stringify(value),
      ).toEqual(['policy']);
  });
});

describe('readAuditOptions, interpretationsOf, readAuditThresholds', () => {
  it('reads the options as the decisions do, refusing a date before 28号 and an unknown jurisdiction', () => {
    expect(readAuditOptions({ asOf: '2021-03-31', jurisdiction: 'national', interpretations: { capBasis: 'principal' } })).toMatchObject({
      asOf: '2021-03-31',
      jurisdiction: 'national',
      capBasis: 'principal',
    });
    expect(issues(() => readAuditOptions({ asOf: '2020-06-28' }))).toEqual(['options.asOf']);
    expect(issues(() => readAuditOptions({ asOf: '2020-12-31', jurisdiction: 'Beijing' }))).toEqual(['options.jurisdiction']);
  });

  it('echoes every reading by its id, defaults included', () => {
    expect(interpretationsOf(readAuditOptions({ asOf: '2020-12-31' }))).toStrictEqual({
      capBasis: 'outstanding',
      deferralDeadline: 'later_of_six_months_and_march_2021',
      edgeHouseholdDeferral: 'included',
      topUpRefusal: 'same_as_new',
    });
    expect(
      interpretationsOf(readAuditOptions({ asOf: '2020-12-31', interpretations: { deferralDeadline: 'march_2021', topUpRefusal: 'same_as_new' } })),
    ).toStrictEqual({ capBasis: 'outstanding', deferralDeadline: 'march_2021', edgeHouseholdDeferral: 'included', topUpRefusal: 'same_as_new' });
  });

  it('HLJ-2020-47/3.8 echoes the top-up reading the jurisdiction defaults to: owed (给予满足) in Heilongjiang, discretionary nationally', () => {
    expect(interpretationsOf(readAuditOptions({ asOf: '2020-12-31', jurisdiction: 'HLJ' })).topUpRefusal).toBe('same_as_new');
    expect(interpretationsOf(readAuditOptions({ asOf: '2020-12-31', jurisdiction: 'national' })).topUpRefusal).toBe('discretionary');
    // Pinned, the reading holds whatever the jurisdiction.
    expect(
      interpretationsOf(readAuditOptions({ asOf: '2020-12-31', jurisdiction: 'HLJ', interpretations: { topUpRefusal: 'discretionary' } })).topUpRefusal,
    ).toBe('discretionary');
    expect(
      interpretationsOf(readAuditOptions({ asOf: '2020-12-31', jurisdiction: 'national', interpretations: { topUpRefusal: 'same_as_new' } })).topUpRefusal,
    ).toBe('same_as_new');
  });

  it('reads the thresholds (28号 五 names no numbers), naming each bad one under thresholds', () => {
    const t = readAuditThresholds({ overdueShare: '0.1', nplRatio: 0.05 });
    expect(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.toString()]))).toEqual({ overdueShare: '0.1', nplRatio: '0.05' });
    expect(issues(() => readAuditThresholds({ overdueShare: 'x', nplRatio: '0.05', maturingSoonShare: -1 })).sort()).toEqual([
      'thresholds.maturingSoonShare',
      'thresholds.overdueShare',
    ]);
  });
});

describe('readAuditLeadBanks (CBIRC-2020-28/4.1: 主责任银行, 名单制管理)', () => {
  it('reads region: bank as monitorPortfolio reads its leadBanks', () => {
    const register = readAuditLeadBanks({ '230183': '农业银行', '230184': '邮储银行' });
    expect([...register]).toEqual([
      ['230183', '农业银行'],
      ['230184', '邮储银行'],
    ]);
    expect(readAuditLeadBanks({}).size).toBe(0);
  });

  it('names each bad entry under leadBanks, and refuses what is not a register', () => {
    expect(issues(() => readAuditLeadBanks({ '230183': ' ', '230184': 5, '': '农业银行' }), true)).toEqual([
      'leadBanks.230183 required the bank must not be blank',
      'leadBanks.230184 type the bank must be a string',
      'leadBanks. required a region must not be blank',
    ]);
    for (const value of [null, undefined, 'x', [['230183', '农业银行']]])
      expect(
        issues(() => readAuditLeadBanks(value)),
        JSON.stringify(value),
      ).toEqual(['leadBanks']);
  });
});
