import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Some tests run the audit CLI or a browser; on a busy two-core machine the 5 s default is too short.
    // Nothing here is a timing test: a timeout only guards against a hang.
    testTimeout: 60_000,
    // The offline page is built from the current sources before the tests that open it (test/setup/build-page.ts).
    globalSetup: ['test/setup/build-page.ts'],
    hookTimeout: 60_000,
    // The JSON report lets .ci/run add up the three time-zone runs into one `N passed, N failed` line.
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
  resolve: {
    alias: { 'fupin-xindai': new URL('./src/index.ts', import.meta.url).pathname },
  },
});
