import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: pure, for import and require.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'neutral',
    treeshake: true,
    // Runtime dependencies stay external: a bank's build resolves them once.
    external: ['zod', 'decimal.js'],
  },
  {
    // The audit CLI (the package's bin): Node only, ESM.
    // Its worker thread for --workers (src/cli/loan-threads.ts finds it beside cli.js).
    entry: { cli: 'src/cli/main.ts', 'loan-worker': 'src/cli/loan-worker.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    external: ['zod', 'decimal.js', 'csv-parse'],
  },
]);
