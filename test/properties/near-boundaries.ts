/**
 * Generators of records near every edge of what the library accepts: dates equal and one day apart,
 * edge households with and without their two conditions, zero, negative, sub-fen and huge money,
 * shares summing to exactly 1 and just over, bad enum values, and fields missing, `null` or
 * `undefined`. Each record starts good (close to a boundary across its fields) and has zero to two
 * fields replaced by a value from the edge of what that field takes, so both sides of every edge are
 * generated often. Plain data only, as a bank's API boundary receives it: no class instances, getters
 * or proxies, which only the door sees (test/properties/hostile.test.ts).
 */
import fc from 'fast-check';
import { addDays, day } from './arbitraries.js';

/** A key to leave out of the record. */
const ABSENT = Symbol('absent');

/** A field: the values on the good side of its edges, and those just over them. */
interface Field {
  readonly good: fc.Arbitrary<unknown>;
  readonly bad: fc.Arbitrary<unknown>;
}

const nothing = fc.constantFrom<unknown>(ABSENT, undefined, null);
/** An optional field: absent, `null` and `undefined` are good too. */
const optional = (field: Field): Field => ({ ...field, good: fc.oneof(field.good, nothing) });

/** Values no field takes, whatever its type. */
const alien = fc.constantFrom<unknown>([], {}, { id: 'h1' }, ['2020-01-01']);

const id: Field = {
  good: fc.constantFrom('h1', 'l1', ' x ', '230231100', '户'),
  bad: fc.oneof(fc.constantFrom<unknown>('', ' ', '\t\n', 0, 1, true), alien),
};

const bool: Field = { good: fc.boolean(), bad: fc.constantFrom<unknown>('true', 'false', 1, 0, '', 'yes') };

const enumOf = (values: readonly string[], near: readonly unknown[]): Field => ({
  good: fc.constantFrom(...values),
  bad: fc.constantFrom<unknown>(...near, '', 0, true, ...values.map((v) => v.toUpperCase()), ...values.map((v) => ` ${v}`)),
});

/** Yuan at the edges: zero in every form, a fen, the cap, the largest safe number of fen, and random amounts. */
const moneyGood = fc.oneof(
  fc.constantFrom<unknown>(
    0,
    -0,
    '0',
    '0.00',
    '0.000',
    '00',
    0.01,
    '0.01',
    '0.010',
    '0.1',
    1,
    '50000',
    50000,
    '50000.00',
    49999.99,
    '49999.99',
    '90071992547409.91',
    90071992547409.9,
    '9007199254740.99',
    1e13,
  ),
  fc.integer({ min: 0, max: 6_000_000 }).chain((fen) => fc.constantFrom<unknown>(fen / 100, (fen / 100).toFixed(2), String(fen / 100))),
);
const moneyBad = fc.constantFrom<unknown>(
  -0.01,
  -1,
  '-1',
  '-0',
  '-0.00',
  0.001,
  0.005,
  '0.001',
  '0.011',
  '0.0001',
  '1e3',
  '1E3',
  1e15,
  1e21,
  '90071992547409.92',
  '900719925474099.1',
  NaN,
  Infinity,
  -Infinity,
  '',
  ' ',
  ' 1',
  '1 ',
  '0x10',
  '1,000',
  '.5',
  '5.',
  '１００',
  true,
);
const money: Field = { good: moneyGood, bad: moneyBad };

/** Ratios at the edges: 0, 1, every form of them, twenty decimal places, and random thousandths. */
const ratioGood = fc.oneof(
  fc.constantFrom<unknown>(
    0,
    -0,
    1,
    '0',
    '1',
    '1.0',
    '1.00000000000000000000',
    '0.5',
    0.5,
    '0.00000000000000000001',
    '0.99999999999999999999',
    1e-7,
    0.1,
    0.2,
    0.7,
  ),
  fc.integer({ min: 0, max: 1000 }).chain((m) => fc.constantFrom<unknown>(m / 1000, (m / 1000).toFixed(3), String(m / 1000))),
);
const ratioBad = fc.constantFrom<unknown>(
  -0.001,
  -1,
  1.0000001,
  1.5,
  '1.1',
  '1.00000000000000000001',
  '0.000000000000000000001',
  '-0',
  '-0.5',
  '.5',
  '5e-1',
  '0.5 ',
  '',
  NaN,
  Infinity,
  2,
  true,
);
const ratio: Field = { good: ratioGood, bad: ratioBad };

const dayCount: Field = {
  good: fc.constantFrom<unknown>(0, 1, 89, 90, 91, 365, Number.MAX_SAFE_INTEGER),
  bad: fc.constantFrom<unknown>(-1, -0.5, 0.5, 90.5, Number.MAX_SAFE_INTEGER + 1, 1e21, NaN, Infinity, '90', '', true),
};

const dateBad = fc.constantFrom<unknown>(
  '2021-02-29',
  '2020-02-30',
  '2020-13-01',
  '2020-00-10',
  '2020-1-01',
  '2020-01-1',
  '20200101',
  '2020/01/01',
  '2020-01-01T00:00:00Z',
  ' 2020-01-01',
  '',
  20200101,
  0,
  true,
);

