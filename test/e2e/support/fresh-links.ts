// Opening a payment's next_url in many fresh browser profiles, for the one-time-link tests: each
// reports the heading it lands on, the payment's status afterwards and whether the card form works.
import { expect, type Browser } from '@playwright/test'
import { createKeyFromConsole, fetchFromPage } from './playground.ts'

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

export async function openMany(browser: Browser, appUrl: string) {
  const results: Array<Awaited<ReturnType<typeof openFreshLink>>> = []
  for (let start = 0; start < FRESH_OPENS; start += AT_ONCE) {
    const batch = Array.from({ length: Math.min(AT_ONCE, FRESH_OPENS - start) }, () => openFreshLink(browser, appUrl))
    results.push(...(await Promise.all(batch)))
  }
  return results
}

export const EVERY_ONE_PAYABLE = Array.from({ length: FRESH_OPENS }, () => ({ heading: 'Enter card details', status: 'started', cardFieldEnabled: true }))
