// The accessibility gate: every page of the app, with data present and with its errors shown, has
// no serious or critical axe violations (WCAG 2.2 A/AA and axe's best practices).
//
// One test per route, so a page that fails or hangs names itself. The routes are listed below; a
// test with no browser checks that the list covers every route of DESIGN.md and of the route files,
// and each page's test checks that every app link on the page leads to a listed route, so a page
// that can be reached by following links cannot be left out. The browser is seeded once per worker
// (an API key and 30 payments in every state) and the tests share its tab, as a person clicking
// through would; a test that fails gets the next tests a freshly seeded browser.
import fs from 'node:fs'
import path from 'node:path'
import { expect, test as base, type Page } from '@playwright/test'
import { appLinks, expectAccessible, patternCovers, routeShape, settle } from './support/accessibility.ts'
import { createKeyFromConsole, fetchFromPage, openPlayground } from './support/playground.ts'

/** The routes DESIGN.md lists. */
const DESIGN_ROUTES = [
  '/',
  '/explorer',
  '/explorer/:operation',
  '/secure/:token',
  '/card_details/:paymentId',
  '/card_details/:paymentId/confirm',
  '/return/:paymentId',
  '/admin',
  '/admin/transactions',
  '/admin/transactions/:paymentId',
  '/admin/api-keys',
  '/admin/settings',
  '/simulator',
]

/** Every `path: '…'` in the app's route files. */
function sourceRoutes(): string[] {
  const root = process.cwd()
  const files = [path.join(root, 'src/app/routes.tsx')]
  const features = path.join(root, 'src/features')
  for (const entry of fs.readdirSync(features, { recursive: true, encoding: 'utf8' })) {
    if (/routes\.tsx?$/.test(entry)) files.push(path.join(features, entry))
  }
  const routes = new Set<string>()
  for (const file of files) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/\bpath: '([^']+)'/g)) {
      if (match[1] !== '*') routes.add(`/${match[1]}`)
    }
  }
  return [...routes]
}

/** The tab every test of a worker shares: seeded once, with what the tests need to find. */
interface Seeded {
  page: Page
  key: string
  /** A seeded payment that succeeded: the admin site's transaction detail. */
  successId: string
}

const test = base.extend<{ page: Page }, { seeded: Seeded }>({
  seeded: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL })
      const page = await context.newPage()
      await openPlayground(page)
      const key = await createKeyFromConsole(page, 'Accessibility gate key')
      await page.evaluate(() => window.payPlayground.seedPayments(30))
      const success = await fetchFromPage(page, 'GET', '/v1/payments?state=success&display_size=1', key)
      await use({ page, key, successId: success.body.results[0].payment_id })
      await context.close()
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  page: async ({ seeded }, use) => {
    await use(seeded.page)
  },
})

const PAYMENT = { amount: 4350, reference: 'A11Y-1', description: 'Accessibility gate', return_url: 'https://your.service.gov.uk/done' }

/** A new payment, created from page code on the playground. */
async function createPayment(page: Page, key: string): Promise<{ id: string; nextUrl: string; securePath: string }> {
  const created = await fetchFromPage(page, 'POST', '/v1/payments', key, PAYMENT)
  expect(created.status).toBe(201)
  const nextUrl: string = created.body._links.next_url.href
  return { id: created.body.payment_id, nextUrl, securePath: new URL(nextUrl).hash.slice(1) }
}

/** The route the page is on now, without its query string. */
const currentRoute = (page: Page) => new URL(page.url()).hash.slice(1).split('?')[0]!

async function visit(page: Page, route: string): Promise<void> {
  await page.goto(`./#${route}`)
  await settle(page)
}

/** A payment this browser has opened through its next_url, so its card details page is open to it. */
async function startedPayment(page: Page, key: string): Promise<{ id: string; securePath: string }> {
  const payment = await createPayment(page, key)
  await page.goto(payment.nextUrl)
  await expect(page.getByRole('heading', { level: 1, name: 'Enter card details' })).toBeVisible({ timeout: 20_000 })
  return payment
}

/** The address of a link on `from` to a page of the given shape: for pages reached only by a link. */
async function linkedFrom(page: Page, from: string, shape: string): Promise<string> {
  await visit(page, from)
  // The heading can show before the page's list has loaded: wait for the link, not just the page.
  const find = async () => (await appLinks(page)).find((route) => routeShape(route) === shape)
  await expect.poll(find, { message: `${from} has no link to ${shape}`, timeout: 20_000 }).toBeDefined()
  return (await find())!
}