const purpose: Field = {
  good: fc.constantFrom('production', 'housing', '养殖肉牛', '结婚', 'x', '养'.repeat(1000), ' 种植 '),
  bad: fc.oneof(fc.constantFrom<unknown>('', ' ', '\u3000', '养'.repeat(1001), 5, true), alien),
};

const KINDS = ['new', 'renewal', 'extension', 'top_up'] as const;
const USERS = ['household', 'enterprise', 'cooperative', 'government_platform', 'other'] as const;
const CLASSES = ['normal', 'special_mention', 'substandard', 'doubtful', 'loss'] as const;

/**
 * Records built from `good` (a generator of good records near the edges across fields), with zero to
 * two fields replaced by a value just over that field's edge, or taken away (absent, `null`,
 * `undefined`); sometimes with a key no schema knows.
 */
function nearBoundaries(
  fields: Record<string, Field>,
  good: fc.Arbitrary<Record<string, unknown>>,
  unknownKeys: readonly string[] = ['note'],
): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(fields);
  const change = fc
    .constantFrom(...keys)
    .chain((key) =>
      fc.tuple(
        fc.constant(key),
        fc.oneof({ arbitrary: fields[key]!.bad, weight: 3 }, { arbitrary: fields[key]!.good, weight: 1 }, { arbitrary: nothing, weight: 1 }),
      ),
    );
  return fc
    .tuple(good, fc.array(change, { maxLength: 2 }), fc.option(fc.constantFrom(...unknownKeys), { freq: 8, nil: undefined }))
    .map(([record, changes, extra]) => {
      const out: Record<string, unknown> = { ...record };
      for (const [key, value] of changes) out[key] = value;
      if (extra !== undefined) out[extra] = 'x';
      for (const key of Object.keys(out)) if (out[key] === ABSENT) Reflect.deleteProperty(out, key);
      return out;
    });
}

/** Good records field by field (each field's own good values, absent ones included). */
const fieldByField = (fields: Record<string, Field>) => fc.record(Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.good])));

// Households: edge households with each of their two conditions true, false or not given.
const householdFields: Record<string, Field> = {
  id,
  povertyStatus: {
    ...enumOf(['registered_poor', 'monitored_edge', 'none'], ['monitored', 'edge', 'poor']),
    good: fc.constantFrom('registered_poor', 'monitored_edge', 'monitored_edge', 'none'),
  },
  onPovertyOfficeList: bool,
  hasIndustrialDevelopmentConditions: optional(bool),
  hasLaborCapacity: optional(bool),
  region: optional(id),
};
export const householdNear = nearBoundaries(householdFields, fieldByField(householdFields));

// Loans: contract, maturity and deferral dates within a day or two of each other, in any order.
const loanFields: Record<string, Field> = {
  id,
  householdId: id,
  kind: enumOf(KINDS, ['top-up', 'renew', 'topup']),
  principal: money,
  outstanding: money,
  contractDate: { good: day, bad: dateBad },
  maturityDate: { good: day, bad: dateBad },
  deferredTo: optional({ good: day, bad: dateBad }),
  status: optional(enumOf(['active', 'closed'], ['open', 'Closed'])),
  purpose: optional(purpose),
  usedBy: optional(enumOf(USERS, ['enterprises', 'self'])),
  repaidBy: optional(enumOf(USERS, ['enterprises', 'self'])),
  covidRepaymentDifficulty: optional(bool),
  overdueDays: optional(dayCount),
  classification: optional(enumOf(CLASSES, ['bad', 'special-mention'])),
  collectionAttempted: optional(bool),
  region: optional(id),
};
const closeDates = fc
  .tuple(day, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), fc.option(fc.integer({ min: 0, max: 3 }), { freq: 4, nil: undefined }))
  .map(([base, c, m, d]) => ({
    contractDate: addDays(base, c),
    maturityDate: addDays(base, m),
    ...(d === undefined ? {} : { deferredTo: addDays(base, d) }),
  }));
const farDates = fc
  .tuple(day, day, fc.option(day, { nil: undefined }))
  .map(([contractDate, maturityDate, deferredTo]) => ({ contractDate, maturityDate, ...(deferredTo ? { deferredTo } : {}) }));
export const loanNear = nearBoundaries(
  loanFields,
  fc.tuple(fieldByField(loanFields), fc.oneof({ arbitrary: closeDates, weight: 4 }, { arbitrary: farDates, weight: 1 })).map(([r, dates]) => {
    const out: Record<string, unknown> = { ...r };
    delete out.deferredTo;
    return { ...out, ...dates };
  }),
);

// Requests: zero in every form; a replaced loan named with every kind.
const requestFields: Record<string, Field> = {
  amount: money,
  purpose,
  kind: optional(enumOf(KINDS, ['top-up', 'renew'])),
  replacesLoanId: optional({ good: fc.constantFrom('l1', 'l2'), bad: id.bad }),
};
export const requestNear = nearBoundaries(requestFields, fieldByField(requestFields));

