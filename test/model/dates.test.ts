import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysInMonth, isIsoDate, isLeapYear, laterOf, toEpochDay } from '../../src/model/dates.js';

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

// Worked by hand (not by the code under test), for the traps of doing this with JavaScript dates.
describe('calendar traps', () => {
  it('leap years: every 4th, not every 100th, every 400th (1900 no, 2000 yes, 2100 no)', () => {
    expect([1900, 2000, 2100, 2400, 2020, 2021, 4, 100, 400].map(isLeapYear)).toEqual([false, true, false, true, true, false, true, false, true]);
    expect([1900, 2000, 2100].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28]);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2400-02-29')).toBe(true);
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('1900-03-01', -1)).toBe('1900-02-28');
    expect(addDays('2000-03-01', -1)).toBe('2000-02-29');
    expect(addDays('2100-03-01', -1)).toBe('2100-02-28');
    expect(toEpochDay('2101-01-01') - toEpochDay('2100-01-01')).toBe(365);
    expect(toEpochDay('2001-01-01') - toEpochDay('2000-01-01')).toBe(366);
  });

  it('years 0001–0099 stay as written (JavaScript date constructors read 0–99 as 1900–1999)', () => {
    expect(isIsoDate('0001-01-01')).toBe(true);
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate('0004-02-29')).toBe(true);
    expect(isIsoDate('0100-02-29')).toBe(false);
    expect(toEpochDay('0001-01-01')).toBe(-719_162); // 1969 years of 365 days and 477 leap days
    expect(addDays('0001-01-01', 0)).toBe('0001-01-01');
    expect(addDays('0001-01-01', 1)).toBe('0001-01-02');
    expect(addDays('0004-02-28', 1)).toBe('0004-02-29');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(addDays('0100-03-01', -1)).toBe('0100-02-28');
    expect(addMonths('0050-01-31', 1)).toBe('0050-02-28');
    expect(addMonths('0047-08-31', 6)).toBe('0048-02-29');
    expect(addMonths('0099-08-31', 6)).toBe('0100-02-28');
    expect(addMonths('0001-01-15', 0)).toBe('0001-01-15');
  });

  it('month ends clamp: 31 January + 1 month is the last day of February', () => {
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2021-01-31', 1)).toBe('2021-02-28');
    expect(addMonths('1900-01-31', 1)).toBe('1900-02-28');
    expect(addMonths('2000-01-31', 1)).toBe('2000-02-29');
    expect(addMonths('2100-01-31', 1)).toBe('2100-02-28');
    expect(addMonths('2020-02-29', 12)).toBe('2021-02-28');
    expect(addMonths('2020-02-29', 48)).toBe('2024-02-29');
    expect(addMonths('2020-05-31', 1)).toBe('2020-06-30');
    expect(addMonths('2020-01-30', 1)).toBe('2020-02-29');
    expect(addMonths('2020-02-28', 1)).toBe('2020-03-28'); // a clamped day is not a month end later
    // Not associative: one month twice is not two months.
    expect(addMonths(addMonths('2020-01-31', 1), 1)).toBe('2020-03-29');
    expect(addMonths('2020-01-31', 2)).toBe('2020-03-31');
  });

  it('counts back with negative months and days', () => {
    expect(addMonths('2020-03-31', -1)).toBe('2020-02-29');
    expect(addMonths('2021-03-31', -1)).toBe('2021-02-28');
    expect(addMonths('2021-02-28', -6)).toBe('2020-08-28');
    expect(addMonths('2020-01-15', -1)).toBe('2019-12-15');
    expect(addMonths('2020-01-15', -13)).toBe('2018-12-15');
    expect(addDays('2021-01-01', -366)).toBe('2020-01-01');
    expect(addDays('1970-01-01', -1)).toBe('1969-12-31');
    expect(toEpochDay('1969-12-31')).toBe(-1);
    expect(addDays('2021-06-29', -90)).toBe('2021-03-31');
    expect(addDays('2020-01-15', 0)).toBe('2020-01-15');
  });

  it('days a time zone skipped are ordinary calendar days', () => {
    // Kiritimati went from UTC−10 to UTC+14 by skipping 1994-12-31; Samoa skipped 2011-12-30.
    expect(addDays('1994-12-30', 2)).toBe('1995-01-01');
    expect(addDays('1995-01-01', -1)).toBe('1994-12-31');
    expect(toEpochDay('1995-01-01') - toEpochDay('1994-12-30')).toBe(2);
    expect(addDays('2011-12-29', 1)).toBe('2011-12-30');
    expect(addMonths('2011-11-30', 1)).toBe('2011-12-30');
    expect(addMonths('1994-11-30', 1)).toBe('1994-12-30');
    expect(addMonths('1994-10-31', 2)).toBe('1994-12-31');
  });

  it('past 9999-12-31 the year keeps all its digits, as before date-fns (such a result is not an IsoDate)', () => {
    expect(toEpochDay('9999-12-31')).toBe(2_932_896);
    expect(addMonths('9999-07-31', 5)).toBe('9999-12-31');
    expect(addMonths('9999-12-31', 6)).toBe('10000-06-30');
    expect(addMonths('9999-08-31', 6)).toBe('10000-02-29'); // 10000 is divisible by 400
    expect(addDays('9999-12-31', 1)).toBe('10000-01-01');
    expect(isIsoDate(addDays('9999-12-31', 1))).toBe(false);
    expect(addDays('0001-01-01', -1)).toBe('0000-12-31');
  });

  it('whole 400-year cycles (146,097 days, 4,800 months) move only the year, even past the range of a JavaScript date', () => {
    expect(addDays('2020-01-01', 146_097)).toBe('2420-01-01');
    expect(addDays('2020-02-29', -146_097)).toBe('1620-02-29');
    expect(addMonths('2020-01-31', 4_801)).toBe('2420-02-29');
    expect(addMonths('2020-01-31', -4_799)).toBe('1620-02-29');
    // A JavaScript date ends at +275760-09-13; the arithmetic before date-fns had no end.
    expect(addDays('2020-01-01', 146_097 * 1_000_000)).toBe('400002020-01-01');
    expect(addDays('2020-01-01', 1_000_000_000)).toBe('2739927-01-04');
    expect(addMonths('2020-08-31', 4_800 * 1_000 + 6)).toBe('402021-02-28');
  });
});

describe('isIsoDate, case by case', () => {
  it('accepts a real date and refuses every way of writing one wrong', () => {
    for (const ok of ['2020-02-29', '0001-01-01', '9999-12-31', '2021-01-31']) expect(isIsoDate(ok), ok).toBe(true);
    const bad = [
      '2021-02-29', // not a leap year
      '0000-01-01', // no year 0
      '2020-00-10',
      '2020-13-10',
      '2020-01-00',
      '2020-01-32',
      '2020-04-31',
      '2020/01/01', // separators
      '2020-01/01',
      '2020/01-01',
      '2020-1-011', // ten characters, dashes elsewhere
      '2020-01-1',
      '2020-01-010',
      '2020-0a-01', // a letter, and the characters just outside the digits
      '2020-01-0/',
      '2020-01-0:',
      '202/-01-01',
      '20:0-01-01',
    ];
    for (const no of bad) expect(isIsoDate(no), no).toBe(false);
    expect(isIsoDate(20200101)).toBe(false);
  });
});
