// At a phone's width (390 px) no page of the app scrolls sideways. Every route is visited with data
// present (seeded payments, a refunded payment, an API key, a real payment on the hosted pages, a
// webhook with a message), the explorer's endpoints with a response shown, and every app link found
// on the way. Content that must stay wide (a table, a code block) may scroll inside its own
// container, never the page.
import { expect, test, type Page } from '@playwright/test'
import { appLinks, routeShape, settle } from './support/accessibility.ts'
import { fillCardForm } from './support/hosted-journey.ts'
import { createKeyFromConsole, fetchFromPage, openPlayground } from './support/playground.ts'
import { createWebhookInAdmin } from './support/webhooks.ts'

const WIDTH = 390

/** Pages that differ only by an id are checked once; each explorer page is checked on its own. */
const shapeOf = (route: string): string => (route.startsWith('/explorer/') ? route.split('?')[0]! : routeShape(route))

test.use({ viewport: { width: WIDTH, height: 844 } })

interface TooWide {
  page: string
  scrollWidth: number
  elements: string[]
}

/** The page's own width, and the elements that reach past the viewport outside any scroll container. */
async function tooWide(page: Page, label: string): Promise<TooWide | undefined> {
  const found = await page.evaluate((width) => {
    const scrolls = (element: Element): boolean => {
      const { overflowX } = getComputedStyle(element)
      return overflowX === 'auto' || overflowX === 'scroll'
    }
    const insideScroller = (element: Element): boolean => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (scrolls(parent)) return true
      }
      return false
    }
    const describe = (element: Element): string => {
      const id = element.id ? `#${element.id}` : ''
      const classes = [...element.classList].slice(0, 2).map((name) => `.${name}`).join('')
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)
      return `${element.tagName.toLowerCase()}${id}${classes} (${Math.round(element.getBoundingClientRect().width)} px) “${text}”`
    }
    const elements: string[] = []
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      if (box.right <= width + 0.5 && box.left >= -0.5) continue
      if (getComputedStyle(element).position === 'absolute' && box.width <= 1) continue // visually hidden text
      if (insideScroller(element)) continue
      elements.push(describe(element))
    }
    // What does scroll sideways must be reachable from the keyboard, and a box that is not code or a
    // text area says what it holds (tabindex="0", role="region", aria-label).
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (!scrolls(element) || element.scrollWidth <= element.clientWidth + 1) continue
      const named = ['PRE', 'TEXTAREA'].includes(element.tagName) || (element.getAttribute('role') === 'region' && element.hasAttribute('aria-label'))
      if (element.tabIndex < 0 || !named) elements.push(`${describe(element)} scrolls but is not a focusable, labelled region`)
    }
    return { scrollWidth: document.documentElement.scrollWidth, elements: elements.slice(0, 8) }
  }, WIDTH)
  return found.scrollWidth <= WIDTH && found.elements.length === 0 ? undefined : { page: label, ...found }
}

/** Opens a route with a fresh page load, so nothing of the page before is measured. */
async function open(page: Page, route: string): Promise<void> {
  await page.goto('about:blank')
  await page.goto(`./#${route}`)
}

const PAYMENT = { amount: 4350, reference: 'PHONE-1', description: 'Phone width', return_url: 'https://your.service.gov.uk/done' }

