import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// Mutation testing (npm run test:mutation) runs the tests that judge rules and decisions. It leaves out
// tests that read src as text (Stryker's instrumented sandbox is not the source: it adds its own
// helper code) and the slow end-to-end CLI and browser tests.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/rules/**/*.test.ts', 'test/decisions/**/*.test.ts', 'test/model/**/*.test.ts', 'test/properties/**/*.test.ts', 'test/citations.test.ts', 'test/timezone.test.ts', 'test/sources/**/*.test.ts'],
    // A test file that cannot load (the mutant broke a module's import) counts as a failed test, not as none.
    reporters: ['default', './test/helpers/unloadable-file-as-failed-test.ts'],
    // Each of ~2,000 mutants re-runs these tests: 50 generated cases per property keep a run to minutes.
    env: { FUPIN_PROPERTY_RUNS: '50' },
  },
});
