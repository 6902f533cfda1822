// One validator (issue 14): each exported zod schema accepts a record exactly when the library does,
// both ways, over records generated near every edge (test/properties/near-boundaries.ts). A bank that
// validates at its API boundary with HouseholdSchema, LoanSchema, … must let through only what the
// decisions then decide, and refuse nothing they would decide. Where both refuse, they must name the
// same fields.
import fc from 'fast-check';
import {
  checkEligibility,
  checkHouseholdUse,
  EligibilityRequestSchema,
  HouseholdSchema,
  InterpretationsSchema,
  isPolicyInputError,
  LoanSchema,
  monitorPortfolio,
  parseEligibilityRequest,
  parseHousehold,
  parseLoan,
  parseRiskCompensationPolicy,
  riskCompensationTrigger,
  RiskCompensationPolicySchema,
  ThresholdsSchema,
} from 'fupin-xindai';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { addDays, RUNS } from './arbitraries.js';
import { householdNear, interpretationsNear, loanNear, notARecord, policyNear, requestNear, thresholdsNear } from './near-boundaries.js';

/** The fields the library names when it refuses the input, or `null` when it accepts it. */
function libraryRefuses(decide: () => unknown): string[] | null {
  try {
    decide();
    return null;
  } catch (e) {
    if (!isPolicyInputError(e)) throw e;
    return [...new Set(e.issues.map((i) => i.path))].sort();
  }
}

/** The fields a schema names when it refuses `value`, written as the library writes them under `at`, or `null`. */
function schemaRefuses(schema: z.ZodType, value: unknown, at: string): string[] | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const paths = result.error.issues.flatMap((iss) => (iss.code === 'unrecognized_keys' ? iss.keys.map((k) => [...iss.path, k]) : [iss.path]));
  return [...new Set(paths.map((p) => [at, ...p.map(String)].join('.')))].sort();
}

const H = { id: 'h1', povertyStatus: 'registered_poor', onPovertyOfficeList: true } as const;
const loanOf = (id: string) =>
  ({ id, householdId: 'h1', kind: 'new', principal: '30000', outstanding: '20000', contractDate: '2020-03-01', maturityDate: '2023-03-01' }) as const;
/** Active loans of H for every id a generated request may replace, so only the request itself can be bad. */
const existingLoans = [loanOf('l1'), loanOf('l2')];

interface Reader {
  readonly name: string;
  /** Where the library's issue paths start. */
  readonly at: string;
  readonly read: (value: never) => unknown;
  /** A decision reads `null` or `undefined` here as "not given", not as a bad record. */
  readonly absentIsNone?: boolean;
}

const cases: { schema: z.ZodType; name: string; records: fc.Arbitrary<unknown>; readers: Reader[] }[] = [
  {
    name: 'HouseholdSchema',
    schema: HouseholdSchema,
    records: householdNear,
    readers: [
      { name: 'parseHousehold', at: 'household', read: parseHousehold },
      { name: 'checkEligibility', at: 'household', read: (h) => checkEligibility(h) },
    ],
  },
  {
    name: 'LoanSchema',
    schema: LoanSchema,
    records: loanNear,
    readers: [
      { name: 'parseLoan', at: 'loan', read: parseLoan },
      { name: 'checkHouseholdUse', at: 'loan', read: (l) => checkHouseholdUse(l) },
    ],
  },
  {
    name: 'EligibilityRequestSchema',
    schema: EligibilityRequestSchema,
    records: requestNear,
    readers: [
      { name: 'parseEligibilityRequest', at: 'request', read: parseEligibilityRequest },
      { name: "checkEligibility's request", at: 'request', read: (r) => checkEligibility(H, r, { existingLoans }), absentIsNone: true },
    ],
  },
  {
    name: 'RiskCompensationPolicySchema',
    schema: RiskCompensationPolicySchema,
    records: policyNear,
    readers: [
      { name: 'parseRiskCompensationPolicy', at: 'policy', read: parseRiskCompensationPolicy },
      { name: 'riskCompensationTrigger', at: 'policy', read: (p) => riskCompensationTrigger(loanOf('l1'), p) },
    ],
  },
  {
    name: 'ThresholdsSchema',
    schema: ThresholdsSchema,
    records: thresholdsNear,
    readers: [
      {
        name: "monitorPortfolio's thresholds",
        at: 'options.thresholds',
        read: (t) => monitorPortfolio([], [], { asOf: '2021-01-01', thresholds: t }),
        absentIsNone: true,
      },
    ],
  },
  {
    name: 'InterpretationsSchema',
    schema: InterpretationsSchema,
    records: interpretationsNear,
    readers: [
      {
        name: "the options' interpretations",
        at: 'options.interpretations',
        read: (i) => checkEligibility(H, null, { interpretations: i }),
        absentIsNone: true,
      },
    ],
  },
];

