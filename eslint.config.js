import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Dependency direction (docs/ARCHITECTURE.md): core and instruments depend on
// nothing in the repo; the web app never imports server code.
const noServerImports = {
  patterns: [
    {
      group: ['@tandem/server', '**/apps/server/**'],
      message: 'web and packages never import server code',
    },
  ],
};
const pureTandemPackage = {
  patterns: [
    {
      group: ['@tandem/server', '@tandem/web', '**/apps/**'],
      message: 'pure packages depend on nothing in apps',
    },
  ],
  paths: [
    { name: 'node:fs', message: 'pure package: no I/O' },
    { name: 'node:fs/promises', message: 'pure package: no I/O' },
    { name: 'node:net', message: 'pure package: no I/O' },
    { name: 'node:http', message: 'pure package: no I/O' },
    { name: 'pg', message: 'pure package: no I/O' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      '**/*.mjs',
      '**/*.js',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests read JSON responses (typed any) and assert on them; type-unsafe access there is the point.
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['packages/core/src/**/*.ts', 'packages/instruments/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...pureTandemPackage,
          patterns: [
            ...pureTandemPackage.patterns,
            { group: ['@tandem/*'], message: 'core and instruments depend on nothing in the repo' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', noServerImports],
    },
  },
);
