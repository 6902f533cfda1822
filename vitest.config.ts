import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The JSON report lets .ci/run add up the three time-zone runs into one `N passed, N failed` line.
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
  resolve: {
    alias: { 'fupin-xindai': new URL('./src/index.ts', import.meta.url).pathname },
  },
});
