/**
 * A vitest reporter for mutation runs only (vitest.stryker.config.ts). StrykerJS's vitest runner (9.x,
 * and 10.0 still) builds a mutant's result from the tests it collected; a test file whose import
 * throws collects none, so a mutant that stops a module from loading — `defineRule({})`, a citation
 * that is no longer verbatim — is scored Survived although every test importing it fails
 * (stryker-js issue #6150). This gives each test file that failed with no tests one failed test
 * carrying the load error, which is what it is. Files that loaded are left alone.
 */
import type { File, Test } from '@vitest/runner';
import type { Reporter, TestModule } from 'vitest/node';

export function failUnloadableFiles(files: readonly File[]): number {
  let added = 0;
  for (const file of files) {
    if (file.result?.state !== 'fail' || file.tasks.length > 0) continue;
    const error = file.result.errors?.[0];
    const test = {
      type: 'test',
      id: `${file.id}_load`,
      name: 'loads its modules',
      mode: 'run',
      file,
      suite: file,
      meta: {},
      timeout: 0,
      annotations: [],
      artifacts: [],
      result: { state: 'fail', errors: [error ?? { message: `${file.name} failed to load` }] },
    } as unknown as Test;
    file.tasks.push(test);
    added++;
  }
  return added;
}

export default class UnloadableFileAsFailedTest implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    failUnloadableFiles(testModules.map((m) => (m as unknown as { task: File }).task));
  }
}
