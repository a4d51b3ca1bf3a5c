// Lint: typescript-eslint for all TypeScript, plus the lit and wc plugins for the elements and stories.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'storybook-static/**', 'coverage/**', 'packages/sdk/src/generated/**', 'examples/vanilla/dist/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['packages/elements/src/**/*.ts', 'stories/**/*.ts', 'examples/**/*.ts'],
    plugins: { lit, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      'wc/guard-super-call': 'off',
    },
  },
  // Architecture: packages import each other only by package name, elements never import the server,
  // the SDK never imports elements or the server (sources reach each other through `ck-source`).
  ...[
    ['packages/elements/src/**/*.ts', ['@conversations-kit/server', '@conversations-kit/server/*']],
    ['packages/sdk/src/**/*.ts', ['@conversations-kit/server', '@conversations-kit/server/*', '@conversations-kit/elements', '@conversations-kit/elements/*', 'lit', 'lit/*']],
    ['packages/contract/src/**/*.ts', ['@conversations-kit/server', '@conversations-kit/server/*', '@conversations-kit/elements', '@conversations-kit/elements/*']],
    ['packages/server/src/**/*.ts', ['@conversations-kit/elements', '@conversations-kit/elements/*']],
  ].map(([files, forbidden]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: forbidden, message: 'This package must not depend on that one (see docs/architecture.md).' },
          { group: ['**/packages/*/src/**', '../../*/src/**', '../../../*/src/**', '../../../../*/src/**'], message: 'Import another workspace package by its name, not by a path into its sources.' },
        ],
      }],
    },
  })),
  {
    // Tests poke at raw JSON bodies and DOM internals; `any` there reads better than casts.
    files: ['**/*.test.ts', '**/test/**/*.ts', '**/test-support/**/*.ts', '**/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