/** Applies to the sample service with a key of the current service: its payment page, before going to GOV.UK Pay. */
async function sampleServiceJourney(page: Page): Promise<string> {
  await visit(page, '/sample-service')
  const status = page.locator('#sample-key-status')
  await expect(status).toHaveText(/.+/)
  if (!/your current service/.test((await status.textContent()) ?? '')) {
    await page.getByRole('button', { name: /^Create a key for / }).click()
    await expect(status).toContainText('your current service')
  }
  await page.getByLabel('Full name').fill('Ada Lovelace')
  await page.getByRole('radio').first().check()
  await page.getByRole('button', { name: 'Continue to payment' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Pay for your licence' })).toBeVisible({ timeout: 20_000 })
  return currentRoute(page)
}

/** A service made for the page's test alone, so resetting or deleting it leaves the seeded one as it was. */
async function spareService(page: Page, name: string): Promise<string> {
  return page.evaluate((serviceName) => window.payPlayground.createService(serviceName), name)
}

/** The link a trainer hands out for a new service (the seeded one is too big for a link), saved on the Scenarios page. */
async function scenarioLink(page: Page): Promise<string> {
  const serviceId = await spareService(page, 'Gate scenario')
  await visit(page, '/scenarios')
  await page.getByLabel('Service').selectOption(serviceId)
  await page.getByLabel('Scenario name').fill('Accessibility gate')
  await page.getByRole('button', { name: 'Save scenario' }).click()
  const href = (await page.locator('#scenario-link').getAttribute('href')) ?? ''
  const address = new URL(href).hash.slice(1)
  // Read once here, so the page is checked with its preview shown, not while it reads the link.
  await visit(page, address)
  await expect(page.getByRole('heading', { level: 1, name: 'Open the scenario “Accessibility gate”' })).toBeVisible({ timeout: 20_000 })
  return address
}

/**
 * The webhook the gate's webhooks pages show (made in the admin site the first time), with one
 * event: a payment cancelled through the API. Resolves to the webhook's page.
 */
async function gateWebhook(page: Page, { key }: Seeded): Promise<string> {
  await visit(page, '/admin/settings/webhooks')
  const existing = page.getByRole('link', { name: 'View Gate webhook' })
  if ((await existing.count()) === 0) {
    await visit(page, '/admin/settings/webhooks/create')
    await page.getByLabel('Callback URL').fill('https://your.service.gov.uk/webhooks')
    await page.getByLabel('Description').fill('Gate webhook')
    await page.getByLabel('Payment failed').check()
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(existing).toBeVisible()
    const { id } = await createPayment(page, key)
    expect((await fetchFromPage(page, 'POST', `/v1/payments/${id}/cancel`, key)).status).toBe(204)
  }
  return new URL((await existing.getAttribute('href'))!, page.url()).hash.slice(1)
}

interface GateRoute {
  /** The route, as DESIGN.md and the route files write it, or as the page's links lead to it. */
  route: string
  /** What the test is named when a route is checked twice, in two states. */
  name?: string
  /** The address to check, made from the seeded data; the route itself when it has no parameter. */
  address?: (page: Page, seeded: Seeded) => Promise<string>
  /** The page has forms today: its test fails if it finds none. */
  forms?: true
}

/**
 * Every page, in the order they are checked: the hosted pages first, in journey order (each test on
 * a payment of its own), then the shell's pages, and the simulator tools last (their forms change
 * the whole playground).
 */
const ROUTES: GateRoute[] = [
  // The one-time link opened a second time (the first visit is the card details page's test).
  { route: '/secure/:token', address: async (page, { key }) => (await startedPayment(page, key)).securePath },
  // Reached as a user reaches it: through the one-time link, which leads on to it.
  { route: '/card_details/:paymentId', address: async (page, { key }) => (await createPayment(page, key)).securePath, forms: true },
  { route: '/card_details/:paymentId/confirm', address: async (page, { key }) => `/card_details/${(await startedPayment(page, key)).id}/confirm` },
  { route: '/return/:paymentId', address: async (page, { key }) => `/return/${(await createPayment(page, key)).id}` },
  { route: '/' },
  { route: '/explorer', forms: true },
  { route: '/explorer/:operation', address: async () => '/explorer/create-payment', forms: true },
  { route: '/explorer/history' },
  { route: '/explorer/reference' },
  { route: '/admin', forms: true },
  { route: '/admin/test-payment' },
  { route: '/admin/test-payment/edit', forms: true },
  { route: '/admin/test-payment/mock-card' },
  { route: '/admin/transactions', forms: true },
  { route: '/admin/transactions/:paymentId', address: async (_page, { successId }) => `/admin/transactions/${successId}` },
  // The seeded service has recurring payments off: the page says so (test/e2e/recurring-payments.spec.ts checks the rest).
  { route: '/admin/agreements' },
  { route: '/admin/api-keys' },
  { route: '/admin/api-keys/create', forms: true },
  { route: '/admin/api-keys/:keyId/change-name', address: (page) => linkedFrom(page, '/admin/api-keys', '/admin/api-keys/:id/change-name'), forms: true },
  { route: '/admin/api-keys/:keyId/revoke', address: (page) => linkedFrom(page, '/admin/api-keys', '/admin/api-keys/:id/revoke'), forms: true },
  { route: '/admin/settings' },
  { route: '/admin/settings/service-name', forms: true },
  { route: '/admin/settings/email-collection', forms: true },
  { route: '/admin/settings/billing-address', forms: true },
  { route: '/admin/settings/card-types', forms: true },
  { route: '/admin/settings/delayed-capture', forms: true },
  { route: '/admin/settings/moto', forms: true },
  { route: '/admin/settings/welsh-service-name', forms: true },
  { route: '/admin/settings/redirect-to-service', forms: true },
  { route: '/admin/settings/hide-card-number', forms: true },
  { route: '/admin/settings/hide-card-security-code', forms: true },
  { route: '/admin/settings/recurring-payments', forms: true },
  { route: '/admin/settings/authorisation-api', forms: true },
  { route: '/admin/settings/block-prepaid-cards', forms: true },
  { route: '/admin/settings/corporate-credit-card-fee', forms: true },
  { route: '/admin/settings/corporate-debit-card-fee', forms: true },
  { route: '/admin/settings/corporate-prepaid-debit-card-fee', forms: true },
  { route: '/admin/settings/webhooks', address: async (page, seeded) => (await gateWebhook(page, seeded), '/admin/settings/webhooks') },
  { route: '/admin/settings/webhooks/create', forms: true },
  { route: '/admin/settings/webhooks/:webhookId', address: gateWebhook, forms: true },
  { route: '/admin/settings/webhooks/:webhookId/update', address: async (page, seeded) => `${await gateWebhook(page, seeded)}/update`, forms: true },
  { route: '/admin/settings/webhooks/:webhookId/toggle-status', address: async (page, seeded) => `${await gateWebhook(page, seeded)}/toggle-status`, forms: true },
  {
    route: '/admin/settings/webhooks/:webhookId/event/:messageId',
    address: async (page, seeded) => linkedFrom(page, await gateWebhook(page, seeded), '/admin/settings/webhooks/:id/event/:id'),
  },
  { route: '/admin/services', forms: true },
  { route: '/admin/services/trainees', forms: true },
  { route: '/admin/services/:serviceId/reset', address: async (page) => `/admin/services/${await spareService(page, 'Gate reset')}/reset`, forms: true },
  { route: '/admin/services/:serviceId/delete', address: async (page) => `/admin/services/${await spareService(page, 'Gate delete')}/delete`, forms: true },
  { route: '/learn' },
  { route: '/learn/:lessonId', address: async () => '/learn/create-payment' },
  { route: '/learn/choose', forms: true },
  { route: '/learn/start-again' },
  { route: '/sample-service', forms: true },
  { route: '/sample-service/pay/:journeyId', address: sampleServiceJourney },
  { route: '/sample-service/return/:journeyId', address: async (page) => (await sampleServiceJourney(page)).replace('/pay/', '/return/') },
  { route: '/bridge' },
  { route: '/scenarios', forms: true },
  { route: '/scenarios/open', forms: true },
  { route: '/scenarios/open', name: '/scenarios/open?s=… (a scenario’s preview)', address: scenarioLink },
  { route: '/simulator', forms: true },
]

const SCREENSHOTS = process.env.A11Y_SCREENSHOTS ? path.join(process.cwd(), 'test-results/screenshots') : undefined

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOTS, `pages-${name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'start'}.png`), fullPage: true })
}

