// The house rules of DESIGN.md ("Imports point one way"), enforced: import boundaries between the
// parts of src/, no import cycles, and a small recommended base. Why this parser and these plugins:
// docs/decisions/012-lint-and-import-boundaries.md. test/unit/lint/boundaries.test.ts proves that
// each boundary fails when it is broken.
import fs from 'node:fs'
import path from 'node:path'
import js from '@eslint/js'
import { defineConfig, globalIgnores } from 'eslint/config'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const root = import.meta.dirname

/** Every folder under src/features is a feature; a new one is covered as soon as it exists. */
const features = fs
  .readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/** Packages that render: the simulator and the service worker know none of them. */
const renderingPackages = ['react', 'react-dom', 'react-router', '@tanstack/react-query'].flatMap((name) => [
  name,
  `${name}/*`,
])

/**
 * What features may reach in the simulator. `rules` (pure validation and display rules: card form,
 * card brands, CSV columns, display states…) is allowed for now: features use it in about twenty
 * files, and moving it behind services is a refactor of its own (decision 012).
 */
const simulatorSeamsForFeatures = ['./services', './model', './operations', './rules']

const zones = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other: move what both need to ui/, lib/ or simulator/services.',
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'Features never import the app shell: the app imports features.',
  },
  {
    target: './src/features',
    from: './src/simulator',
    except: simulatorSeamsForFeatures,
    message: 'Features reach the simulator only through simulator/services, model, operations (and rules).',
  },
  {
    target: './src/simulator',
    from: ['./src/ui', './src/features', './src/app'],
    message: 'The simulator is plain TypeScript: no UI, features or app.',
  },
  {
    target: ['./src/simulator/model', './src/simulator/rules', './src/simulator/store', './src/simulator/services'],
    from: './src/simulator/http',
    message: 'simulator/http calls the services, never the other way round.',
  },
  {
    target: ['./src/ui', './src/lib'],
    from: ['./src/features', './src/app', './src/simulator'],
    message: 'ui/ and lib/ sit below features, the app and the simulator.',
  },
  {
    target: './src/worker',
    from: ['./src/features', './src/ui', './src/app'],
    message: 'The service worker runs the simulator only: no features, UI or app.',
  },
  {
    target: './src/testing',
    from: ['./src/features', './src/ui', './src/app', './src/lib', './src/worker'],
    message: 'The testing library (pay-playground/testing) runs the simulator only: no features, UI, app, lib or worker.',
  },
  {
    // Every part of src/ except the library itself (a glob: a new folder is covered as soon as it exists).
    target: ['./src/!(testing)/**/*', './src/*.*'],
    from: './src/testing',
    message: 'Nothing in the app or the simulator imports the testing library: it is a package entry of its own.',
  },
]

const noRenderingPackages = {
  'no-restricted-imports': [
    'error',
    { patterns: [{ group: renderingPackages, message: 'No React (or React Query, React Router) here.' }] },
  ],
}

export default defineConfig([
  globalIgnores(['dist/', 'test-results/', 'playwright-report/', 'public/']),
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: {
      // typescript-eslint's parser for every file, so import-x parses any file an import reaches.
      parser: tseslint.parser,
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // tsc checks names and unused code (noUnusedLocals, noUnusedParameters), with types in view.
    // `any` is allowed only where a comment says why (test code reading arbitrary JSON).
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.eslintRecommended],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: { 'no-unused-vars': 'off', '@typescript-eslint/no-explicit-any': 'error' },
  },
  {
    // The hooks rules are for components. Tests have helpers called `use…` that are not hooks
    // (`useSimulator()`, Playwright's fixture `use`).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  { files: ['src/simulator/**'], rules: noRenderingPackages },
  { files: ['src/worker/**'], rules: noRenderingPackages },
  { files: ['src/testing/**'], rules: noRenderingPackages },
  {
    // Unit test files share their worker's modules (vite.config.ts: isolate false), so a module
    // mocked in one file would be the real one for a file that loaded it first. A file that mocks
    // a module is named *.isolated.test.* and runs in a fresh module registry of its own.
    files: ['test/unit/**/*.test.{ts,tsx}'],
    ignores: ['test/unit/**/*.isolated.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock)$/]",
          message: 'A test file that mocks a module must be named *.isolated.test.ts(x): unit test files share their modules.',
        },
      ],
    },
  },
])
