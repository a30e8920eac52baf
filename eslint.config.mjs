// ESLint for the whole tree (flat config). Formatting is Prettier's (`prettier --check` runs beside it in
// `npm run lint`); eslint-config-prettier turns off the rules that would argue with it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importPlugin from 'eslint-plugin-import';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers, inner to outer: core → app → addin, hosts, preview, cli. An import may only run inward, and the
 * outer layers do not import each other except where named: the preview is the add-in on the Excel double, and
 * the CLI reads .xlsx through hosts/xlsx. The add-in never imports hosts (the double carries HyperFormula, GPL).
 */
const layer = (target, from, message) => ({ target: `./src/${target}`, from: from.map((f) => `./src/${f}`), message });
const LAYERS = [
  layer('core', ['app', 'addin', 'hosts', 'preview', 'cli'], 'src/core is pure: it imports no other layer.'),
  layer('app', ['addin', 'hosts', 'preview', 'cli'], 'src/app talks to Excel through its port (src/app/port.ts).'),
  layer('addin', ['hosts', 'preview', 'cli'], 'The add-in ships: no double, no preview, no CLI in it.'),
  layer('hosts', ['addin', 'preview', 'cli'], 'A host implements the port; it does not import the add-in.'),
  layer('cli', ['addin', 'preview'], 'The CLI reads files through src/hosts/xlsx.'),
  layer('preview', ['cli'], 'The preview runs the add-in on the double, not the CLI.'),
];

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'test-artifacts/', 'node_modules/', 'fixtures/', 'schemas/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { import: importPlugin },
    settings: {
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    },
    rules: {
      'import/no-cycle': 'error',
      'import/no-restricted-paths': ['error', { zones: LAYERS }],
      // Unused arguments that a signature requires are named with a leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Chinese text uses the ideographic space U+3000 (分　值); forms, tests and comments quote it on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipComments: true, skipTemplates: true }],
    },
  },
  {
    // Plain Node scripts and configs are CommonJS: require() is how they import.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The rules of hooks. Not the React Compiler's rules of react-hooks 7 (purity, refs, memoization): ZiPing is
    // not compiled by it, and the preview's grid reads refs and the clock during render on purpose (virtualized
    // rows, measured redraws).
    files: ['**/*.tsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Code that drives Office.js: the add-in (its gateway and commands) and the preview's Office shim.
    files: ['src/addin/**/*.ts', 'src/addin/**/*.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  prettier,
);
