// Lint rules, including the layer boundaries from docs/ARCHITECTURE.md:
// shared/ is pure; renderer/, electron/ and server/ may import shared/ but never each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import prettier from 'eslint-config-prettier';
import formatjs from 'eslint-plugin-formatjs';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util'];

/** Renderer files that are not the interface: tests and their helpers (fixture text, no catalogue). */
const RENDERER_TESTS = ['renderer/**/*.test.{ts,tsx}', 'renderer/src/testing/**'];

const TEXT = '[value=/[A-Za-z]{2}/]';
const TEXT_PROPERTY = '/^(text|label|title|placeholder|message|description|confirm|submitLabel)$/';
const TEXT_DOM_PROPERTY = '/^(title|textContent|innerText|placeholder|alt|ariaLabel)$/';
const TEXT_ATTRIBUTE = '/^(aria-label|aria-description|aria-placeholder|aria-roledescription|title|placeholder|alt)$/';
const why = 'A person reads this: put it in the catalogues (shared/i18n/catalogues/en.ts) and use t().';
/** Literal words where a person will read them, outside JSX (`no-restricted-syntax` selectors). */
const LITERAL_TEXT_OUTSIDE_JSX = [
  // notify({ kind, text: 'Saved.' }), { label: 'Open' }, { title: `Export ${x}` }
  `Property[key.name=${TEXT_PROPERTY}] > Literal${TEXT}`,
  `Property[key.name=${TEXT_PROPERTY}] > TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]{2}/]`,
  // el.title = 'Footnote'; document.title = `${title} · Concord`
  `AssignmentExpression[left.property.name=${TEXT_DOM_PROPERTY}] > Literal.right${TEXT}`,
  `AssignmentExpression[left.property.name=${TEXT_DOM_PROPERTY}] > TemplateLiteral.right > TemplateElement[value.raw=/[A-Za-z]{2}/]`,
  // el.setAttribute('aria-label', 'Footnote')
  `CallExpression[callee.property.name='setAttribute'][arguments.0.value=${TEXT_ATTRIBUTE}][arguments.1.value=/[A-Za-z]{2}/]`,
  `CallExpression[callee.property.name='setAttribute'][arguments.0.value=${TEXT_ATTRIBUTE}][arguments.1.type='TemplateLiteral']`,
  // throw new Error('Could not …'): a sentence for a person (internal errors start lowercase)
  'NewExpression[callee.name=/Error$/] > Literal[value=/^[A-Z][a-z]/]',
  'NewExpression[callee.name=/Error$/] > TemplateLiteral > TemplateElement:first-child[value.raw=/^[A-Z][a-z]/]',
  // alert('…'), confirm('…'), prompt('…')
  `CallExpression[callee.name=/^(alert|confirm|prompt)$/] > :matches(Literal, TemplateLiteral)`,
].map((selector) => ({ selector, message: why }));

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
    // Node code the server and the desktop main process share (reading files beside an imported Markdown file).
    files: ['nodeshared/**/*.ts'],
    ignores: ['nodeshared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['**/renderer/**', '**/electron/**', '**/server/**', 'electron', 'react', 'react-dom'],
        'nodeshared/ is Node code for the server and the desktop main process: no UI or Electron imports.',
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
  // Every string a person sees comes from the message catalogues (shared/i18n/catalogues), through `useT()`.
  // In JSX: no literal text in children or in user-facing props (aria-label and the other aria-* names, title,
  // placeholder, alt, label, and the texts our own dialogs take: confirm, submitLabel). A glyph that is the same in
  // every language is a named constant. Tests are exempt: they pass fixture text.
  {
    files: ['renderer/**/*.tsx'],
    ignores: RENDERER_TESTS,
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-jsx': [
        'error',
        { props: { include: [['*', '{label,placeholder,title,alt,confirm,submitLabel}']] } },
      ],
    },
  },
  // Outside JSX (see test/lint/literalStrings.test.ts for what is caught): notices, dialog and error texts, DOM
  // text and attributes set by hand, and sentences thrown as errors. Internal errors start lowercase; errors a
  // person reads are LocalizedErrors, named by catalogue id.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: RENDERER_TESTS,
    rules: { 'no-restricted-syntax': ['error', ...LITERAL_TEXT_OUTSIDE_JSX] },
  },
  // Formatting is Prettier's (`npm run format`); this turns off the lint rules that would disagree with it.
  prettier,
);
