/** Generators of valid records for the property tests: every field within what API.md allows. */
import fc from 'fast-check';
import type { Household, Loan, RiskCompensationPolicy } from 'fupin-xindai';

/**
 * Runs per property: 1,000 in `npm test` and CI (issue 7); a fixed seed so a failure can be replayed.
 * Mutation testing re-runs the suite for every mutant and asks for fewer (FUPIN_PROPERTY_RUNS).
 */
export const RUNS = { numRuns: Number(process.env.FUPIN_PROPERTY_RUNS ?? 1000), seed: 20200629 } as const;

export const day = fc.integer({ min: 0, max: 365 * 6 }).map((n) => {
  // Calendar dates from 2018-01-01, computed without Date so the generator is time-zone free too.
  let y = 2018;
  let rest = n;
  const leap = (yy: number) => (yy % 4 === 0 && yy % 100 !== 0) || yy % 400 === 0;
  while (rest >= (leap(y) ? 366 : 365)) rest -= leap(y++) ? 366 : 365;
  const months = [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let m = 0;
  while (rest >= months[m]!) rest -= months[m++]!;
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(rest + 1).padStart(2, '0')}`;
});

/** A decision date the notices can decide: on or after 2020-06-29, the day 28号 was issued. */
export const decisionDay = day.filter((d) => d >= '2020-06-29');

/** Yuan with whole fen, as a string or a number, up to 60,000. */
export const money = fc
  .integer({ min: 0, max: 6_000_000 })
  .chain((fen) =>
    fc.constantFrom(
      `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`,
      fen / 100,
      `${Math.floor(fen / 100)}${fen % 100 ? `.${String(fen % 100).padStart(2, '0')}` : ''}`,
    ),
  );

export const household: fc.Arbitrary<Household> = fc
  .record({
    status: fc.constantFrom('registered_poor', 'monitored_edge', 'none'),
    list: fc.boolean(),
    industry: fc.boolean(),
    labor: fc.boolean(),
    region: fc.option(fc.constantFrom('230231100', '230623100'), { nil: undefined }),
  })
  .map(({ status, list, industry, labor, region }) => ({
    id: 'h1',
    povertyStatus: status,
    onPovertyOfficeList: list,
    ...(status === 'monitored_edge' ? { hasIndustrialDevelopmentConditions: industry, hasLaborCapacity: labor } : {}),
    ...(region ? { region } : {}),
  }));

export const loan = (id = 'l1'): fc.Arbitrary<Loan> =>
  fc
    .record({
      kind: fc.constantFrom('new', 'renewal', 'extension', 'top_up'),
      principal: money,
      outstanding: money,
      contract: day,
      termDays: fc.integer({ min: 0, max: 1200 }),
      deferral: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      closed: fc.boolean(),
      covid: fc.boolean(),
      overdueDays: fc.integer({ min: 0, max: 400 }),
      collection: fc.boolean(),
      classification: fc.constantFrom('normal', 'special_mention', 'substandard', 'doubtful', 'loss'),
    })
    .map((r) => {
      const maturity = addDays(r.contract, r.termDays);
      return {
        id,
        householdId: 'h1',
        kind: r.kind,
        principal: r.principal,
        outstanding: r.outstanding,
        contractDate: r.contract,
        maturityDate: maturity,
        ...(r.deferral !== undefined ? { deferredTo: addDays(maturity, r.deferral) } : {}),
        status: r.closed ? 'closed' : 'active',
        covidRepaymentDifficulty: r.covid,
        overdueDays: r.overdueDays,
        collectionAttempted: r.collection,
        classification: r.classification,
      } as Loan;
    });

/** Shares that never sum above 1: three cut points of [0, 1] in thousandths; a trigger of at least one day overdue. */
export const policy: fc.Arbitrary<RiskCompensationPolicy> = fc
  .tuple(
    fc.integer({ min: 0, max: 1000 }),
    fc.integer({ min: 0, max: 1000 }),
    fc.integer({ min: 0, max: 1000 }),
    fc.boolean(),
    fc.boolean(),
    // A trigger of 0 days overdue is bad input: a loan not overdue is in no default.
    fc.integer({ min: 1, max: 200 }),
  )
  .map(([a, b, c, fund, require, days]) => {
    const [x, y, z] = [a, b, c].sort((p, q) => p - q) as [number, number, number];
    return {
      fundEstablished: fund,
      minOverdueDays: days,
      fundShare: (x / 1000).toFixed(3),
      insurerShare: ((y - x) / 1000).toFixed(3),
      guarantorShare: ((z - y) / 1000).toFixed(3),
      requireCollectionAttempted: require,
    };
  });

/** A calendar date plus a number of days (zero or more), without Date. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const leap = (yy: number) => (yy % 4 === 0 && yy % 100 !== 0) || yy % 400 === 0;
  let yy = y,
    mm = m,
    dd = d + days;
  for (;;) {
    const len = [31, leap(yy) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1]!;
    if (dd <= len) break;
    dd -= len;
    mm++;
    if (mm > 12) {
      mm = 1;
      yy++;
    }
  }
  return `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}
