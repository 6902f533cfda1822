import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// Mutation testing (npm run test:mutation) runs the tests that judge rules and decisions. It leaves out
// tests that read src as text (Stryker's instrumented sandbox is not the source: it adds its own
// helper code) and the slow end-to-end CLI and browser tests.
// `npm run test:mutation:audit` sets FUPIN_MUTATION_SCOPE=audit and mutates src/audit only, judged by test/audit.
// test/cli runs the CLI in-process, so it does see those mutants, but measured beside test/audit it killed none
// more, tripled the run, and its beforeAll made nine mutants in ten static (each then runs every test, and an
// incremental run cannot see a test change for it). Not `--testFiles`: it leaves static mutants inactive
// (stryker-js #6144). docs/reliability.md has the figures.
// `npm run test:mutation:model` sets FUPIN_MUTATION_SCOPE=model and mutates src/model only, judged by the model's
// own tests, the properties (the schemas against the library, hostile input, records parsed once), the decisions' tests
// and the golden cases, which read records and options through it (the model's own tests alone left 67 mutants
// uncovered). Not test/rules: its purpose corpora made each mutant take ten seconds.
const AUDIT = process.env.FUPIN_MUTATION_SCOPE === 'audit';
const MODEL = process.env.FUPIN_MUTATION_SCOPE === 'model';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: AUDIT
      ? ['test/audit/**/*.test.ts']
      : MODEL
        ? ['test/model/**/*.test.ts', 'test/properties/**/*.test.ts', 'test/decisions/**/*.test.ts', 'test/golden.test.ts']
        : [
            'test/rules/**/*.test.ts',
            'test/decisions/**/*.test.ts',
            'test/model/**/*.test.ts',
            'test/properties/**/*.test.ts',
            'test/citations.test.ts',
            'test/timezone.test.ts',
            'test/sources/**/*.test.ts',
          ],
    // A test file that cannot load (the mutant broke a module's import) counts as a failed test, not as none.
    reporters: ['default', './test/helpers/unloadable-file-as-failed-test.ts'],
    // Each of ~2,000 mutants re-runs these tests: 50 generated cases per property keep a run to minutes.
    env: { FUPIN_PROPERTY_RUNS: '50' },
  },
});
