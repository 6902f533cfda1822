import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'neutral',
  treeshake: true,
  // Runtime dependencies stay external: a bank's build resolves them once.
  external: ['zod', 'decimal.js'],
});
