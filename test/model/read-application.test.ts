import { describe, expect, it } from 'vitest';
import { Issues } from '../../src/model/issues.js';
import { readApplication } from '../../src/model/read-application.js';
import { loan, poor } from '../helpers/fixtures.js';

const application = (over: Record<string, unknown> = {}) => ({
  kind: 'new',
  bankDecision: 'approved',
  household: poor(),
  request: { amount: '30000', purpose: 'production' },
  existingLoans: [loan()],
  ...over,
});

describe('reading a lending application', () => {
  it('keeps a decision date on or after 28号 was issued, and no date as not given', () => {
    const issues = new Issues();
    expect(readApplication(application({ decisionDate: '2020-06-29' }), 'application', issues)?.decisionDate).toBe('2020-06-29');
    expect(readApplication(application(), 'application', issues)?.decisionDate).toBeNull();
    expect(issues.list).toEqual([]);
  });

  it('refuses a decision date before 28号 was issued, by its path', () => {
    const issues = new Issues();
    readApplication(application({ decisionDate: '2020-06-28' }), 'application', issues);
    expect(issues.list.map((i) => [i.path, i.code])).toEqual([['application.decisionDate', 'range']]);
  });

  it('reports a decision date that is no date once, as a date problem, not also as out of range', () => {
    const issues = new Issues();
    readApplication(application({ decisionDate: '2020-13-01' }), 'application', issues);
    expect(issues.list.map((i) => [i.path, i.code])).toEqual([['application.decisionDate', 'date']]);
    // (A date that is no date and would sort before 28号: still one date problem, not a range one too.)
    const earlier = new Issues();
    readApplication(application({ decisionDate: '2019-13-01' }), 'application', earlier);
    expect(earlier.list.map((i) => [i.path, i.code])).toEqual([['application.decisionDate', 'date']]);
  });

  it('reads a decision date given as null as not given', () => {
    const issues = new Issues();
    expect(readApplication(application({ decisionDate: null }), 'application', issues)?.decisionDate).toBeNull();
    expect(issues.list).toEqual([]);
  });
});