// Policies: three shares summing to just under, exactly and just over 1, in strings, numbers and
// twenty decimal places (0.1 + 0.2 + 0.7 is 1 in decimal and over 1 in binary floating point).
const shareForms = (thousandths: number) =>
  fc.constantFrom<unknown>(
    (thousandths / 1000).toFixed(3),
    thousandths / 1000,
    String(thousandths / 1000),
    `${(thousandths / 1000).toFixed(3)}00000000000000000`,
  );
const sharesNearOne = fc
  .tuple(fc.constantFrom(999, 1000, 1000, 1001, 1002), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.boolean())
  .chain(([sum, a, b, leaveOne]): fc.Arbitrary<Record<string, unknown>> => {
    const [x, y] = [Math.min(a, b, sum), Math.min(Math.max(a, b), sum)];
    const parts = [x, y - x, sum - y];
    if (parts.some((p) => p > 1000)) return fc.constant({ fundShare: sum > 1000 ? 1 : 0, insurerShare: sum > 1000 ? (sum - 1000) / 1000 : 0 });
    return fc
      .tuple(shareForms(parts[0]!), shareForms(parts[1]!), shareForms(parts[2]!))
      .map(([f, i, g]) => (leaveOne && parts[2] === 0 ? { fundShare: f, insurerShare: i } : { fundShare: f, insurerShare: i, guarantorShare: g }));
  });
const sharesExact = fc.constantFrom<Record<string, unknown>>(
  { fundShare: 0.1, insurerShare: 0.2, guarantorShare: 0.7 },
  { fundShare: 0.7, insurerShare: 0.2, guarantorShare: 0.1 },
  { fundShare: '0.99999999999999999999', insurerShare: '0.00000000000000000001' },
  { fundShare: '0.99999999999999999999', insurerShare: '0.00000000000000000001', guarantorShare: '0.00000000000000000001' },
  { fundShare: '0.33333333333333333333', insurerShare: '0.33333333333333333333', guarantorShare: '0.33333333333333333334' },
  { fundShare: '0.33333333333333333333', insurerShare: '0.33333333333333333333', guarantorShare: '0.33333333333333333335' },
  { fundShare: 1, insurerShare: 1e-7 },
  { fundShare: 1, insurerShare: null, guarantorShare: 0 },
  { fundShare: '0.5', insurerShare: 0.5, guarantorShare: '0.0' },
);
/** A trigger of days overdue: a day count, and at least 1 (a loan 0 days overdue is in no default). */
const triggerDays: Field = {
  good: fc.constantFrom<unknown>(1, 2, 89, 90, 91, 365, Number.MAX_SAFE_INTEGER),
  bad: fc.oneof(dayCount.bad, fc.constantFrom<unknown>(0, -0)),
};
const policyFields: Record<string, Field> = {
  fundEstablished: bool,
  minOverdueDays: triggerDays,
  fundShare: ratio,
  insurerShare: optional(ratio),
  guarantorShare: optional(ratio),
  requireCollectionAttempted: optional(bool),
};
export const policyNear = nearBoundaries(
  policyFields,
  fc
    .tuple(
      fc.record<Record<string, unknown>>({
        fundEstablished: fc.boolean(),
        minOverdueDays: triggerDays.good,
        requireCollectionAttempted: policyFields.requireCollectionAttempted!.good,
      }),
      fc.oneof(
        { arbitrary: sharesNearOne, weight: 4 },
        { arbitrary: sharesExact, weight: 2 },
        { arbitrary: fieldByField({ fundShare: ratio, insurerShare: optional(ratio), guarantorShare: optional(ratio) }), weight: 1 },
      ),
    )
    .map(([rest, shares]) => ({ ...rest, ...shares })),
);

// monitorPortfolio's thresholds: ratios at 0 and 1, money at its edges.
const thresholdFields: Record<string, Field> = {
  maturingSoonShare: optional(ratio),
  overdueShare: optional(ratio),
  enterpriseUseOutstanding: optional(money),
  nplRatio: optional(ratio),
  specialMentionShare: optional(ratio),
};
export const thresholdsNear = nearBoundaries(thresholdFields, fieldByField(thresholdFields), ['note', 'notForProductionOutstanding']);

// Interpretations: every reading, misspelt readings, and keys that are not interpretations.
const interpretationFields: Record<string, Field> = {
  capBasis: optional(enumOf(['outstanding', 'principal'], ['balance', 'gross'])),
  deferralDeadline: optional(enumOf(['later_of_six_months_and_march_2021', 'march_2021'], ['six_months', 'march-2021'])),
  edgeHouseholdDeferral: optional(enumOf(['included', 'excluded'], ['include', 'yes'])),
  topUpRefusal: optional(enumOf(['discretionary', 'same_as_new'], ['same-as-new', 'strict'])),
};
export const interpretationsNear = nearBoundaries(interpretationFields, fieldByField(interpretationFields), ['capBase', 'asOf', 'jurisdiction', 'CapBasis']);

/** Values that are not records at all. */
export const notARecord = fc.constantFrom<unknown>(null, undefined, 0, 'h1', true, [], [{}], '{}');
