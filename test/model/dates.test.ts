import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isIsoDate, laterOf, toEpochDay } from '../../src/model/dates.js';

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2020-02-30')).toBe(false);
    expect(isIsoDate('2020-04-31')).toBe(false);
    expect(isIsoDate('2020-13-01')).toBe(false);
    expect(isIsoDate('2020-00-10')).toBe(false);
    expect(isIsoDate('2020-1-1')).toBe(false);
    expect(isIsoDate('2020-01-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(' 2020-01-01')).toBe(false);
    expect(isIsoDate(20200101)).toBe(false);
  });

  it('adds months clamping to the month end (API.md: 2020-08-31 + 6 months = 2021-02-28)', () => {
    expect(addMonths('2020-08-31', 6)).toBe('2021-02-28');
    expect(addMonths('2019-08-31', 6)).toBe('2020-02-29');
    expect(addMonths('2020-12-31', 6)).toBe('2021-06-30');
    expect(addMonths('2020-01-15', 6)).toBe('2020-07-15');
    expect(addMonths('2020-07-31', 6)).toBe('2021-01-31');
    expect(addMonths('2021-03-31', 6)).toBe('2021-09-30');
    expect(addMonths('2020-10-31', 4)).toBe('2021-02-28');
  });

  it('counts days exactly across month, year and leap boundaries', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('2000-03-01') - toEpochDay('2000-02-28')).toBe(2);
    expect(toEpochDay('2021-01-01') - toEpochDay('2020-01-01')).toBe(366);
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(addDays('1994-12-30', 1)).toBe('1994-12-31'); // a day Kiritimati skipped in local time
    expect(addDays('2021-03-31', 90)).toBe('2021-06-29');
    for (let d = 0; d < 3000; d += 7) {
      const date = addDays('2019-01-01', d);
      expect(isIsoDate(date)).toBe(true);
      expect(toEpochDay(date) - toEpochDay('2019-01-01')).toBe(d);
    }
  });

  it('picks the later date', () => {
    expect(laterOf('2021-03-31', '2021-06-30')).toBe('2021-06-30');
    expect(laterOf('2021-03-31', '2020-09-30')).toBe('2021-03-31');
  });
});
