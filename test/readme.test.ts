// The README's usage example is examples/quick-start.ts, verbatim, and it prints what its comments say.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const quickStart = readFileSync(new URL('../examples/quick-start.ts', import.meta.url), 'utf8');

describe('README', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows examples/quick-start.ts verbatim under Usage', () => {
    const usage = readme.slice(readme.indexOf('## Usage'));
    const block = /```ts\n([\s\S]*?)```/.exec(usage)?.[1];
    expect(block).toBe(quickStart);
  });

  it('quick-start prints what each `// =>` comment says', async () => {
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
    await import('../examples/quick-start.js');
    const expected = [...quickStart.matchAll(/\/\/ => (.*)$/gm)].map((m) => m[1]);
    expect(expected.length).toBe(3);
    expect(printed).toEqual(expected);
  });

  it('keeps the example to 15 lines, as issue 8 asks', () => {
    expect(quickStart.trimEnd().split('\n').length).toBeLessThanOrEqual(15);
  });

  it('tells a newcomer the commands to run after cloning', () => {
    for (const cmd of ['npm ci', 'npm run demo', 'npm test']) expect(readme).toContain(cmd);
  });
});
