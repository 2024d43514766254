import { builtinModules } from 'node:module'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/** Raw Electron APIs that only their wrapper files may touch. */
const RAW_ELECTRON_APIS = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer', 'shell'],
  message: 'Use the wrappers in electron/ipc.ts, electron/preload.ts and electron/external-links.ts.',
}
const WRAPPER_FILES = ['electron/ipc.ts', 'electron/preload.ts', 'electron/external-links.ts']

/** Every Node built-in module, with and without the `node:` prefix. */
const NODE_BUILTINS = {
  regex: `^(node:.*|(${builtinModules.join('|')})(/.*)?)$`,
  message: 'This layer runs without Node: no Node built-ins.',
}
const NO_ELECTRON = { regex: '^electron(/.*)?$', message: 'This layer never imports Electron.' }
/** Modules that need a DOM (React and what renders with it). */
const DOM_ONLY = {
  regex: '^(react|react-dom|react-i18next|zustand)(/.*)?$',
  message: 'shared/ runs without a DOM: no React, no store.',
}
/** A relative import that climbs out of its folder into the main process or the renderer. */
const INTO_MAIN = {
  regex: String.raw`^(\.\./)+electron(/|$)`,
  message: 'This layer imports nothing of electron/ (the main process).',
}
const INTO_RENDERER = {
  regex: String.raw`^(\.\./)+renderer(/|$)`,
  message: 'This layer imports nothing of renderer/.',
}
const INTO_FRONTS = {
  regex: String.raw`^(\.\./)+(api-service|ipc|main|preload|menu|cli|history|settings)(\.ts|/|$)`,
  message: 'The engine is used by the fronts, never the other way round.',
}

/** A front reaching past the engine's public entry (electron/engine/index.ts) into its modules. */
const ENGINE_INSIDE = {
  regex: String.raw`(^|/)engine/.`,
  message: 'Fronts use the engine through its one entry, electron/engine/index.ts.',
}

/**
 * Product functions stay at most 60 lines of code (blank lines and comments do not count: a
 * function is not made shorter by deleting its explanation). Tests, the e2e harness, scripts and
 * data tables (a fixture session written as one literal) are exempt.
 */
const FUNCTION_LINES = ['error', { max: 60, skipBlankLines: true, skipComments: true }]
const LONG_FUNCTIONS_EXEMPT = ['shared/report-export/fixture.ts']

/** One `no-restricted-imports` setting (a later block replaces an earlier one for the same files). */
const restrictImports = (...patterns) => ['error', { paths: [RAW_ELECTRON_APIS], patterns }]
const TESTS = ['**/*.test.ts', '**/*.test.tsx']

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '**/fixtures/**/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['{shared,electron,renderer}/**/*.{ts,tsx}'],
    ignores: [...TESTS, '**/*.test-helper.ts', '**/fixtures/**', ...LONG_FUNCTIONS_EXEMPT],
    rules: { 'max-lines-per-function': FUNCTION_LINES },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.{ts,tsx}'],
    ignores: WRAPPER_FILES,
    rules: { 'no-restricted-imports': restrictImports() },
  },
  {
    // The fronts (the app's main process, the CLI, the harness) see only the engine's entry.
    files: ['electron/**/*.ts', 'e2e/**/*.ts'],
    ignores: [...WRAPPER_FILES, 'electron/engine/**', ...TESTS],
    rules: { 'no-restricted-imports': restrictImports(ENGINE_INSIDE) },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports(
        NODE_BUILTINS,
        NO_ELECTRON,
        DOM_ONLY,
        INTO_MAIN,
        INTO_RENDERER,
      ),
    },
  },
  {
    // Tests of shared/ may read their fixtures from disk; they still stay out of the other layers.
    files: TESTS.map((glob) => `shared/${glob}`),
    rules: { 'no-restricted-imports': restrictImports(NO_ELECTRON, DOM_ONLY, INTO_MAIN, INTO_RENDERER) },
  },
  {
    files: ['electron/engine/**/*.ts'],
    rules: { 'no-restricted-imports': restrictImports(NO_ELECTRON, INTO_FRONTS, INTO_RENDERER) },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrictImports(NODE_BUILTINS, NO_ELECTRON, INTO_MAIN) },
  },
  {
    files: TESTS.map((glob) => `renderer/${glob}`),
    rules: { 'no-restricted-imports': restrictImports(NO_ELECTRON, INTO_MAIN) },
  },
)
