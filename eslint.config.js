// Lint rules, including the layer boundaries from docs/ARCHITECTURE.md:
// shared/ is pure; renderer/, electron/ and server/ may import shared/ but never each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import prettier from 'eslint-config-prettier';
import formatjs from 'eslint-plugin-formatjs';
import { UNTRANSLATED } from './renderer/untranslated.js';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util'];

/** Builds a no-restricted-imports rule that forbids the given module patterns. */
function forbid(patterns, message) {
  return ['error', { patterns: [{ group: patterns, message }] }];
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'bench/results/**',
      'test-results/**',
      'playwright-report/**',
      'release/**',
      '.scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [
          '**/renderer/**',
          '**/electron/**',
          '**/server/**',
          'electron',
          'react',
          'react-dom',
          'ws',
          'better-sqlite3',
          'y-indexeddb',
          'y-websocket',
          ...nodeBuiltins,
        ],
        'shared/ is pure TypeScript: no DOM, Node, Electron or UI imports.',
      ),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': forbid(
        ['**/electron/**', '**/server/**', 'electron', 'ws', 'better-sqlite3', ...nodeBuiltins],
        'renderer/ runs in the page: it reaches its host only through HostApi.',
      ),
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['**/renderer/**', '**/server/**'],
        'electron/ talks to the renderer over IPC only.',
      ),
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: { 'no-restricted-imports': forbid(['**/renderer/**', '**/electron/**'], 'server/ is Node only.') },
  },
  { files: ['test/**/*.ts'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  // Every string a person sees comes from the message catalogues (shared/i18n/catalogues): no literal text in JSX
  // children or in user-facing props (aria-*, title, placeholder, alt, label). Files still being converted are
  // listed in renderer/untranslated.js, which must end empty.
  {
    files: ['renderer/**/*.tsx'],
    ignores: UNTRANSLATED,
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-jsx': ['error', { props: { include: [['*', '{label,placeholder,title,alt}']] } }],
    },
  },
  // Formatting is Prettier's (`npm run format`); this turns off the lint rules that would disagree with it.
  prettier,
);
