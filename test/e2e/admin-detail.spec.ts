// The admin site's transaction detail (refunds), API keys, settings and services, in Chromium
// against the production build: what is done in the pages shows through the API at once.
import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './support/accessibility.ts'
import { API_BASE_URL, createKeyFromConsole, fetchFromPage, openPlayground } from './support/playground.ts'

const SCREENSHOTS = 'test-results/screenshots'

const payment = (overrides: Record<string, unknown> = {}) => ({
  amount: 1000,
  reference: 'ADMIN-E2E',
  description: 'Pay your parking fine',
  return_url: 'https://your.service.gov.uk/completed',
  ...overrides,
})

/** The status of an API call from page code (a 401 has a plain-text body, not JSON). */
function statusFromPage(page: Page, path: string, key: string): Promise<number> {
  return page.evaluate(
    async ({ url, key }) => (await fetch(url, { headers: { Authorization: `Bearer ${key}`, Accept: 'application/json' } })).status,
    { url: `${API_BASE_URL}${path}`, key },
  )
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}/admin-detail-${name}.png`, fullPage: true })
}

/** Creates a payment from page code and pays it with a good card through the hosted pages. */
async function successfulPayment(page: Page, key: string, amount = 1000): Promise<string> {
  const created = await fetchFromPage(page, 'POST', '/v1/payments', key, payment({ amount }))
  expect(created.status).toBe(201)
  await page.goto(created.body._links.next_url.href)
  await expect(page.getByRole('heading', { level: 1, name: 'Enter card details' })).toBeVisible({ timeout: 20_000 })
  await page.getByLabel('Card number').fill('4444333322221111')
  await page.getByLabel('Month').fill('12')
  await page.getByLabel('Year').fill('30')
  await page.getByLabel('Name on card').fill('J Bloggs')
  await page.getByLabel('Card security code').fill('123')
  await page.getByLabel('Address line 1').fill('1 High Street')
  await page.getByLabel('Town or city').fill('London')
  await page.getByLabel('Postcode').fill('SW1A 1AA')
  await page.getByLabel('Email').fill('j.bloggs@example.com')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible()
  await page.getByRole('button', { name: 'Confirm payment' }).click()
  const id: string = created.body.payment_id
  await expect.poll(async () => (await fetchFromPage(page, 'GET', `/v1/payments/${id}`, key)).body.state.status).toBe('success')
  return id
}

async function openDetail(page: Page, paymentId: string): Promise<void> {
  await openPlayground(page, `#/admin/transactions/${paymentId}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Transaction details' })).toBeVisible()
}

async function refund(page: Page, choice: 'Full refund' | 'Remaining amount' | 'Partial refund', amount?: string) {
  await page.getByRole('button', { name: 'Refund payment' }).click()
  await page.getByRole('radio', { name: choice }).check()
  if (amount !== undefined) await page.getByLabel('Refund amount').fill(amount)
  await page.getByRole('button', { name: 'Confirm refund' }).click()
}

test('a key created in the admin site works from page code, and gets 401 once revoked', async ({ page }) => {
  // Six pages each checked by axe: two minutes on a busy machine.
  test.setTimeout(120_000)
  await openPlayground(page, '#/admin/api-keys')
  await expect(page.getByRole('heading', { level: 1, name: 'Test API keys' })).toBeVisible()
  await expectAccessible(page, 'API keys (none)')
  await page.getByRole('button', { name: 'Create a new API key' }).click()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('link', { name: 'Enter the API key name' })).toBeVisible()
  await expectAccessible(page, 'API key name with an error')
  await screenshot(page, 'api-key-name-error')
  await page.getByLabel('API key name').fill('E2E integration')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'New API key' })).toBeVisible()
  const key = (await page.locator('#api-key').textContent()) ?? ''
  expect(key).toMatch(/^api_test_/)
  await expectAccessible(page, 'new API key')
  await screenshot(page, 'new-api-key')

  const created = await fetchFromPage(page, 'POST', '/v1/payments', key, payment())
  expect(created.status).toBe(201)
  expect(await statusFromPage(page, '/v1/payments', key)).toBe(200)

  await page.reload()
  await expect(page.getByLabel('API key name')).toBeVisible()
  await expect(page.locator('#api-key')).toHaveCount(0)
  expect(await page.content()).not.toContain(key)

  await page.getByRole('link', { name: 'Back' }).click()
  await expect(page.getByRole('heading', { name: 'Active test API keys (1)' })).toBeVisible()
  await expect(page.getByText('Not used yet')).toHaveCount(0)
  await expectAccessible(page, 'API keys (one)')
  await screenshot(page, 'api-keys')
  await page.getByRole('link', { name: 'Revoke E2E integration' }).click()
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('link', { name: 'Confirm if you want to revoke E2E integration' })).toBeVisible()
  await expectAccessible(page, 'revoke with an error')
  await screenshot(page, 'revoke-error')
  await page.getByRole('radio', { name: 'Yes' }).check()
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('E2E integration was successfully revoked')).toBeVisible()

  expect(await statusFromPage(page, '/v1/payments', key)).toBe(401)

  await page.getByRole('button', { name: 'Show revoked API keys' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Revoked API keys (1)' })).toBeVisible()
  await expectAccessible(page, 'revoked API keys')
  await screenshot(page, 'revoked-api-keys')
})

