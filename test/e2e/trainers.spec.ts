// A trainer's tools in Chromium: trainee services 1…N with keys in a printable list, each service's
// counts, faults for one trainee only, the request history filtered by service, resetting and
// deleting one service; and a scenario link made in one browser that recreates the same service in
// a fresh one, after saying what it adds and replaces.
import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './support/accessibility.ts'
import { fetchFromPage, openPlayground, storedRecords } from './support/playground.ts'

const PAYMENT = { amount: 2500, description: 'Trainee payment', return_url: 'https://your.service.gov.uk/done' }

const servicesTable = (page: Page) => page.getByRole('table', { name: /Your services/ })
const serviceRow = (page: Page, name: string) => servicesTable(page).getByRole('row', { name: new RegExp(`^${name} `) })

interface StoredPayment {
  serviceId: string
  reference: string
  amount: number
  state: string
}

/** One service's stored payments, each as "reference amount state", sorted. */
const paymentLines = (payments: readonly StoredPayment[], serviceId: string) =>
  payments.filter((payment) => payment.serviceId === serviceId).map(({ reference, amount, state }) => `${reference} ${amount} ${state}`).sort()

/** The Payments, Refunds and API keys columns of a service's row. */
async function expectCounts(page: Page, name: string, [payments, refunds, keys]: [string, string, string]) {
  const cells = serviceRow(page, name).getByRole('cell')
  await expect(cells.nth(1)).toHaveText(payments)
  await expect(cells.nth(2)).toHaveText(refunds)
  await expect(cells.nth(3)).toHaveText(keys)
}

