// pay-playground/testing as a team would use it: `npm pack` of this project (which builds the
// library), installed from the tarball into a new project of its own with vitest and msw from the
// registry, then that project's own vitest run of the README's example (team-project/), and its
// TypeScript check of the shipped declarations. Nothing of this repository is on its path.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'

const run = promisify(execFile)
const root = process.cwd() // vitest runs from the project's root
const template = path.join(root, 'test/unit/testing/team-project')
const STEP_TIMEOUT_MS = 150_000
let project: string

const versionOf = (name: string): string =>
  (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version

/** This process's environment without what the vitest (and npm script) running this test set for themselves. */
function cleanEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|npm_lifecycle_|npm_package_)|^TEST_REPORT_DIR$/.test(name)))
}

async function inProject(command: string, args: string[], cwd = project) {
  return run(command, args, { cwd, env: cleanEnvironment(), timeout: STEP_TIMEOUT_MS, maxBuffer: 32 * 1024 * 1024 })
}

beforeAll(async () => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'pay-playground-team-'))
  const packed = await inProject('npm', ['pack', '--json', '--pack-destination', project], root)
  const [tarball] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string }[]
  fs.writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({
      name: 'a-team-service',
      private: true,
      type: 'module',
      devDependencies: { 'pay-playground': `file:./${tarball?.filename}`, msw: versionOf('msw'), vitest: versionOf('vitest') },
    }),
  )
  for (const file of fs.readdirSync(template)) fs.copyFileSync(path.join(template, file), path.join(project, file))
  await inProject('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'])
}, 2 * STEP_TIMEOUT_MS)

afterAll(() => {
  if (project) fs.rmSync(project, { recursive: true, force: true })
})

it('ships only the built library: JavaScript and declarations, no TypeScript source', () => {
  const installed = path.join(project, 'node_modules/pay-playground')
  expect(fs.readdirSync(installed).sort()).toEqual(['README.md', 'dist-testing', 'package.json'])
  const files = fs.readdirSync(path.join(installed, 'dist-testing'))
  expect(files).toContain('index.js')
  expect(files).toContain('index.d.ts')
  expect(files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([])
})

it('runs the README’s example in the team’s own vitest: create, pay, refund, decline, expire, fail', async () => {
  const report = path.join(project, 'report.json')
  await inProject(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=json', `--outputFile=${report}`]).catch(
    (error: { stdout?: string; stderr?: string }) => {
      throw new Error(`The team's vitest run failed:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`)
    },
  )
  const results = JSON.parse(fs.readFileSync(report, 'utf8')) as {
    testResults: { assertionResults: { title: string; status: string }[] }[]
  }
  const outcomes = results.testResults.flatMap((file) => file.assertionResults.map((test) => [test.title, test.status]))
  expect(Object.fromEntries(outcomes)).toStrictEqual({
    'creates a payment, pays it with a test card and refunds part of it': 'passed',
    'shows a declined card as failed P0010': 'passed',
    'expires a payment nobody finishes after 90 minutes': 'passed',
    'answers 500 when GOV.UK Pay is having problems': 'passed',
  })
}, STEP_TIMEOUT_MS)

it('gives the team’s TypeScript the library’s types from node_modules', async () => {
  const tsc = path.join(root, 'node_modules/@typescript/native/bin/tsc')
  await expect(inProject(process.execPath, [tsc, '-p', 'tsconfig.json'])).resolves.toBeDefined()
}, STEP_TIMEOUT_MS)

it('is what the README shows', () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
  const example = fs.readFileSync(path.join(template, 'payments.test.js'), 'utf8')
  expect(readme.includes(`\`\`\`js\n${example}\`\`\``), 'README.md shows team-project/payments.test.js as it is, in a js block').toBe(true)
})
