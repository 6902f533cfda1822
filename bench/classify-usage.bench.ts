// `npm run bench`: classifyUsage on codes and on typical 10–40 character application texts from the
// corpus. Target (issue 3): at least 200,000 classifications per second on free text.
import { bench, describe } from 'vitest';
import { classifyUsage, USAGE_PURPOSES } from 'fupin-xindai';
import { readCorpus } from '../test/helpers/usage-corpus.js';

const texts = readCorpus().map((r) => r.text).filter((t) => t.length >= 10 && t.length <= 40);
let i = 0;

describe('classifyUsage', () => {
  bench('free text, 10–40 characters', () => {
    classifyUsage(texts[i++ % texts.length]!);
  });
  bench('purpose codes', () => {
    classifyUsage(USAGE_PURPOSES[i++ % USAGE_PURPOSES.length]!);
  });
});
