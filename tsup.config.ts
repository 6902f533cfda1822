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
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    external: ['zod', 'decimal.js', 'csv-parse'],
  },
]);
