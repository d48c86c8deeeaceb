// A `next_url` opened in a browser that has never seen it lands on "Enter card details" with its
// payment payable, every time: one visit is counted once however often the page renders or mounts
// (React's strict mode on the development server does both twice). Twenty fresh browser profiles
// each, on the production build and on the development server.
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, test, type Browser } from '@playwright/test'
import { createKeyFromConsole, fetchFromPage } from './support/playground.ts'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
const FRESH_OPENS = 20
/** Fresh profiles opened side by side: the machine has two cores. */
const AT_ONCE = 4

const payment = { amount: 1500, reference: 'FRESH', description: 'A fresh link', return_url: 'https://your.service.gov.uk/done' }

/** Creates a payment in a new browser profile, opens its next_url in a new tab, and reports what it shows. */
async function openFreshLink(browser: Browser, appUrl: string): Promise<{ heading: string; status: string; cardFieldEnabled: boolean }> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(appUrl)
    await page.waitForFunction(() => typeof window.payPlayground === 'object', null, { timeout: 60_000 })
    const key = await createKeyFromConsole(page)
    const created = await fetchFromPage(page, 'POST', '/v1/payments', key, payment)
    const link = await context.newPage()
    await link.goto(created.body._links.next_url.href)
    const heading = link.locator('main h1')
    await expect(heading).toHaveText(/Enter card details|Your payment is in progress|session has expired|technical problems/, { timeout: 60_000 })
    // Give a second render or mount the time to use the link a second time, if it were going to.
    await link.waitForLoadState('networkidle')
    const read = await fetchFromPage(page, 'GET', `/v1/payments/${created.body.payment_id}`, key)
    return {
      heading: (await heading.textContent()) ?? '',
      status: read.body.state.status,
      cardFieldEnabled: await link.getByLabel('Card number').isEnabled().catch(() => false),
    }
  } finally {
    await context.close()
  }
}

async function openMany(browser: Browser, appUrl: string) {
  const results: Array<Awaited<ReturnType<typeof openFreshLink>>> = []
  for (let start = 0; start < FRESH_OPENS; start += AT_ONCE) {
    const batch = Array.from({ length: Math.min(AT_ONCE, FRESH_OPENS - start) }, () => openFreshLink(browser, appUrl))
    results.push(...(await Promise.all(batch)))
  }
  return results
}

const EVERY_ONE_PAYABLE = Array.from({ length: FRESH_OPENS }, () => ({ heading: 'Enter card details', status: 'started', cardFieldEnabled: true }))

test('on the production build, 20 fresh opens of next_url all land on the card form, payable', async ({ browser, baseURL }) => {
  test.setTimeout(300_000)
  expect(await openMany(browser, `${baseURL}#/`)).toEqual(EVERY_ONE_PAYABLE)
})

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
