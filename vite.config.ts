/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { staticHostPlugin } from './src/static-host/vite-plugin.ts'
import { contentSecurityPolicyPlugin } from './src/app/boot/content-security-policy-plugin.ts'
import { openApiFilePlugin } from './src/static-host/openapi-file.ts'
import { serviceWorkerPlugin } from './src/static-host/service-worker-plugin.ts'

// The build uses relative asset URLs by default, so one build works under any sub-path of any
// static host (docs/decisions/002-relative-base-and-hash-routing.md). BASE_PATH overrides it.
export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  // staticHostPlugin writes 404.html and the offline file list (docs/decisions/007-static-hosting-and-offline.md).
  // contentSecurityPolicyPlugin: index.html's policy, off on the development server (docs/decisions/009-content-security-policy.md).
  // openApiFilePlugin: openapi.json, the API description built from the operation registry.
  // serviceWorkerPlugin: service-worker.js, which answers the API (docs/decisions/013-the-service-worker-answers-the-api.md).
  plugins: [react(), staticHostPlugin(), contentSecurityPolicyPlugin(), openApiFilePlugin(), serviceWorkerPlugin()],
  css: {
    preprocessorOptions: { scss: { quietDeps: true } },
    // govuk-frontend still ships IE-only hacks (`@media screen\0`) that lightningcss cannot parse.
    lightningcss: { errorRecovery: true },
  },
  build: {
    chunkSizeWarningLimit: 700,
  },
  test: {
    // Threads start faster than forked processes, and on a two-core machine one worker a core keeps
    // the suite's time (mostly jsdom and module loading per file) near half of one worker's.
    pool: 'threads',
    maxWorkers: Math.max(2, availableParallelism()),
    // A test's time limit is a safety net, not a measure (npm run bench measures): generous enough
    // for a busy two-core machine running two files at once.
    testTimeout: 15_000,
    // The simulator has no DOM, so its tests run in plain Node, as do the bridge's (a Node program);
    // everything with React runs in jsdom. Test files share their worker's modules (isolate: false):
    // every test starts from a fresh database (test/setup*.ts), and loading the app's modules once
    // a worker rather than once a file takes the unit suite from about 6.5 to under 2 minutes here.
    // A file that mocks a module (vi.mock) would leak its mock, so such files are named
    // *.isolated.test.* and run with a module registry of their own (eslint enforces the name).
    projects: [
      {
        extends: true,
        test: {
          name: 'simulator',
          environment: 'node',
          isolate: false,
          setupFiles: ['./test/setup-simulator.ts'],
          include: ['test/unit/simulator/**/*.test.ts', 'test/unit/bridge/**/*.test.ts'],
          exclude: ['**/*.isolated.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          isolate: false,
          setupFiles: ['./test/setup.ts'],
          include: ['test/unit/**/*.test.{ts,tsx}'],
          exclude: ['test/unit/simulator/**', 'test/unit/bridge/**', 'test/unit/testing/**', '**/*.isolated.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui (isolated)',
          environment: 'jsdom',
          setupFiles: ['./test/setup.ts'],
          include: ['test/unit/**/*.isolated.test.{ts,tsx}'],
          exclude: ['test/unit/simulator/**', 'test/unit/bridge/**', 'test/unit/testing/**'],
        },
      },
      {
        // The testing library (src/testing) in plain Node with no set-up file: it brings its own
        // in-memory IndexedDB, so nothing global is put in place for it.
        extends: true,
        test: {
          name: 'testing',
          environment: 'node',
          include: ['test/unit/testing/**/*.test.ts'],
        },
      },
    ],
    // .ci/run asks for a JSON report it can count; locally only the default reporter runs.
    reporters: process.env.TEST_REPORT_DIR ? ['default', 'json'] : ['default'],
    outputFile: process.env.TEST_REPORT_DIR ? { json: `${process.env.TEST_REPORT_DIR}/unit.json` } : undefined,
  },
})