const FORM = 'main form'
const SUBMIT = 'button[type="submit"], button:not([type]), input[type="submit"]'
const DESTRUCTIVE = /reset|delete|revoke|cancel|remove|stop/i

/** The label of each form's first button on the page, in the order the forms are on the page. */
async function formButtons(page: Page): Promise<string[]> {
  const forms = page.locator(FORM)
  const labels: string[] = []
  for (let form = 0; form < (await forms.count()); form++) {
    labels.push(((await forms.nth(form).locator('button, input[type="submit"]').first().textContent()) ?? '').trim())
  }
  return labels
}

/** Submits a form with nothing filled in; resolves once the page shows errors, moves on, or stays put. */
async function submitEmpty(page: Page, form: number): Promise<string> {
  const button = page.locator(FORM).nth(form).locator(SUBMIT).first()
  const label = ((await button.textContent()) ?? '').trim()
  const before = page.url()
  // A click that cannot happen fails here, naming the button, instead of using up the test's time.
  await button.click({ timeout: 10_000 })
  await expect
    .poll(async () => page.url() !== before || (await page.locator('.govuk-error-summary, .govuk-error-message').count()) > 0, { timeout: 5_000 })
    .toBe(true)
    .catch(() => undefined)
  await settle(page)
  return label
}

// A page with several forms takes a while on a busy machine; a page that hangs fails here, named.
// The routes are shared out between the workers (each seeds its own browser once), so the gate,
// the longest file, does not hold up the end of the run.
test.describe.configure({ mode: 'parallel', timeout: 90_000 })