test('no page scrolls sideways at 390 px, with data present', async ({ page }) => {
  test.setTimeout(600_000)
  await openPlayground(page)
  const key = await createKeyFromConsole(page, 'Phone width key')
  await page.evaluate(() => window.payPlayground.seedPayments(30))
  const refunds = await fetchFromPage(page, 'GET', '/v1/refunds?display_size=1', key)
  const refund = refunds.body.results[0] as { payment_id: string; refund_id: string }
  const created = await fetchFromPage(page, 'POST', '/v1/payments', key, PAYMENT)
  expect(created.status).toBe(201)
  const hosted = { id: created.body.payment_id as string, nextUrl: created.body._links.next_url.href as string }
  // A webhook with a message (a payment cancelled through the API), so its pages are reached too.
  const webhook = await createWebhookInAdmin(page, 'https://your.service.gov.uk/webhooks/pay', 'Phone width webhook', ['Payment failed'])
  const cancelled = await fetchFromPage(page, 'POST', '/v1/payments', key, { ...PAYMENT, reference: 'PHONE-2' })
  expect((await fetchFromPage(page, 'POST', `/v1/payments/${cancelled.body.payment_id}/cancel`, key)).status).toBe(204)
  const webhookRoute = new URL(webhook.detailUrl).hash.slice(1)

  const problems: TooWide[] = []
  const check = async (label: string) => {
    await settle(page)
    const found = await tooWide(page, label)
    if (found) problems.push(found)
  }

  // The hosted pages, with a real payment, in journey order; the return page last.
  await test.step('hosted pages', async () => {
    await page.goto(hosted.nextUrl)
    await expect(page.getByRole('heading', { level: 1, name: 'Enter card details' })).toBeVisible({ timeout: 20_000 })
    await check('/card_details/:id')
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.locator('.govuk-error-summary')).toBeVisible()
    await check('/card_details/:id with errors')
    await fillCardForm(page)
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible()
    await check('/card_details/:id/confirm')
    await open(page, `/return/${hosted.id}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Return to your service' })).toBeVisible({ timeout: 20_000 })
    await check('/return/:id')
  })

  // Each explorer endpoint with its response shown, filled in from the refunded payment (the
  // agreement's pages with an id the service does not have: their 404 is a response to lay out too).
  await page.goto('./#/explorer')
  await settle(page)
  await expect(page.getByRole('navigation', { name: 'API endpoints' }).getByRole('link').first()).toBeAttached()
  // The explorer sends with the key, so each response is the real answer with its tables, not a 401.
  await page.getByLabel('Paste an API key').fill(key)
  await page.getByRole('button', { name: 'Use this key' }).click()
  await expect(page.getByText('The key is remembered and chosen.')).toBeVisible()
  const endpoints = await page.getByRole('navigation', { name: 'API endpoints' }).locator('a[href*="#/explorer/"]').evaluateAll((links) =>
    links.map((link) => link.getAttribute('href')!.replace(/^.*#/, '')).filter((href) => !/\/(history|reference)$/.test(href)),
  )
  expect(endpoints.length).toBeGreaterThan(5)
  for (const endpoint of endpoints) {
    await test.step(endpoint, async () => {
      const prefill = new URLSearchParams({ 'path.paymentId': refund.payment_id, 'path.refundId': refund.refund_id, 'path.agreementId': 'agreement-not-made' })
      await open(page, `${endpoint}?${prefill}`)
      await settle(page)
      await check(endpoint)
      await page.getByRole('button', { name: 'Send request' }).click()
      await expect(page.locator('.app-explorer-status')).toHaveText(/^Response: (?!401)\d{3}/, { timeout: 20_000 })
      await check(`${endpoint} with its response`)
    })
  }

  // Every other route, and every app link found on the way.
  const { id: serviceId } = await page.evaluate(() => window.payPlayground.currentService())
  const queue = ['/', '/explorer', '/explorer/history', '/explorer/reference', '/admin', '/admin/transactions',
    `/admin/transactions/${refund.payment_id}`, '/admin/api-keys', '/admin/api-keys/create', '/admin/api-keys/revoked',
    '/admin/settings', '/admin/settings/webhooks', '/admin/settings/webhooks/create', webhookRoute, `${webhookRoute}/toggle-status`,
    '/admin/services', '/admin/services/trainees', `/admin/services/${serviceId}/reset`, `/admin/services/${serviceId}/delete`,
    '/admin/test-payment', '/simulator', '/bridge', '/learn', '/learn/create-payment', '/learn/choose', '/learn/start-again',
    '/sample-service', '/scenarios', '/scenarios/open', '/no-such-page']
  const seen = new Set<string>(endpoints.map(shapeOf))
  for (let route = queue.shift(); route !== undefined && seen.size < 80; route = queue.shift()) {
    const shape = shapeOf(route)
    if (seen.has(shape) || /^\/(secure|card_details|return)\//.test(route)) continue
    seen.add(shape)
    await test.step(route, async () => {
      await open(page, route)
      await check(route)
      for (const link of await appLinks(page)) if (!seen.has(shapeOf(link))) queue.push(link)
    })
  }

  // The pages that only something done leads to: the sample service's payment and return pages, a
  // scenario saved with its long link, its preview, and the trainees' keys.
  await test.step('sample service journey', async () => {
    await open(page, '/sample-service')
    await settle(page)
    await page.getByRole('button', { name: 'Create a key for My test service' }).click()
    await expect(page.locator('#sample-key-status')).toContainText('your current service')
    await page.getByLabel('Full name').fill('Ada Lovelace')
    await page.getByRole('radio').first().check()
    await page.getByRole('button', { name: 'Continue to payment' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Pay for your licence' })).toBeVisible({ timeout: 20_000 })
    await check('/sample-service/pay/:id')
    await open(page, new URL(page.url()).hash.slice(1).replace('/pay/', '/return/'))
    await check('/sample-service/return/:id')
  })
  await test.step('a scenario saved and previewed', async () => {
    const spare = await page.evaluate(() => window.payPlayground.createService('Phone width scenario'))
    await open(page, '/scenarios')
    await settle(page)
    await page.getByLabel('Service').selectOption(spare)
    await page.getByLabel('Scenario name').fill('A scenario with a long link')
    await page.getByRole('button', { name: 'Save scenario' }).click()
    await expect(page.locator('#scenario-link')).toBeVisible()
    await check('/scenarios with a scenario saved')
    await open(page, new URL((await page.locator('#scenario-link').getAttribute('href')) ?? '').hash.slice(1))
    await expect(page.getByRole('heading', { level: 1, name: 'Open the scenario “A scenario with a long link”' })).toBeVisible({ timeout: 20_000 })
    await check('/scenarios/open?s=…')
  })
  await test.step('trainee services and their keys', async () => {
    await open(page, '/admin/services/trainees')
    await settle(page)
    await page.getByLabel('Number of trainees').fill('3')
    await page.getByRole('button', { name: 'Create services' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Trainee services and their API keys' })).toBeVisible({ timeout: 20_000 })
    await check('/admin/services/trainees with their keys')
  })

  test.info().annotations.push({ type: 'pages checked', description: [...seen].join(' ') })
  expect(problems, `pages wider than ${WIDTH} px`).toEqual([])
  expect(seen.size, 'pages checked').toBeGreaterThan(25)
  const webhookPages = ['', '/create', '/:id', '/:id/update', '/:id/toggle-status', '/:id/event/:id'].map((suffix) => `/admin/settings/webhooks${suffix}`)
  expect(webhookPages.filter((shape) => !seen.has(shape)), 'webhooks pages not checked').toEqual([])
})
