// The simulator tools page in Chromium against the production build: export → reset → import
// gives back the same data (read through the API), a foreign file is refused, demo data shows
// progress and reaches the API, injected faults fail the next requests with the real codes, and
// moving the clock expires a payment. Every state of the page is checked with axe.
import fs from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './support/accessibility.ts'
import { createKeyFromConsole, fetchFromPage, openPlayground } from './support/playground.ts'

const SCREENSHOTS = 'test-results/screenshots'

const payment = {
  amount: 14500,
  reference: 'TOOLS-E2E-1',
  description: 'Pay your council tax',
  return_url: 'https://your.service.gov.uk/completed',
}

const screenshot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/tools-${name}.png`, fullPage: true })

async function openTools(page: Page): Promise<void> {
  await openPlayground(page, '#/simulator')
  await expect(page.getByRole('heading', { level: 1, name: 'Simulator tools' })).toBeVisible({ timeout: 20_000 })
  await expect(page.getByRole('button', { name: 'Save fault settings' })).toBeVisible()
}

const section = (page: Page, name: string) => page.getByRole('region', { name })

/** What an API user sees of the data, with the one-time next_url tokens taken out. */
async function apiView(page: Page, key: string) {
  const payments = await fetchFromPage(page, 'GET', '/v1/payments?display_size=500', key)
  const refunds = await fetchFromPage(page, 'GET', '/v1/refunds?display_size=500', key)
  expect(payments.status).toBe(200)
  const refunded = (payments.body.results as Array<{ payment_id: string; refund_summary: { amount_submitted: number } }>).filter(
    (result) => result.refund_summary.amount_submitted > 0,
  )
  const perPayment = []
  for (const { payment_id: id } of refunded.slice(0, 3)) {
    perPayment.push((await fetchFromPage(page, 'GET', `/v1/payments/${id}/refunds`, key)).body)
    perPayment.push((await fetchFromPage(page, 'GET', `/v1/payments/${id}/events`, key)).body)
  }
  return { payments: payments.body, refunds: refunds.body, perPayment, refundedCount: refunded.length }
}

test('export, reset and import give back the same data, and API keys still work', async ({ page }) => {
  await openTools(page)
  const key = await createKeyFromConsole(page)
  expect(await page.evaluate(() => window.payPlayground.seedPayments(40))).toBe(40)
  const before = await apiView(page, key)
  expect(before.payments.total).toBe(40)
  expect(before.refundedCount).toBeGreaterThan(0)
  await expectAccessible(page, 'simulator tools with data')
  await screenshot(page, 'page')

  const downloading = page.waitForEvent('download')
  await section(page, 'Export and import').getByRole('button', { name: 'Export everything' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^pay-playground-export-\d{4}-\d\d-\d\d-\d{4}\.json$/)
  const file = test.info().outputPath(download.suggestedFilename())
  await download.saveAs(file)
  const exported = fs.readFileSync(file, 'utf8')
  expect(JSON.parse(exported)).toMatchObject({ format: 'pay-playground-export', version: 4, schemaVersion: 6 })
  expect(exported).not.toContain(key)
  await expect(section(page, 'Export and import').getByText(/^Exported 1 service, 1 API key, 40 payments and \d+ refunds? to pay-playground-export-/)).toBeVisible()

  const reset = section(page, 'Reset')
  await reset.getByRole('button', { name: 'Reset the playground' }).click()
  await expect(reset.getByRole('heading', { name: 'Are you sure you want to reset the playground?' })).toBeFocused()
  await expectAccessible(page, 'reset confirmation')
  await screenshot(page, 'reset-confirm')
  await reset.getByRole('button', { name: 'Yes, reset everything' }).click()
  await expect(reset.getByText('The playground has been reset. It has one service, My test service, with no API keys or payments.')).toBeVisible()
  expect((await page.evaluate(async (k) => (await fetch('https://publicapi.payments.service.gov.uk/v1/payments', { headers: { Authorization: `Bearer ${k}` } })).status, key))).toBe(401)

  const data = section(page, 'Export and import')
  await data.getByLabel('Upload an export file').setInputFiles(file)
  await data.getByRole('button', { name: 'Import and replace everything' }).click()
  await expect(data.getByText(/^Imported 1 service, 1 API key, 40 payments and \d+ refunds? from pay-playground-export-.*, exported on /)).toBeVisible()
  await screenshot(page, 'imported')

  expect(await apiView(page, key)).toEqual(before)
})

test('a foreign file is refused with the reason and changes nothing', async ({ page }) => {
  await openTools(page)
  const key = await createKeyFromConsole(page)
  expect((await fetchFromPage(page, 'POST', '/v1/payments', key, payment)).status).toBe(201)
  const data = section(page, 'Export and import')
  await data.getByLabel('Upload an export file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ formatName: 'dexie', formatVersion: 1, format: 'dexie', data: {} })),
  })
  await data.getByRole('button', { name: 'Import and replace everything' }).click()
  const message = 'The file is not a playground export: its format is "dexie", not "pay-playground-export".'
  const summary = page.locator('.govuk-error-summary')
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link', { name: message })).toBeVisible()
  await expect(page.locator('#import-file-error')).toHaveText(`Error: ${message}`)
  await expectAccessible(page, 'import refused')
  await screenshot(page, 'import-refused')
  const search = await fetchFromPage(page, 'GET', '/v1/payments', key)
  expect(search.body.total).toBe(1)

  await data.getByLabel('Upload an export file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not json at all') })
  await data.getByRole('button', { name: 'Import and replace everything' }).click()
  await expect(page.locator('#import-file-error')).toHaveText('Error: The file is not a playground export: it is not valid JSON.')
})

test('adding 500 demo payments shows progress, and the API then finds them', async ({ page }) => {
  await openTools(page)
  const key = await createKeyFromConsole(page)
  const seed = section(page, 'Demo data')
  // Record every state of the progress bar, however quickly the run goes.
  await page.evaluate(() => {
    const seen: Array<{ value: string | null; max: string | null }> = []
    ;(window as unknown as { progressSeen: typeof seen }).progressSeen = seen
    new MutationObserver(() => {
      const bar = document.querySelector('progress')
      if (bar) seen.push({ value: bar.getAttribute('value'), max: bar.getAttribute('max') })
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
  })
  await seed.getByLabel('Number of payments').fill('500')
  await seed.getByRole('button', { name: 'Add demo payments' }).click()
  await expect(seed.getByText('Added 500 demo payments.')).toBeVisible({ timeout: 60_000 })
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: Array<{ value: string | null; max: string | null }> }).progressSeen)
  expect(seen.length).toBeGreaterThan(0)
  expect(seen.every((state) => state.max === '500')).toBe(true)
  expect(seen[0]?.value).toBe('0')
  await expectAccessible(page, 'demo data added')
  await screenshot(page, 'seeded')

  const search = await fetchFromPage(page, 'GET', '/v1/payments?display_size=1', key)
  expect(search.body.total).toBe(500)
  const states = new Set<string>()
  for (const state of ['created', 'started', 'submitted', 'success', 'failed', 'cancelled', 'error']) {
    if ((await fetchFromPage(page, 'GET', `/v1/payments?state=${state}&display_size=1`, key)).body.total > 0) states.add(state)
  }
  expect([...states].sort()).toEqual(['cancelled', 'created', 'error', 'failed', 'started', 'submitted', 'success'])
})

test('a long demo-data run can be stopped part way, keeping what was added', async ({ page }) => {
  await openTools(page)
  const key = await createKeyFromConsole(page)
  const seed = section(page, 'Demo data')
  await seed.getByLabel('Number of payments').fill('100000')
  await seed.getByRole('button', { name: 'Add demo payments' }).click()
  const progress = seed.getByRole('progressbar', { name: 'Adding demo payments' })
  await expect(progress).toHaveAttribute('max', '100000')
  await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 60_000 }).toBeGreaterThan(0)
  await expect(seed.getByText(/^[\d,]+ of 100,000 payments added$/)).toBeVisible()
  await expectAccessible(page, 'demo data in progress')
  await screenshot(page, 'seeding')
  await seed.getByRole('button', { name: 'Stop adding payments' }).click()
  const stopped = seed.getByText(/^Stopped after adding [\d,]+ of 100,000 payments\. The payments already added have been kept\.$/)
  await expect(stopped).toBeVisible({ timeout: 60_000 })
  const added = Number(/adding ([\d,]+) of/.exec((await stopped.textContent()) ?? '')![1]!.replace(/,/g, ''))
  expect(added).toBeGreaterThan(0)
  expect(added).toBeLessThan(100_000)
  expect((await fetchFromPage(page, 'GET', '/v1/payments?display_size=1', key)).body.total).toBe(added)
})

test('the next 2 requests fail with 500 and the endpoint’s code, the third succeeds, and a banner shows meanwhile', async ({ page }) => {
  await openTools(page)
  const key = await createKeyFromConsole(page)
  const faults = section(page, 'Fault injection')
  await faults.getByLabel('The next few requests').check()
  await faults.getByLabel('Number of requests').fill('2')
  await faults.getByRole('button', { name: 'Save fault settings' }).click()
  await expect(faults.getByText('Fault settings saved. They apply to API requests from every tab.')).toBeVisible()
  await expect(faults.getByText('Faults are on.')).toBeVisible()
  await expectAccessible(page, 'faults on')
  await screenshot(page, 'faults-on')

  await openPlayground(page, '#/')
  const banner = page.getByRole('region', { name: 'Simulated faults are on' })
  await expect(banner).toContainText('The next 2 requests to the API will fail with a 500 error')
  await expectAccessible(page, 'start page with the faults banner')
  await screenshot(page, 'faults-banner')

  const first = await fetchFromPage(page, 'POST', '/v1/payments', key, payment)
  expect([first.status, first.body]).toEqual([500, { code: 'P0198', description: 'Downstream system error' }])
  await expect(banner).toContainText('The next request to the API will fail')
  const second = await fetchFromPage(page, 'GET', '/v1/payments', key)
  expect([second.status, second.body]).toEqual([500, { code: 'P0498', description: 'Downstream system error' }])
  const third = await fetchFromPage(page, 'POST', '/v1/payments', key, payment)
  expect(third.status).toBe(201)
  await expect(banner).toBeHidden()
})

test('faults survive a reload and are turned off from the page', async ({ page }) => {
  await openTools(page)
  const key = await createKeyFromConsole(page)
  const faults = section(page, 'Fault injection')
  await faults.getByLabel('A percentage of requests, chosen at random').check()
  await faults.getByRole('textbox', { name: 'Percentage of requests' }).fill('100')
  await faults.getByLabel('Which endpoint should fail?').selectOption({ label: 'Get a payment (GET /v1/payments/{paymentId})' })
  await faults.getByRole('button', { name: 'Save fault settings' }).click()
  await expect(faults.getByText('Faults are on.')).toBeVisible()

  await page.reload()
  await page.waitForFunction(() => typeof window.payPlayground === 'object')
  const created = await fetchFromPage(page, 'POST', '/v1/payments', key, payment)
  expect(created.status).toBe(201)
  const read = await fetchFromPage(page, 'GET', `/v1/payments/${created.body.payment_id}`, key)
  expect([read.status, read.body]).toEqual([500, { code: 'P0298', description: 'Downstream system error' }])

  await section(page, 'Fault injection').getByRole('button', { name: 'Turn off faults' }).click()
  await expect(section(page, 'Fault injection').getByText('No faults are on: the simulated API answers every request normally.')).toBeVisible()
  expect((await fetchFromPage(page, 'GET', `/v1/payments/${created.body.payment_id}`, key)).status).toBe(200)
})

test('moving the clock forward shows what will expire, then expires it (failed P0020)', async ({ page }) => {
  await openTools(page)
  const key = await createKeyFromConsole(page)
  const created = await fetchFromPage(page, 'POST', '/v1/payments', key, payment)
  expect(created.status).toBe(201)
  const clock = section(page, 'Clock')
  await expect(clock.getByText('The same as real time')).toBeVisible()

  await clock.getByRole('button', { name: 'Check what will expire' }).click()
  await expect(page.locator('.govuk-error-summary')).toBeFocused()
  await expectAccessible(page, 'clock error')
  await screenshot(page, 'clock-error')

  await clock.getByLabel('How far').fill('91')
  await clock.getByRole('button', { name: 'Check what will expire' }).click()
  await expect(clock.getByRole('heading', { name: /^Moving the clock forward by 91 minutes, to / })).toBeFocused()
  const row = clock.getByRole('row', { name: /TOOLS-E2E-1/ })
  await expect(row).toContainText('£145.00')
  await expect(row).toContainText('created')
  await expectAccessible(page, 'expiry preview')
  await screenshot(page, 'clock-preview')

  await clock.getByRole('button', { name: 'Move the clock forward' }).click()
  await expect(clock.getByText('The clock moved forward by 91 minutes. 1 payment expired.')).toBeVisible()
  await expect(clock.getByText('1 hour and 31 minutes ahead of real time')).toBeVisible()
  const read = await fetchFromPage(page, 'GET', `/v1/payments/${created.body.payment_id}`, key)
  expect(read.body.state).toEqual({ status: 'failed', finished: true, code: 'P0020', message: 'Payment expired' })
  await screenshot(page, 'clock-moved')
})