test('the gate has a test for every route of DESIGN.md and of the route files', () => {
  const listed = ROUTES.map((entry) => entry.route)
  const uncovered = [...DESIGN_ROUTES, ...sourceRoutes()].filter((pattern) => !listed.some((route) => patternCovers(pattern, route)))
  expect(uncovered, 'routes with no test in the accessibility gate').toEqual([])
})

test('the hosted payment pages, from next_url to the outcome, with errors shown', async ({ page, seeded }) => {
  test.setTimeout(120_000)
  const check = async (label: string) => {
    await settle(page)
    await expectAccessible(page, label)
    await screenshot(page, `hosted-${label}`)
  }

  const paid = await createPayment(page, seeded.key)
  await page.goto(paid.nextUrl)
  await expect(page.getByRole('heading', { level: 1, name: 'Enter card details' })).toBeVisible({ timeout: 20_000 })
  await check('enter card details')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.locator('.govuk-error-summary')).toBeVisible()
  await check('enter card details with errors')

  await page.getByLabel('Card number').fill('4444333322221111')
  await page.getByLabel('Month').fill('12')
  await page.getByLabel('Year').fill(String((new Date().getFullYear() + 2) % 100))
  await page.getByLabel('Name on card').fill('Ada Lovelace')
  await page.getByLabel('Card security code').fill('123')
  await page.getByLabel('Address line 1').fill('1 Test Street')
  await page.getByLabel('Town or city').fill('London')
  await page.getByLabel('Postcode').fill('SW1A 1AA')
  await page.getByLabel('Email').fill('ada@example.com')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible()
  await check('confirm your payment')
  await page.getByRole('button', { name: 'Confirm payment' }).click()
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Confirm your payment', { timeout: 20_000 })
  await check('after confirming')

  const cancelled = await createPayment(page, seeded.key)
  await page.goto(cancelled.nextUrl)
  await expect(page.getByRole('heading', { level: 1, name: 'Enter card details' })).toBeVisible({ timeout: 20_000 })
  await page.getByRole('button', { name: 'Cancel payment' }).click()
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Enter card details', { timeout: 20_000 })
  await check('after cancelling')
})

for (const entry of ROUTES) {
  test(`${entry.name ?? entry.route}, with data and with its errors shown, has no serious or critical violations`, async ({ page, seeded }) => {
    const address = await test.step('make its address', async () => (entry.address ? entry.address(page, seeded) : entry.route))

    const { landing, buttons } = await test.step(address, async () => {
      await visit(page, address)
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' }), `${address} shows "Page not found"`).toHaveCount(0)
      await expectAccessible(page, entry.route)
      await screenshot(page, routeShape(address))
      const unlisted = (await appLinks(page)).filter((link) => !ROUTES.some(({ route }) => patternCovers(route, routeShape(link))))
      expect(unlisted, `links on ${address} to pages the gate has no test for (add them to ROUTES)`).toEqual([])
      return { landing: currentRoute(page), buttons: await formButtons(page) }
    })
    // An address that leads on to another listed page leaves that page's forms to that page's own test.
    if (!patternCovers(entry.route, routeShape(landing))) {
      expect(ROUTES.some(({ route }) => patternCovers(route, routeShape(landing))), `${address} leads to ${landing}, which the gate has no test for`).toBe(true)
      return
    }
    if (entry.forms) expect(buttons.length, `forms on ${address}`).toBeGreaterThan(0)

    // Errors shown: each form submitted with nothing filled in, after going back to the page (a
    // same-address visit does not reload it, as in the crawl this replaced). Forms that destroy
    // something go last.
    const order = buttons.map((_, form) => form).sort((a, b) => Number(DESTRUCTIVE.test(buttons[a]!)) - Number(DESTRUCTIVE.test(buttons[b]!)))
    for (const form of order) {
      await test.step(`"${buttons[form]}" submitted empty`, async () => {
        await visit(page, landing)
        await expect(page.locator(FORM), `forms on ${landing} opened again`).toHaveCount(buttons.length)
        const label = await submitEmpty(page, form)
        await expectAccessible(page, `${entry.route} after "${label}" with nothing filled in`)
        if ((await page.locator('.govuk-error-summary').count()) > 0) await screenshot(page, `${routeShape(landing)}-errors-${form}`)
      })
    }
  })
}
