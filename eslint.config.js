// ESLint 9 flat config: typescript-eslint strict + stylistic, type-checked, for every TypeScript file
// tsconfig.json covers (src, test, examples, scripts, bench, root configs). Formatting is Prettier's
// job, so no rule here is about layout.
//
// Violations in the code when this was written are in eslint-suppressions.json (bulk suppressions,
// ESLint 9.24+): they do not fail `npm run lint`, a new one does, and the file can only shrink
// (`npm run lint:prune` drops entries that no longer occur). Do not add to it by hand.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/', 'reports/', 'coverage/', 'docs/api/', '.stryker-tmp/', 'node_modules/', 'test/fixtures/', 'api/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // The offline page is checked as a browser runs it (tsconfig.web.json: the DOM, no Node), which tsconfig.json excludes.
    files: ['src/web/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: false, project: './tsconfig.web.json', tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      // Numbers and booleans in messages are deliberate (counts, amounts already formatted, flags);
      // objects, arrays, null and undefined in a template are still errors.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // noUncheckedIndexedAccess is on by choice, so `a[i]!` after a bounds check or a Map hit is the idiom
      // (the hot loops cannot afford a second check); no-unnecessary-type-assertion still flags a needless `!`.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The purpose reader works on Chinese text by code point: `[...'店铺馆']` is a set of characters by design,
    // and grapheme segmentation is not wanted. Elsewhere the rule still guards string and object spreads.
    files: ['src/rules/usage-*.ts'],
    rules: { '@typescript-eslint/no-misused-spread': 'off' },
  },
  {
    // Plain JavaScript (the .mjs scripts, configs) is outside tsconfig.json: lint it without types.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      // Node's globals, listed here rather than through the `globals` package (not a dependency).
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
);