const show = (v: unknown) =>
  JSON.stringify(v, (_, x: unknown) => (x === undefined ? '<undefined>' : typeof x === 'number' && !Number.isFinite(x) ? String(x) : x));

describe('the exported schemas are the validation', () => {
  for (const { name, schema, records, readers } of cases) {
    for (const reader of readers) {
      it(`${name}.safeParse succeeds exactly when ${reader.name} accepts, naming the same fields when not`, () => {
        fc.assert(
          fc.property(fc.oneof({ arbitrary: records, weight: 30 }, { arbitrary: notARecord, weight: 1 }), (value) => {
            if (reader.absentIsNone && (value === undefined || value === null)) return;
            expect(
              libraryRefuses(() => reader.read(value as never)),
              show(value),
            ).toEqual(schemaRefuses(schema, value, reader.at));
          }),
          RUNS,
        );
      });
    }
  }
});

describe('the schemas stay zod objects', () => {
  const loan = { id: 'l1', householdId: 'h1', kind: 'new', principal: 1, outstanding: 1, contractDate: '2020-02-02', maturityDate: '2020-02-01' };

  it("with the record's fields in .shape, and .extend keeping the checks across fields", () => {
    expect(LoanSchema).toBeInstanceOf(z.ZodObject);
    expect(Object.keys(HouseholdSchema.shape)).toEqual([
      'id',
      'povertyStatus',
      'onPovertyOfficeList',
      'hasIndustrialDevelopmentConditions',
      'hasLaborCapacity',
      'region',
    ]);
    const extended = LoanSchema.extend({ officer: z.string().optional() });
    expect(extended.safeParse({ ...loan, officer: 'Li' }).success).toBe(false);
    expect(extended.safeParse({ ...loan, maturityDate: '2020-02-02', officer: 'Li' }).success).toBe(true);
  });

  it("reporting a check across fields at its field, with the library's code and message", () => {
    expect(LoanSchema.safeParse(loan).error?.issues).toMatchObject([
      { code: 'custom', path: ['maturityDate'], message: 'must not be before contractDate', params: { code: 'date' } },
    ]);
  });
});

