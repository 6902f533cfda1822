import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// Mutation testing (npm run test:mutation) runs the tests that judge rules and decisions. It leaves out
// tests that read src as text (Stryker's instrumented sandbox is not the source: it adds its own
// helper code) and the slow end-to-end CLI and browser tests.
// `npm run test:mutation:audit` sets FUPIN_MUTATION_SCOPE=audit and mutates src/audit only. Its judges are the
// audit's own tests and the CLI's: those run the CLI in-process (main(), not a child process), so a mutant of
// src/audit is what they see.
const AUDIT = process.env.FUPIN_MUTATION_SCOPE === 'audit';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: AUDIT
      ? ['test/audit/**/*.test.ts', 'test/cli/**/*.test.ts']
      : ['test/rules/**/*.test.ts', 'test/decisions/**/*.test.ts', 'test/model/**/*.test.ts', 'test/properties/**/*.test.ts', 'test/citations.test.ts', 'test/timezone.test.ts', 'test/sources/**/*.test.ts'],
    // A test file that cannot load (the mutant broke a module's import) counts as a failed test, not as none.
    reporters: ['default', './test/helpers/unloadable-file-as-failed-test.ts'],
    // Each of ~2,000 mutants re-runs these tests: 50 generated cases per property keep a run to minutes.
    env: { FUPIN_PROPERTY_RUNS: '50' },
  },
});
