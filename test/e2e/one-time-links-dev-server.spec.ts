// A `next_url` opened in a fresh browser lands on a payable card form on the development server too,
// where React's strict mode renders and mounts every page twice: a second render or mount must not
// count as a second visit. Twenty fresh browser profiles (a file of its own, so it runs beside the
// production build's twenty in the other worker).
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { EVERY_ONE_PAYABLE, openMany } from './support/fresh-links.ts'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

test.describe('on the development server', () => {
  let server: ChildProcess | undefined
  let url = ''

  test.beforeAll(async () => {
    test.setTimeout(120_000)
    const port = Number(process.env.E2E_PORT ?? 4173) + 31
    server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
      cwd: projectRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    let exited: number | null | undefined
    server.once('exit', (code) => (exited = code))
    url = `http://127.0.0.1:${port}/`
    await expect
      .poll(
        async () => {
          if (exited !== undefined) throw new Error(`The development server stopped with code ${exited}`)
          return fetch(url).then((response) => response.status, () => 0)
        },
        { timeout: 60_000 },
      )
      .toBe(200)
  })

  test.afterAll(() => {
    server?.kill()
  })

  test('20 fresh opens of next_url all land on the card form, payable, despite strict mode', async ({ browser }) => {
    test.setTimeout(420_000)
    expect(await openMany(browser, `${url}#/`)).toEqual(EVERY_ONE_PAYABLE)
  })
})