test('full and partial refunds from the detail page show in the API’s refund_summary', async ({ page }) => {
  await openPlayground(page)
  const key = await createKeyFromConsole(page)
  const paymentId = await successfulPayment(page, key, 1000)

  await openDetail(page, paymentId)
  await expect(page.locator('#state')).toHaveText('Success')
  await expectAccessible(page, 'transaction detail')
  await page.getByRole('button', { name: 'Refund payment' }).click()
  await page.getByRole('radio', { name: 'Partial refund' }).check()
  await expectAccessible(page, 'refund form')
  await screenshot(page, 'refund-form')
  await page.getByLabel('Refund amount').fill('2.50')
  await page.getByRole('button', { name: 'Confirm refund' }).click()
  await expect(page.getByText('Refund successful')).toBeVisible()
  await expect(page.getByText('It may take up to 6 days to process.')).toBeVisible()
  await expect(page.locator('#refunded-amount')).toHaveText('–£2.50')
  await expectAccessible(page, 'refund successful')
  await screenshot(page, 'refund-successful')
  const afterPartial = await fetchFromPage(page, 'GET', `/v1/payments/${paymentId}`, key)
  expect(afterPartial.body.refund_summary).toEqual({ status: 'available', amount_available: 750, amount_submitted: 250 })

  await refund(page, 'Partial refund', '7.51')
  await expect(page.getByRole('heading', { name: 'Refund failed' })).toBeVisible()
  await expect(
    page.getByRole('link', { name: 'The amount you tried to refund is greater than the amount available to be refunded. Please try again.' }),
  ).toBeVisible()
  await expectAccessible(page, 'refund failed')
  await screenshot(page, 'refund-failed')
  const afterRefused = await fetchFromPage(page, 'GET', `/v1/payments/${paymentId}`, key)
  expect(afterRefused.body.refund_summary).toEqual({ status: 'available', amount_available: 750, amount_submitted: 250 })

  await page.getByRole('radio', { name: 'Remaining amount' }).check()
  await expect(page.getByText('Refund the remaining £7.50 (£2.50 has already been refunded)')).toBeVisible()
  await page.getByRole('button', { name: 'Confirm refund' }).click()
  await expect(page.getByText('Refund successful')).toBeVisible()
  await expect(page.locator('#refunded-amount')).toHaveText('–£10.00')
  await expect(page.getByRole('button', { name: 'Refund payment' })).toHaveCount(0)
  const afterFull = await fetchFromPage(page, 'GET', `/v1/payments/${paymentId}`, key)
  expect(afterFull.body.refund_summary).toEqual({ status: 'full', amount_available: 0, amount_submitted: 1000 })
  const refunds = await fetchFromPage(page, 'GET', `/v1/payments/${paymentId}/refunds`, key)
  expect(refunds.body._embedded.refunds.map((r: { amount: number }) => r.amount)).toEqual([250, 750])
  await screenshot(page, 'transaction-detail-refunded')
})

test('a full refund of a fresh payment, and an unknown payment id', async ({ page }) => {
  await openPlayground(page)
  const key = await createKeyFromConsole(page)
  const paymentId = await successfulPayment(page, key, 4321)
  await openDetail(page, paymentId)
  await refund(page, 'Full refund')
  await expect(page.getByText('Refund successful')).toBeVisible()
  const after = await fetchFromPage(page, 'GET', `/v1/payments/${paymentId}`, key)
  expect(after.body.refund_summary).toEqual({ status: 'full', amount_available: 0, amount_submitted: 4321 })

  await openPlayground(page, '#/admin/transactions/nosuchpayment0000000000000')
  await expect(page.getByRole('heading', { level: 1, name: 'Transaction not found' })).toBeVisible()
  await expectAccessible(page, 'transaction not found')
})

test('an in-progress payment can be cancelled from the detail page', async ({ page }) => {
  await openPlayground(page)
  const key = await createKeyFromConsole(page)
  const created = await fetchFromPage(page, 'POST', '/v1/payments', key, payment())
  const paymentId: string = created.body.payment_id
  await openDetail(page, paymentId)
  await expect(page.locator('#state')).toHaveText('In progress')
  await page.getByRole('button', { name: 'Cancel payment' }).click()
  await expectAccessible(page, 'cancel confirmation')
  await screenshot(page, 'cancel-confirmation')
  await page.getByRole('button', { name: 'Yes, cancel this payment' }).click()
  await expect(page.getByText('Payment cancelled')).toBeVisible()
  await expect(page.getByText('P0040 - Payment was cancelled by the service')).toBeVisible()
  const after = await fetchFromPage(page, 'GET', `/v1/payments/${paymentId}`, key)
  expect(after.body.state).toEqual({ status: 'cancelled', finished: true, code: 'P0040', message: 'Payment was cancelled by the service' })
})

