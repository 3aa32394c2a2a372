// Lint rules; prettier checks formatting. Layering: every file under a folder of the table below
// belongs to that layer, and the rule in scripts/lint/layer-imports.ts resolves each import,
// export-from, dynamic import and vi.mock path (relative, or an alias of package.json#imports) to
// a file, then refuses a file of a layer the importer may not use, a relative path into another
// layer (across layers, imports use the alias) and the packages a layer refuses.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { layerImports } from './scripts/lint/layer-imports.ts';
import { jsxLiteralText } from './scripts/lint/jsx-literal-text.ts';

/** Packages that need a DOM, which the contract's shared code must run without. */
const DOM_ONLY = ['react', 'react-dom', 'react-i18next', 'dompurify', '@fontsource'];

/** Each layer: its folders and files, the layers it may import, the packages it refuses, why. */
const layers = {
  shared: {
    paths: ['electron/shared/'],
    mayImport: ['shared'],
    refuses: ['node:', 'electron', ...DOM_ONLY],
    why: 'the API contract and its types run in every process, in Node and in the browser',
  },
  core: {
    paths: ['electron/core/'],
    mayImport: ['shared', 'core'],
    refuses: ['electron'],
    why: 'the engine runs in the command line and the HTTP server as well as in the desktop app',
  },
  main: {
    paths: ['electron/main/'],
    mayImport: ['shared', 'core', 'main'],
    why: 'the main process runs the engine inside Electron, and the interface, the preload and the scripts are built apart from it',
  },
  preload: {
    paths: ['electron/preload/'],
    mayImport: ['shared', 'preload'],
    why: 'the sandboxed preload is built into one small file that exposes exactly the API contract',
  },
  ocr: {
    paths: ['electron/ocr/'],
    mayImport: ['shared', 'core', 'ocr'],
    refuses: ['electron'],
    why: 'the OCR worker runs beside the engine, in the command line as in the desktop app',
  },
  renderer: {
    paths: ['renderer/src/'],
    mayImport: ['shared', 'renderer'],
    refuses: ['node:', 'electron'],
    why: 'the interface runs in a browser and reaches the engine only through the API contract',
  },
  'static-copy': {
    paths: ['renderer/static-copy/'],
    mayImport: ['shared', 'static-copy'],
    refuses: ['node:', 'electron'],
    why: "the static copy's page runs in any browser from a USB stick, without the app",
  },
  cli: {
    paths: ['scripts/cli/', 'scripts/portal.ts'],
    mayImport: ['shared', 'core', 'cli'],
    refuses: ['electron'],
    why: 'the command line drives the engine without Electron or the other scripts',
  },
  scripts: {
    paths: ['scripts/'],
    mayImport: ['shared', 'core', 'cli', 'scripts'],
    refuses: ['electron'],
    why: 'the builders, benchmarks and lint rules use the engine and the command line, never the app',
  },
  fuzz: {
    paths: ['scripts/fuzz/'],
    mayImport: ['shared', 'core', 'main', 'scripts', 'fuzz'],
    refuses: ['electron'],
    why: "the fuzz targets knock on every door outside input comes through, the main process's IPC handlers included, without Electron",
  },
  tests: {
    paths: ['tests/'],
    mayImport: [
      'shared',
      'core',
      'main',
      'preload',
      'ocr',
      'renderer',
      'static-copy',
      'cli',
      'scripts',
      'fuzz',
      'tests',
    ],
    why: 'tests check every layer',
  },
};

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'out',
      'release',
      'resources',
      '.tmp',
      'tests/e2e/screenshots',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: {
      portal: { rules: { 'layer-imports': layerImports, 'jsx-literal-text': jsxLiteralText } },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'portal/layer-imports': ['error', { root: import.meta.dirname, layers }],
    },
  },
  {
    // One door to each database: statements are prepared in the typed stores only.
    files: ['electron/**', 'renderer/**', 'scripts/**'],
    ignores: ['electron/core/store/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='prepare']",
          message:
            'SQL statements are prepared in electron/core/store only: add a typed function to the store of that database.',
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Every interface language has every word: the interface's text comes from its strings.
    files: ['renderer/src/**/*.tsx'],
    rules: { 'portal/jsx-literal-text': 'error' },
  },
);
