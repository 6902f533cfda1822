import { describe, expect, it } from 'vitest';
import { checkEligibility } from 'fupin-xindai';
import { cited, findingOf, poor } from '../helpers/fixtures.js';

const RULE = 'request.purpose';

describe('request.purpose', () => {
  it('CBIRC-2020-28/5.1 passes a production purpose, as code or text', () => {
    for (const purpose of ['production', '扩建牛舍养殖肉牛']) {
      const r = checkEligibility(poor(), { amount: '10000', purpose });
      expect(findingOf(r, RULE).outcome).toBe('pass');
      expect(r.eligible).toBe(true);
    }
  });

  it('CBIRC-2020-28/5.1 fails a prohibited purpose and the request is not eligible', () => {
    const r = checkEligibility(poor(), { amount: '10000', purpose: '给儿子娶媳妇' });
    const f = findingOf(r, RULE);
    expect(f.outcome).toBe('fail');
    expect(f.facts?.category).toBe('marriage');
    expect(cited(f)).toContain('CBIRC-2020-28/5.1');
    expect(r.eligible).toBe(false);
  });

  it('CBIRC-2020-28/5.1 does not lend on an unrecognised purpose', () => {
    const r = checkEligibility(poor(), { amount: '10000', purpose: '其他' });
    expect(findingOf(r, RULE).outcome).toBe('fail');
    expect(findingOf(r, RULE).facts?.category).toBe('unknown');
    expect(r.eligible).toBe(false);
  });
});