test('trainee services, counts, faults for one of them, the history by service, reset and delete', async ({ page }) => {
  test.setTimeout(240_000)
  await openPlayground(page, '#/admin/services')
  await page.getByRole('link', { name: 'Create services for trainees' }).click()
  await page.getByRole('button', { name: 'Create services' }).click()
  await expect(page.getByRole('link', { name: 'Enter how many trainee services to create' })).toBeVisible()
  await expectAccessible(page, 'trainee services with an error')
  await page.getByLabel('Number of trainees').fill('3')
  await page.getByRole('button', { name: 'Create services' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Trainee services and their API keys' })).toBeVisible()
  const rows = page.locator('#trainee-keys tbody tr')
  await expect(rows).toHaveCount(3)
  await expect(rows.nth(0).locator('th')).toHaveText('Trainee 1')
  const keys = await page.locator('.app-trainee-key').allTextContents()
  expect(keys).toHaveLength(3)
  for (const key of keys) expect(key).toMatch(/^api_test_/)
  await expect(page.getByRole('button', { name: 'Print this list' })).toBeVisible()
  await expectAccessible(page, 'trainee keys')

  // Each trainee makes a payment with their own key; trainee 2 refunds part of theirs by the API later.
  for (const [index, key] of keys.entries()) {
    expect((await fetchFromPage(page, 'POST', '/v1/payments', key, { ...PAYMENT, reference: `TRAINEE-${index + 1}` })).status).toBe(201)
  }

  // Faults for Trainee 2 only, set on the simulator tools page.
  await page.goto('./#/simulator')
  const faults = page.getByRole('region', { name: 'Fault injection' })
  await faults.getByLabel('Which service should these settings apply to?').selectOption({ label: 'Trainee 2 only' })
  await faults.getByLabel('The next few requests').check()
  await faults.getByLabel('Number of requests').fill('1')
  await faults.getByRole('button', { name: 'Save fault settings' }).click()
  await expect(faults.getByText(/They apply to Trainee 2 only/)).toBeVisible()
  expect((await fetchFromPage(page, 'GET', '/v1/payments', keys[0]!)).status).toBe(200)
  expect((await fetchFromPage(page, 'GET', '/v1/payments', keys[1]!)).body).toEqual({ code: 'P0498', description: 'Downstream system error' })
  expect((await fetchFromPage(page, 'GET', '/v1/payments', keys[1]!)).status).toBe(200)

  // Counts on the services page; the link to one service's requests.
  await page.goto('./#/admin/services')
  await expectCounts(page, 'Trainee 2', ['1', '0', '1'])
  await expectAccessible(page, 'services with counts')
  await serviceRow(page, 'Trainee 2').getByRole('link', { name: 'Requests of Trainee 2' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Request history' })).toBeVisible({ timeout: 20_000 })
  await expect(page.getByLabel('Service')).toHaveValue(/.+/)
  const listed = page.getByRole('list', { name: 'Requests, newest first' }).getByRole('listitem')
  await expect(listed).toHaveCount(3)
  for (const item of await listed.all()) await expect(item).toContainText('Trainee 2')
  await expectAccessible(page, 'history of one service')

  // Reset Trainee 1, keeping its key; delete Trainee 3.
  await page.goto('./#/admin/services')
  await serviceRow(page, 'Trainee 1').getByRole('link', { name: 'Reset Trainee 1' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Reset Trainee 1?' })).toBeVisible()
  await expect(page.getByText(/This deletes its 1 payment, 0 refunds and 1 API key/)).toBeVisible()
  await expectAccessible(page, 'reset a service')
  await page.getByLabel('Keep its API keys working').check()
  await page.getByRole('button', { name: 'Yes, reset this service' }).click()
  await expect(page.getByText('Trainee 1 was reset')).toBeVisible()
  await expectCounts(page, 'Trainee 1', ['0', '0', '1'])
  expect((await fetchFromPage(page, 'GET', '/v1/payments', keys[0]!)).body.total).toBe(0)

  await serviceRow(page, 'Trainee 3').getByRole('link', { name: 'Delete Trainee 3' }).click()
  await page.getByRole('button', { name: 'Yes, delete this service' }).click()
  await expect(page.getByText('Trainee 3 was deleted')).toBeVisible()
  await expect(servicesTable(page)).not.toContainText('Trainee 3')
  expect(await fetchFromPage(page, 'GET', '/v1/payments', keys[2]!)).toMatchObject({ status: 401, body: 'Credentials are required to access this resource.' })
  // The others are untouched.
  expect((await fetchFromPage(page, 'GET', '/v1/payments', keys[1]!)).body.total).toBe(1)
})

test('a scenario link made in one browser recreates the same service in a fresh one, after saying what it replaces', async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000)
  // The trainer prepares a service: settings, demo data, two lessons, a fault, the clock moved.
  await openPlayground(page, '#/admin/services')
  const serviceId = await page.evaluate(async () => {
    const id = await window.payPlayground.createService('Fishing course')
    await window.payPlayground.switchService(id)
    await window.payPlayground.seedPayments(12)
    await window.payPlayground.advanceClock({ hours: 3 })
    return id
  })
  await page.goto('./#/admin/settings/delayed-capture')
  await page.getByLabel('On').check()
  await page.getByRole('button', { name: /Save/ }).click()
  await expect(page.getByText('Delayed capture updated')).toBeVisible()
  await page.goto('./#/learn/choose')
  await page.getByLabel('Cancel a payment').uncheck()
  await page.getByLabel('Let a payment expire').uncheck()
  await page.getByRole('button', { name: 'Save lessons' }).click()
  await expect(page.getByText('You have completed 0 of 9 lessons.')).toBeVisible()
  await page.goto('./#/simulator')
  const faults = page.getByRole('region', { name: 'Fault injection' })
  await faults.getByLabel('Which service should these settings apply to?').selectOption({ label: 'Fishing course only' })
  await faults.getByLabel('A percentage of requests, chosen at random').check()
  await faults.getByLabel('Percentage of requests', { exact: true }).fill('20')
  await faults.getByRole('button', { name: 'Save fault settings' }).click()
  await expect(faults.getByText(/They apply to Fishing course only/)).toBeVisible()

  await page.getByRole('link', { name: 'Save a scenario' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible({ timeout: 20_000 })
  await expect(page.getByLabel('Service')).toHaveValue(serviceId)
  await page.getByRole('button', { name: 'Save scenario' }).click()
  await expect(page.getByRole('link', { name: 'Enter a name for the scenario' })).toBeVisible()
  await page.getByLabel('Scenario name').fill('Refunds morning')
  await page.getByRole('button', { name: 'Save scenario' }).click()
  const link = (await page.locator('#scenario-link').getAttribute('href')) ?? ''
  expect(link).toMatch(/#\/scenarios\/open\?s=[\w-]+$/)
  await expectAccessible(page, 'a scenario saved')
  const trainer = paymentLines(await storedRecords<StoredPayment>(page, 'payments'), serviceId)
  expect(trainer).toHaveLength(12)

  // A trainee, in a fresh browser of their own, with a service of their own already.
  const fresh = await browser.newContext({ baseURL })
  const trainee = await fresh.newPage()
  await openPlayground(trainee, '#/')
  await trainee.evaluate(() => window.payPlayground.createApiKey('My own key'))
  await trainee.goto(link)
  await expect(trainee.getByRole('heading', { level: 1, name: 'Open the scenario “Refunds morning”' })).toBeVisible({ timeout: 20_000 })
  await expect(trainee.getByText('Fishing course', { exact: true })).toBeVisible()
  await expect(trainee.getByText(/12 payments and \d+ refunds?/)).toBeVisible()
  await expect(trainee.getByText('9 lessons chosen by the trainer')).toBeVisible()
  await expect(trainee.getByText(/20% of API requests, chosen at random/)).toBeVisible()
  await expect(trainee.getByText('Fishing course becomes your current service, instead of My test service.')).toBeVisible()
  await expect(trainee.getByText(/moves from real time to 3 hours ahead of real time/)).toBeVisible()
  await expectAccessible(trainee, 'open a scenario')
  await trainee.getByRole('button', { name: 'Open this scenario' }).click()
  await expect(trainee.getByRole('heading', { level: 1, name: 'Scenario opened' })).toBeVisible()

  // The same state: service, settings, payments, lessons, faults, clock; the trainee's own service kept.
  expect(await trainee.evaluate(() => window.payPlayground.currentService())).toMatchObject({ name: 'Fishing course' })
  const services = await storedRecords<{ id: string; name: string; settings: { delayedCapture: boolean } }>(trainee, 'services')
  const course = services.find((service) => service.name === 'Fishing course')!
  const meta = await storedRecords<{ key: string; value: unknown }>(trainee, 'meta')
  const recreated = {
    services: services.map((service) => service.name).sort(),
    delayedCapture: course.settings.delayedCapture,
    payments: paymentLines(await storedRecords<StoredPayment>(trainee, 'payments'), course.id),
    faults: meta.find((entry) => entry.key === `faults:${course.id}`)?.value,
    clock: meta.find((entry) => entry.key === 'clockOffsetMs')?.value,
  }
  expect(recreated.services).toEqual(['Fishing course', 'My test service'])
  expect(recreated.delayedCapture).toBe(true)
  expect(recreated.payments).toEqual(trainer)
  expect(recreated.faults).toMatchObject({ failures: { kind: 'percentage', percent: 20 } })
  expect(recreated.clock).toBe(3 * 3_600_000)
  await trainee.goto('./#/learn')
  await expect(trainee.getByText('You have completed 0 of 9 lessons.')).toBeVisible({ timeout: 20_000 })
  await expect(trainee.getByRole('link', { name: 'Let a payment expire' })).toHaveCount(0)
  await fresh.close()
})
