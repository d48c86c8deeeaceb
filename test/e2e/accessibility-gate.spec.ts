// The accessibility gate: every page of the app, with data present and with its errors shown, has
// no serious or critical axe violations (WCAG 2.2 A/AA and axe's best practices). Pages are found
// from the routes in DESIGN.md, the route files, and every link of the app followed from there.
import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { appLinks, patternCovers, routeShape, seriousViolations, settle, type Finding } from './support/accessibility.ts'
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

const SCREENSHOTS = process.env.A11Y_SCREENSHOTS ? path.join(process.cwd(), 'test-results/screenshots') : undefined

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOTS, `pages-${name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'start'}.png`), fullPage: true })
}

const PAYMENT = { amount: 4350, reference: 'A11Y-1', description: 'Accessibility gate', return_url: 'https://your.service.gov.uk/done' }

/** A key, seeded payments in every state, and fresh payments for the hosted pages. */
async function withData(page: Page) {
  await openPlayground(page)
  const key = await createKeyFromConsole(page, 'Accessibility gate key')
  await page.evaluate(() => window.payPlayground.seedPayments(30))
  const create = async () => {
    const created = await fetchFromPage(page, 'POST', '/v1/payments', key, PAYMENT)
    expect(created.status).toBe(201)
    return { id: created.body.payment_id as string, nextUrl: created.body._links.next_url.href as string }
  }
  const success = await fetchFromPage(page, 'GET', '/v1/payments?state=success&display_size=1', key)
  return { key, create, successId: success.body.results[0].payment_id as string }
}

async function visit(page: Page, route: string): Promise<void> {
  await page.goto(`./#${route}`)
  await settle(page)
}

/** Submits a form with nothing filled in; resolves once the page shows errors, moves on, or stays put. */
async function submitEmpty(page: Page, form: number): Promise<string> {
  const button = page.locator('main form').nth(form).locator('button[type="submit"], button:not([type]), input[type="submit"]').first()
  const label = ((await button.textContent()) ?? '').trim()
  const before = page.url()
  await button.click()
  await expect
    .poll(async () => page.url() !== before || (await page.locator('.govuk-error-summary, .govuk-error-message').count()) > 0, { timeout: 5_000 })
    .toBe(true)
    .catch(() => undefined)
  await settle(page)
  return label
}

const DESTRUCTIVE = /reset|delete|revoke|cancel|remove|stop/i

test('every page, with data and with its errors shown, has no serious or critical accessibility violations', async ({ page }) => {
  test.setTimeout(600_000)
  const data = await withData(page)
  const hosted = await data.create()
  const leaving = await data.create()
  const token = new URL(hosted.nextUrl).hash.split('/').at(-1)!
  const fill = (route: string) =>
    route
      .replace(':token', token)
      .replace(':paymentId', route.startsWith('/admin') ? data.successId : route.startsWith('/return') ? leaving.id : hosted.id)
      .replace(':operation', 'create-payment')
      .replace(/\/\*$/, '')
  // The hosted pages first (in journey order, the secure link before the pages it leads to), then
  // everything else; the return page cancels its payment, so it comes last.
  const queue = [...DESIGN_ROUTES, ...sourceRoutes()].map(fill).sort((a, b) => order(a) - order(b))
  const findings: Finding[] = []
  const seen = new Set<string>()
  const withForms: string[] = []
  const missing: string[] = []

  for (let route = queue.shift(); route !== undefined && seen.size < 80; route = queue.shift()) {
    const shape = routeShape(route)
    if (seen.has(shape)) continue
    seen.add(shape)
    await test.step(`${route}`, async () => {
      await visit(page, route)
      if ((await page.locator('h1', { hasText: 'Page not found' }).count()) > 0) missing.push(route)
      findings.push(...(await seriousViolations(page, route)))
      await screenshot(page, shape)
      seen.add(routeShape(new URL(page.url()).hash.slice(1).split('?')[0]!))
      if ((await page.locator('main form').count()) > 0) withForms.push(route)
      for (const link of await appLinks(page)) if (!seen.has(routeShape(link))) queue.push(link)
    })
  }

  // Errors shown: each form submitted with nothing filled in. Destructive forms go last.
  withForms.sort((a, b) => Number(a.startsWith('/simulator')) - Number(b.startsWith('/simulator')))
  for (const route of withForms) {
    await visit(page, route)
    const forms = await page.locator('main form').count()
    const buttons = await Promise.all(
      Array.from({ length: forms }, async (_, form) =>
        ((await page.locator('main form').nth(form).locator('button, input[type="submit"]').first().textContent()) ?? '').trim(),
      ),
    )
    const formOrder = Array.from({ length: forms }, (_, form) => form).sort(
      (a, b) => Number(DESTRUCTIVE.test(buttons[a]!)) - Number(DESTRUCTIVE.test(buttons[b]!)),
    )
    for (const form of formOrder) {
      await test.step(`${route}: "${buttons[form]}" submitted empty`, async () => {
        await visit(page, route)
        if ((await page.locator('main form').count()) <= form) return
        const label = await submitEmpty(page, form)
        findings.push(...(await seriousViolations(page, `${route} after "${label}" with nothing filled in`)))
        if ((await page.locator('.govuk-error-summary').count()) > 0) await screenshot(page, `${routeShape(route)}-errors-${form}`)
      })
    }
  }

  const visitedShapes = [...seen]
  const uncovered = [...DESIGN_ROUTES, ...sourceRoutes()].filter((pattern) => !visitedShapes.some((shape) => patternCovers(pattern, shape)))
  expect(findings, 'serious or critical axe violations').toEqual([])
  expect(uncovered, 'routes the gate did not reach').toEqual([])
  expect(missing, 'routes of DESIGN.md that show "Page not found"').toEqual([])
  expect(withForms.length, 'pages with forms checked with their errors shown').toBeGreaterThan(0)
})

test('the hosted payment pages, from next_url to the outcome, with errors shown', async ({ page }) => {
  test.setTimeout(120_000)
  const data = await withData(page)
  const findings: Finding[] = []
  const check = async (label: string) => {
    await settle(page)
    findings.push(...(await seriousViolations(page, label)))
    await screenshot(page, `hosted-${label}`)
  }

  const paid = await data.create()
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

  const cancelled = await data.create()
  await page.goto(cancelled.nextUrl)
  await expect(page.getByRole('heading', { level: 1, name: 'Enter card details' })).toBeVisible({ timeout: 20_000 })
  await page.getByRole('button', { name: 'Cancel payment' }).click()
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Enter card details', { timeout: 20_000 })
  await check('after cancelling')

  expect(findings, 'serious or critical axe violations').toEqual([])
})

/** Journey order for the hosted pages; the return page (which cancels its payment) last. */
function order(route: string): number {
  if (route.startsWith('/secure/')) return 0
  if (route.startsWith('/card_details/') && !route.endsWith('/confirm')) return 1
  if (route.startsWith('/card_details/')) return 2
  if (route.startsWith('/return/')) return 4
  return 3
}
