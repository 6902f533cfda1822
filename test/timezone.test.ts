import { describe, expect, it } from 'vitest';
import { computeDeferralDeadline, checkPolicyContinuity } from 'fupin-xindai';
import { loan, poor } from './helpers/fixtures.js';

// .ci/run runs the whole suite under each of these zones; this file proves the zone really took
// effect (so the three runs are not the same run three times) and pins date results near midnight
// boundaries that a Date-based implementation would shift.
const OFFSETS: Record<string, number> = { UTC: 0, 'Pacific/Kiritimati': -14 * 60, 'Pacific/Pago_Pago': 11 * 60 };

describe('time zones', () => {
  it('runs in the zone the TZ variable names', () => {
    const tz = process.env.TZ;
    const offset = new Date(Date.UTC(2021, 0, 1)).getTimezoneOffset();
    if (tz !== undefined && tz in OFFSETS) expect(offset).toBe(OFFSETS[tz]);
    else expect(Number.isInteger(offset)).toBe(true);
  });

  it('CBIRC-2020-28/3.1 computes the same calendar deadlines in every zone', () => {
    const cases: [string, string][] = [
      ['2020-01-01', '2021-03-31'],
      ['2020-08-31', '2021-03-31'],
      ['2020-09-30', '2021-03-31'],
      ['2020-10-31', '2021-04-30'],
      ['2020-12-31', '2021-06-30'],
      ['2021-03-31', '2021-09-30'],
    ];
    for (const [maturityDate, deadline] of cases) {
      const r = computeDeferralDeadline(loan({ contractDate: '2019-01-01', maturityDate, covidRepaymentDifficulty: true }), poor());
      expect(r.deadline, maturityDate).toBe(deadline);
    }
  });

  it('CBIRC-2020-28/1.1 compares dates as calendar days, not instants', () => {
    const l = loan({ contractDate: '2020-12-31', maturityDate: '2021-12-31' });
    expect(checkPolicyContinuity(l, '2021-12-31').guaranteed).toBe(true);
    expect(checkPolicyContinuity(l, '2022-01-01').guaranteed).toBe(false);
  });
});