test('settings change what the API and the payment pages do at once', async ({ page }) => {
  // Four pages, each checked with axe: more than the default minute on a busy machine.
  test.setTimeout(120_000)
  await openPlayground(page)
  const key = await createKeyFromConsole(page)
  const refused = await fetchFromPage(page, 'POST', '/v1/payments', key, payment({ moto: true }))
  expect(refused.status).toBe(422)
  expect(refused.body.code).toBe('P0196')

  await openPlayground(page, '#/admin/settings')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expectAccessible(page, 'settings')
  await screenshot(page, 'settings')
  await page.getByRole('link', { name: 'Change MOTO payments' }).click()
  await expectAccessible(page, 'MOTO setting')
  await screenshot(page, 'moto-setting')
  await page.getByRole('radio', { name: 'On' }).check()
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('MOTO payments updated')).toBeVisible()
  const accepted = await fetchFromPage(page, 'POST', '/v1/payments', key, payment({ moto: true }))
  expect(accepted.status).toBe(201)
  expect(accepted.body.moto).toBe(true)

  for (const [link, name] of [
    ['Change service name', 'service name'],
    ['Change ask users for their email address', 'email collection'],
    ['Change card types', 'card types'],
    ['Change delayed capture for test payments', 'delayed capture'],
    ['Change ask users for their billing address', 'billing address'],
  ] as const) {
    await page.getByRole('link', { name: link }).click()
    await page.getByRole('button', { name: 'Save changes' }).waitFor()
    await expectAccessible(page, `${name} setting`)
    await screenshot(page, `setting-${name.replaceAll(' ', '-')}`)
    await page.getByRole('link', { name: 'Settings', exact: true }).first().click()
  }

  await page.getByRole('link', { name: 'Change card types' }).click()
  for (const box of await page.getByRole('checkbox').all()) if ((await box.isChecked()) && (await box.isEnabled())) await box.uncheck()
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('link', { name: 'You must choose at least one card' })).toBeVisible()
  await expectAccessible(page, 'card types with an error')
  await screenshot(page, 'card-types-error')

  await openPlayground(page, '#/admin/settings/service-name')
  await page.getByLabel('Service name').fill('Pay your parking fine')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Service name updated')).toBeVisible()
  await expect(page.getByRole('banner').getByText('Pay your parking fine')).toBeVisible()

  const forPage = await fetchFromPage(page, 'POST', '/v1/payments', key, payment())
  await page.goto(forPage.body._links.next_url.href)
  await expect(page.getByRole('heading', { level: 1, name: 'Enter card details' })).toBeVisible({ timeout: 20_000 })
  await expect(page.getByRole('banner')).toContainText('Pay your parking fine')
})

test('services: create one, switch to it, and its keys and settings are its own', async ({ page }) => {
  await openPlayground(page)
  await expect(page.getByRole('banner').getByText('My test service')).toBeVisible()
  await page.getByRole('banner').getByRole('link', { name: 'Switch service' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Services' })).toBeVisible()
  await page.getByLabel('Service name').fill('Team A')
  await page.getByRole('button', { name: 'Create service' }).click()
  await expect(page.getByText('Team A was created. Switch to it to use it.')).toBeVisible()
  await expectAccessible(page, 'services')
  await screenshot(page, 'services')
  await page.getByRole('button', { name: 'Switch to Team A' }).click()
  await expect(page.getByText('You are now using Team A')).toBeVisible()
  await expect(page.getByRole('banner').getByText('Team A')).toBeVisible()
  expect(await page.evaluate(() => window.payPlayground.currentService())).toMatchObject({ name: 'Team A' })

  const teamKey = await createKeyFromConsole(page, 'Team A key')
  const created = await fetchFromPage(page, 'POST', '/v1/payments', teamKey, payment())
  expect(created.status).toBe(201)
  await openPlayground(page, '#/admin/api-keys')
  await expect(page.getByRole('heading', { name: 'Team A key' })).toBeVisible()

  await page.getByRole('banner').getByRole('link', { name: 'Switch service' }).click()
  await page.getByRole('button', { name: 'Switch to My test service' }).click()
  await expect(page.getByRole('banner').getByText('My test service')).toBeVisible()
  await openPlayground(page, `#/admin/transactions/${created.body.payment_id}`)
  await expect(page.getByRole('heading', { level: 1, name: 'This payment belongs to another service' })).toBeVisible()
  await expectAccessible(page, 'payment of another service')
})