describe('the generated records reach both sides of every edge', () => {
  // A fixed 1,000: this checks the generators, so it must not shrink when mutation testing lowers RUNS (to 50,
  // where some edges were not reached and the mutation run's initial test run failed).
  const sample = <T>(arb: fc.Arbitrary<T>) => fc.sample(arb, { numRuns: 1000, seed: RUNS.seed });
  const accepted = (schema: z.ZodType) => (v: unknown) => schema.safeParse(v).success;
  /** Whether some record `is` in the situation, and both some accepted and some refused ones are. */
  const bothSides = (records: Record<string, unknown>[], schema: z.ZodType, is: (r: Record<string, unknown>) => boolean) => {
    const there = records.filter(is);
    return [there.some(accepted(schema)), there.some((r) => !accepted(schema)(r))];
  };

  it('households: edge households with both conditions, one false, one missing', () => {
    const hs = sample(householdNear);
    const edge = (r: Record<string, unknown>) => r.povertyStatus === 'monitored_edge';
    expect(hs.filter((r) => edge(r) && r.hasIndustrialDevelopmentConditions === true && r.hasLaborCapacity === true).some(accepted(HouseholdSchema))).toBe(
      true,
    );
    expect(
      hs.filter((r) => edge(r) && r.hasIndustrialDevelopmentConditions === false && typeof r.hasLaborCapacity === 'boolean').some(accepted(HouseholdSchema)),
    ).toBe(true);
    expect(hs.some((r) => edge(r) && r.hasLaborCapacity == null && typeof r.hasIndustrialDevelopmentConditions === 'boolean')).toBe(true);
    expect(hs.some((r) => r.povertyStatus === 'registered_poor' && r.hasLaborCapacity == null && accepted(HouseholdSchema)(r))).toBe(true);
  });

  it('loans: maturity on, a day after and a day before the contract; a deferral on and a day before maturity', () => {
    const ls = sample(loanNear);
    // A real calendar date (addDays would not end on a month 13).
    const real = (s: unknown): s is string => typeof s === 'string' && /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(s) && addDays(s, 0) === s;
    const dated = (a: string, b: string, days: number) => (r: Record<string, unknown>) => real(r[a]) && real(r[b]) && addDays(r[a], days) === r[b];
    expect(ls.filter(dated('contractDate', 'maturityDate', 0)).some(accepted(LoanSchema))).toBe(true);
    expect(ls.filter(dated('contractDate', 'maturityDate', 1)).some(accepted(LoanSchema))).toBe(true);
    expect(ls.filter(dated('maturityDate', 'contractDate', 1)).length).toBeGreaterThan(10);
    expect(ls.filter(dated('maturityDate', 'deferredTo', 0)).some(accepted(LoanSchema))).toBe(true);
    expect(ls.filter(dated('deferredTo', 'maturityDate', 1)).length).toBeGreaterThan(10);
  });

  it('requests: zero in several forms, and a replaced loan with every kind', () => {
    const rs = sample(requestNear);
    const zero = (r: Record<string, unknown>) =>
      Object.is(r.amount, -0) ? '-0' : r.amount === 0 ? '0 (number)' : r.amount === '0' || r.amount === '0.00' ? r.amount : undefined;
    expect(new Set(rs.map(zero).filter((z) => z !== undefined)).size).toBe(4);
    for (const kind of ['new', 'renewal', 'extension', 'top_up'])
      expect(
        rs.some((r) => r.kind === kind && r.replacesLoanId === 'l1'),
        kind,
      ).toBe(true);
    expect(bothSides(rs, EligibilityRequestSchema, (r) => r.replacesLoanId === 'l1')).toEqual([true, true]);
  });

  it('policies: shares summing to exactly 1 and to just over 1', () => {
    const ps = sample(policyNear);
    const total = (r: Record<string, unknown>) => ['fundShare', 'insurerShare', 'guarantorShare'].map((k) => r[k] ?? 0);
    const sumIs = (target: bigint) => (r: Record<string, unknown>) => {
      const shares = total(r);
      if (!shares.every((s) => (typeof s === 'number' && s >= 0 && s <= 1) || (typeof s === 'string' && /^\d+(\.\d{1,20})?$/.test(s)))) return false;
      // In units of 10^-20, exactly: the sum the library must compare with 1.
      const units = shares.map((s) => {
        const text = typeof s === 'number' ? (String(s).includes('e') ? s.toFixed(20) : String(s)) : (s as string);
        const [whole, frac = ''] = text.split('.');
        return BigInt(whole!) * 10n ** 20n + BigInt(frac.padEnd(20, '0').slice(0, 20));
      });
      return units.reduce((a, b) => a + b, 0n) === target;
    };
    expect(ps.filter(sumIs(10n ** 20n)).some(accepted(RiskCompensationPolicySchema))).toBe(true);
    expect(ps.filter(sumIs(10n ** 20n + 10n ** 17n)).length).toBeGreaterThan(10);
    expect(ps.filter(sumIs(10n ** 20n + 1n)).length).toBeGreaterThan(0);
    expect(ps.some((r) => r.fundShare === 0.1 && r.insurerShare === 0.2 && r.guarantorShare === 0.7 && accepted(RiskCompensationPolicySchema)(r))).toBe(true);
  });

  it('policies: a trigger of 1 day overdue and of 0 (bad input)', () => {
    const ps = sample(policyNear);
    expect(bothSides(ps, RiskCompensationPolicySchema, (r) => r.minOverdueDays === 1)).toEqual([true, true]);
    expect(ps.filter((r) => r.minOverdueDays === 0).length).toBeGreaterThan(10);
    expect(ps.filter((r) => r.minOverdueDays === 0).some(accepted(RiskCompensationPolicySchema))).toBe(false);
  });
});
