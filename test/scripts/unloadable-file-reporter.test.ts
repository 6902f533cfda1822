// The mutation runs' reporter (test/helpers/unloadable-file-as-failed-test.ts): a test file that failed
// to load gets one failed test carrying its error, so Stryker counts the mutant that broke it as killed.
import type { File } from '@vitest/runner';
import { describe, expect, it } from 'vitest';
import { failUnloadableFiles } from '../helpers/unloadable-file-as-failed-test.js';

const file = (state: 'pass' | 'fail', tasks: unknown[] = [], message = 'Cannot find clause text') =>
  ({ id: 'f1', name: 'test/rules/x.test.ts', filepath: '/p/test/rules/x.test.ts', tasks, result: { state, errors: [{ message }] } }) as unknown as File;

describe('unloadable test files in a mutation run', () => {
  it('gives a file that failed with no tests one failed test with its load error', () => {
    const broken = file('fail');
    expect(failUnloadableFiles([broken])).toBe(1);
    const [test] = broken.tasks;
    expect(test).toMatchObject({
      type: 'test',
      mode: 'run',
      file: broken,
      suite: broken,
      result: { state: 'fail', errors: [{ message: 'Cannot find clause text' }] },
    });
  });

  it('leaves alone files that loaded, whether their tests passed or failed', () => {
    const passed = file('pass');
    const failedTests = file('fail', [{ type: 'test', result: { state: 'fail' } }]);
    expect(failUnloadableFiles([passed, failedTests])).toBe(0);
    expect(passed.tasks).toHaveLength(0);
    expect(failedTests.tasks).toHaveLength(1);
  });
});
