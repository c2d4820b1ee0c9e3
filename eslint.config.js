// Lint rules; dependency direction is enforced with no-restricted-imports (style.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Dependencies point inward: cli/ and main/ are shells over checks/ and reports/, never each other's.
const NO_ELECTRON = { group: ['electron'], message: 'electron is imported only in main/.' };
const NO_CLI = { group: ['**/cli/*', '**/cli'], message: 'Only the command line imports cli/; shared scan options live in checks/scan-options.ts.' };
const NO_MAIN = { group: ['**/main/*', '**/main'], message: 'Only the app imports main/.' };

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', 'coverage/**', 'tests/fixtures/**', '.dbg/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'electron is imported only in main/.' }] }],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_CLI] }] },
  },
  {
    files: ['checks/**/*.ts', 'reports/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_ELECTRON, NO_CLI, NO_MAIN] }] },
  },
  {
    // Pure analysis: no side-effect modules in analyzers, parsers and report builders.
    files: ['checks/**/analyze*.ts', 'checks/**/parse*.ts', 'reports/**/*.ts'],
    ignores: ['reports/sign*.ts', 'reports/**/write*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:fs', 'node:fs/*', 'fs', 'fs/*', 'node:child_process', 'child_process'], message: 'Analyzers and report builders are pure: take evidence, return data.' },
            NO_ELECTRON,
            NO_CLI,
            NO_MAIN,
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'electron', '../main/*', '../checks/**/collect*', '../checks/probe/*'], message: 'The renderer talks to the engine only through window.practiceAudit.' },
          ],
        },
      ],
    },
  },
);
