// canonicalText takes one of the two document ids; anything else is bad input, not a TypeError.
import { describe, expect, it } from 'vitest';
import { canonicalText, PolicyInputError } from 'fupin-xindai';

describe('canonicalText input', () => {
  it('refuses an unknown document id with a PolicyInputError naming it', () => {
    for (const bad of ['CBIRC-2020-29', '', null, 28, 'toString', '__proto__']) {
      let caught: unknown;
      try {
        canonicalText(bad as never);
      } catch (e) {
        caught = e;
      }
      expect(caught, String(bad)).toBeInstanceOf(PolicyInputError);
      expect((caught as PolicyInputError).issues).toEqual([{ path: 'id', code: 'enum', message: "must be 'CBIRC-2020-28' or 'HLJ-2020-47'" }]);
    }
    expect(canonicalText('HLJ-2020-47')).toContain('黑金发〔2020〕47号');
  });
});
