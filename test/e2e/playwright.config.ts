// End-to-end tests run against the production build, served under /pay-playground/ by a server
// that behaves like GitHub Pages, in Debian's Chromium (no browser download).
import { defineConfig } from '@playwright/test'
import { fileURLToPath } from 'node:url'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
// E2E_DIST and E2E_PORT let several people run the suite side by side, each on their own build.
const port = Number(process.env.E2E_PORT ?? 4173)
const dist = process.env.E2E_DIST ?? 'dist'
const reportDir = process.env.TEST_REPORT_DIR

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: `${projectRoot}test-results/e2e-${port}`,
  // Two browsers at once: each test has its own browser context (its own storage and service worker),
  // and the bridge and dev-server tests take ports of their own.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  timeout: 60_000,
  reporter: reportDir ? [['list'], ['json', { outputFile: `${reportDir}/e2e.json` }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}/pay-playground/`,
    browserName: 'chromium',
    launchOptions: {
      // Debian's Chromium; CHROMIUM_PATH points elsewhere where there is none (the GitHub Pages workflow).
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node test/e2e/support/serve-dist.mjs ${dist} /pay-playground/ ${port}`,
    cwd: projectRoot,
    url: `http://127.0.0.1:${port}/pay-playground/`,
    reuseExistingServer: !process.env.CI,
  },
})
