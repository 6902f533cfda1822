import { describe, expect, it } from 'vitest';
import { checks, MAX_PURPOSE_LENGTH } from '../../src/model/checks.js';

// Each field check says exactly what is wrong: the code a caller branches on and the message the CLI prints. The
// schemas and the decisions reach these through many paths; here each answer is held to its words.
describe('field checks', () => {
  it('an id is a string with something besides white space', () => {
    expect(checks.id('H-1')).toBeNull();
    expect(checks.id(12)).toEqual({ code: 'type', message: 'must be a string' });
    expect(checks.id(' \t')).toEqual({ code: 'required', message: 'must not be blank' });
  });

  it("a date is a real calendar date 'YYYY-MM-DD', the bad text quoted (cut at 40 characters)", () => {
    expect(checks.date('2020-02-29')).toBeNull();
    expect(checks.date(20200229)).toEqual({ code: 'type', message: "must be a date string 'YYYY-MM-DD'" });
    expect(checks.date('2021-02-29')).toEqual({ code: 'date', message: "must be a real calendar date 'YYYY-MM-DD', got '2021-02-29'" });
    expect(checks.date('x'.repeat(50))?.message).toBe(`must be a real calendar date 'YYYY-MM-DD', got '${'x'.repeat(40)}'`);
  });

  it('a ratio is a decimal from 0 to 1, as text (at most 20 places) or a finite number', () => {
    for (const ok of ['0', '1', '0.8', '1.0', `0.${'1'.repeat(20)}`, 0, 1, 0.25]) expect(checks.ratio(ok), String(ok)).toBeNull();
    expect(checks.ratio('.8')).toEqual({ code: 'type', message: 'must be a decimal such as "0.8"' });
    expect(checks.ratio('-0.1')).toEqual({ code: 'type', message: 'must be a decimal such as "0.8"' });
    expect(checks.ratio('10')).toEqual({ code: 'range', message: 'must be between 0 and 1' });
    expect(checks.ratio('1.01')).toEqual({ code: 'range', message: 'must be between 0 and 1' });
    expect(checks.ratio(`0.${'1'.repeat(21)}`)).toEqual({ code: 'range', message: 'must have at most 20 decimal places' });
    expect(checks.ratio(Infinity)).toEqual({ code: 'type', message: 'must be a finite number or decimal string' });
    expect(checks.ratio(null)).toEqual({ code: 'type', message: 'must be a finite number or decimal string' });
    expect(checks.ratio(-0.01)).toEqual({ code: 'range', message: 'must be between 0 and 1' });
    expect(checks.ratio(1.01)).toEqual({ code: 'range', message: 'must be between 0 and 1' });
  });

  it('a day count is a whole, non-negative number', () => {
    expect(checks.dayCount(0)).toBeNull();
    expect(checks.dayCount(90)).toBeNull();
    expect(checks.dayCount('90')).toEqual({ code: 'type', message: 'must be a number of days' });
    expect(checks.dayCount(NaN)).toEqual({ code: 'type', message: 'must be a number of days' });
    for (const bad of [-1, 1.5, Infinity, 2 ** 53]) {
      expect(checks.dayCount(bad), String(bad)).toEqual({ code: 'range', message: 'must be a whole, non-negative number of days' });
    }
  });

  it(`a purpose is a code or text, not blank, at most ${MAX_PURPOSE_LENGTH} characters`, () => {
    expect(checks.purpose('养牛')).toBeNull();
    expect(checks.purpose('牛'.repeat(MAX_PURPOSE_LENGTH))).toBeNull();
    expect(checks.purpose(1)).toEqual({ code: 'type', message: 'must be a purpose code or the text written on the application' });
    expect(checks.purpose('  ')).toEqual({ code: 'required', message: 'must not be blank' });
    expect(checks.purpose('牛'.repeat(MAX_PURPOSE_LENGTH + 1))).toEqual({ code: 'range', message: 'must be at most 1000 characters' });
  });

  it('money is checked by the money module', () => {
    expect(checks.money('1.00')).toBeNull();
    expect(checks.money(-1)).toEqual({ code: 'money', message: 'must not be negative' });
  });
});
