// .github/workflows/pages.yml: parsed as GitHub parses it (YAML), then checked for what a Pages
// deployment needs: the jobs in order, least permissions, one deployment at a time, the official actions.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

interface Step {
  id?: string
  name?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}

interface Job {
  needs?: string | string[]
  'runs-on': string
  permissions?: Record<string, string>
  environment?: { name: string; url: string }
  steps: Step[]
}

interface Workflow {
  name: string
  on: Record<string, unknown>
  permissions: Record<string, string>
  concurrency: { group: string; 'cancel-in-progress': boolean }
  jobs: Record<string, Job>
}

const root = process.cwd()
const workflow = parse(fs.readFileSync(path.join(root, '.github/workflows/pages.yml'), 'utf8'), { strict: true }) as Workflow
const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
const { test, build, deploy } = workflow.jobs
const uses = (job: Job | undefined) => (job?.steps ?? []).flatMap((step) => (step.uses ? [step.uses] : []))
const runs = (job: Job | undefined) => (job?.steps ?? []).flatMap((step) => (step.run ? [step.run] : []))

describe('the GitHub Pages workflow', () => {
  it('runs on every push to main and by hand', () => {
    expect(workflow.on.push).toEqual({ branches: ['main'] })
    expect(workflow.on).toHaveProperty('workflow_dispatch')
  })

  it('has exactly three jobs, each waiting for the one before: test, build, deploy', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['test', 'build', 'deploy'])
    expect(test?.needs).toBeUndefined()
    expect(build?.needs).toBe('test')
    expect(deploy?.needs).toBe('build')
    for (const job of Object.values(workflow.jobs)) expect(job['runs-on']).toBe('ubuntu-latest')
  })

  it('reads by default and gives Pages and OIDC token rights to the deploy job only', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' })
    expect(test?.permissions).toBeUndefined()
    expect(build?.permissions).toEqual({ contents: 'read', pages: 'read' })
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' })
  })

  it('deploys one run at a time without cancelling a deployment under way', () => {
    expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false })
  })

  it('tests with the project’s own test command, on Node 20, with a Chromium the tests can find', () => {
    expect(uses(test)).toEqual(['actions/checkout@v5', 'actions/setup-node@v5'])
    expect(test?.steps[1]?.with).toMatchObject({ 'node-version': 20, cache: 'npm' })
    const commands = runs(test)
    expect(commands[0]).toBe('npm ci')
    expect(commands.at(-1)).toBe('npm test')
    const chromium = commands.find((command) => command.includes('playwright install'))
    expect(chromium).toContain('npx playwright install --with-deps chromium')
    expect(chromium).toContain('CHROMIUM_PATH=')
    expect(chromium).toContain('>> "$GITHUB_ENV"')
    expect(packageJson.scripts.test).toMatch(/^npm run lint && .*typecheck.*test:unit.*build.*test:e2e.*bench -- --quick$/)
  })

  it('builds with the site’s base path from actions/configure-pages and uploads dist/', () => {
    expect(uses(build)).toEqual([
      'actions/checkout@v5',
      'actions/setup-node@v5',
      'actions/configure-pages@v5',
      'actions/upload-pages-artifact@v4',
    ])
    const configure = build?.steps.find((step) => step.uses?.startsWith('actions/configure-pages@'))
    const buildStep = build?.steps.find((step) => step.run === 'npm run build')
    expect(buildStep?.env).toEqual({ BASE_PATH: `\${{ steps.${configure?.id}.outputs.base_path }}/` })
    const upload = build?.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))
    expect(upload?.with).toEqual({ path: 'dist' })
    expect(packageJson.scripts.build).toBe('vite build')
  })

  it('is the workflow the README tells a fork to enable and run', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
    expect(readme).toContain('**Settings → Pages**')
    expect(readme).toContain('set **Source** to **GitHub Actions**')
    expect(readme).toContain(`**Actions → ${workflow.name} → Run workflow**`)
    expect(readme).toContain('`.github/workflows/pages.yml`')
  })

  it('deploys with actions/deploy-pages to the github-pages environment and shows the site’s address', () => {
    expect(uses(deploy)).toEqual(['actions/deploy-pages@v4'])
    const step = deploy?.steps[0]
    expect(deploy?.environment).toEqual({ name: 'github-pages', url: `\${{ steps.${step?.id}.outputs.page_url }}` })
  })
})
