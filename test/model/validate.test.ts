// The door's fast path (src/model/validate.ts): each schema's fast form — plain zod types, then the
// same field checks — must accept exactly what the schema itself accepts, or a record could pass
// one way and fail the other.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import {
  EligibilityRequestSchema,
  HouseholdSchema,
  InterpretationsSchema,
  LoanSchema,
  RiskCompensationPolicySchema,
  ThresholdsSchema,
} from '../../src/model/schemas.js';
import { optionKeys, optionsSchema } from '../../src/model/read-options.js';
import { fastRead, hasPlainForm } from '../../src/model/schema-check.js';
import { RUNS } from '../properties/arbitraries.js';

const good: [string, z.ZodObject, Record<string, unknown>][] = [
  [
    'Household',
    HouseholdSchema,
    {
      id: 'h1',
      povertyStatus: 'monitored_edge',
      onPovertyOfficeList: true,
      hasIndustrialDevelopmentConditions: true,
      hasLaborCapacity: false,
      region: '230231',
    },
  ],
  [
    'Loan',
    LoanSchema,
    {
      id: 'l1',
      householdId: 'h1',
      kind: 'new',
      principal: '1000',
      outstanding: 999.5,
      contractDate: '2020-01-01',
      maturityDate: '2021-01-01',
      deferredTo: '2021-03-31',
      status: 'active',
      purpose: '养牛',
      usedBy: 'household',
      repaidBy: 'household',
      covidRepaymentDifficulty: true,
      overdueDays: 30,
      classification: 'normal',
      collectionAttempted: false,
      region: 'r',
    },
  ],
  ['EligibilityRequest', EligibilityRequestSchema, { amount: '20000', purpose: 'production', kind: 'renewal', replacesLoanId: 'l1' }],
  [
    'RiskCompensationPolicy',
    RiskCompensationPolicySchema,
    { fundEstablished: true, minOverdueDays: 90, fundShare: '0.7', insurerShare: 0.1, guarantorShare: '0', requireCollectionAttempted: true },
  ],
  [
    'Thresholds',
    ThresholdsSchema,
    { maturingSoonShare: '0.2', overdueShare: 0.1, enterpriseUseOutstanding: '1000', nplRatio: '0.05', specialMentionShare: '0.1' },
  ],
  [
    'Interpretations',
    InterpretationsSchema,
    { capBasis: 'principal', deferralDeadline: 'march_2021', edgeHouseholdDeferral: 'excluded', topUpRefusal: 'same_as_new' },
  ],
];

/** Values good for some field and bad for others, and values no field accepts. */
const anyValue = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    null,
    true,
    false,
    0,
    -0,
    1,
    0.5,
    1.5,
    -1,
    0.001,
    1e21,
    NaN,
    Infinity,
    10n,
    '',
    ' ',
    'x',
    '1',
    '0.7',
    '1e3',
    '0x10',
    '12.345',
    '2020-02-29',
    '2021-02-29',
    '2020-13-01',
    'new',
    'closed',
    'household',
    'loss',
    'principal',
    'registered_poor',
    [],
    {},
    new Date(0),
    Symbol('s'),
    '养'.repeat(1001),
  ),
  fc.string({ maxLength: 6 }),
  fc.double(),
  fc.integer(),
);

describe('the fast path at the door', () => {
  for (const [name, schema, record] of good) {
    it(`accepts exactly what ${name}Schema accepts`, () => {
      expect(fastRead(schema, record)).toStrictEqual(schema.parse(record));
      const keys = Object.keys(schema.shape);
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), anyValue, fc.boolean()), { minLength: 1, maxLength: 3 }), (changes) => {
          const value: Record<string, unknown> = { ...record };
          for (const [key, v, remove] of changes) {
            if (remove) delete value[key];
            else value[key] = v;
          }
          const slow = schema.safeParse(value);
          const fast = fastRead(schema, value);
          expect(
            fast !== undefined,
            JSON.stringify(changes, (_, v: unknown) => (typeof v === 'bigint' || typeof v === 'symbol' ? String(v) : v)),
          ).toBe(slow.success);
          // Strictly equal: a key given as undefined is kept, an absent one stays absent, as zod copies them.
          if (slow.success) expect(fast).toStrictEqual(slow.data);
        }),
        RUNS,
      );
    });
  }

  it('reads the records of an audit by plain tests, not through zod (the properties above test them)', () => {
    for (const schema of [HouseholdSchema, LoanSchema, EligibilityRequestSchema, RiskCompensationPolicySchema, ThresholdsSchema])
      expect(hasPlainForm(schema)).toBe(true);
    // A strict schema (unknown keys refused) and one with an unknown() field are left to zod.
    expect(hasPlainForm(InterpretationsSchema)).toBe(false);
    expect(hasPlainForm(optionsSchema(optionKeys('existingLoans')))).toBe(false);
  });

  it("reads a decision's options, its own keys given or not, on the fast path", () => {
    const schema = optionsSchema(optionKeys('existingLoans', 'lexicon'));
    for (const options of [{}, { existingLoans: [] }, { asOf: '2020-12-31', existingLoans: [], lexicon: null }, { jurisdiction: 'national' }]) {
      expect(fastRead(schema, options), JSON.stringify(options)).toEqual(schema.parse(options));
    }
  });
});
