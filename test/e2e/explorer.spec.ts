// The API explorer in Chromium against the production build, as a new user meets it: create a key
// inline, create a payment with the example body, pay it in a new tab through next_url, follow
// self to see success, refund part of it from the refunds link, find it all in the history after a
// reload, and see an invalid body's P0102 explained.
import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './support/accessibility.ts'
import { openPlayground, storedRequestHistory } from './support/playground.ts'

const SCREENSHOTS = 'test-results/screenshots'

const screenshot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/explorer-${name}.png`, fullPage: true })

const responseStatus = (page: Page) => page.locator('.app-explorer-status')
const responseBody = async (page: Page) => JSON.parse((await page.getByRole('region', { name: 'Response body' }).textContent()) ?? '')

async function send(page: Page, expected: string): Promise<void> {
  await page.getByRole('button', { name: 'Send request' }).click()
  await expect(responseStatus(page)).toHaveText(`Response: ${expected}`)
}

async function payInNewTab(page: Page): Promise<void> {
  const [payPage] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('link', { name: /Open the payment page in a new tab/ }).click(),
  ])
  await expect(payPage.getByRole('heading', { level: 1, name: 'Enter card details' })).toBeVisible({ timeout: 20_000 })
  await payPage.getByLabel('Card number').fill('4444333322221111')
  await payPage.getByLabel('Month').fill('12')
  await payPage.getByLabel('Year').fill('30')
  await payPage.getByLabel('Name on card').fill('J Bloggs')
  await payPage.getByLabel('Card security code').fill('123')
  await payPage.getByLabel('Address line 1').fill('1 High Street')
  await payPage.getByLabel('Town or city').fill('London')
  await payPage.getByLabel('Postcode').fill('SW1A 1AA')
  await payPage.getByLabel('Email').fill('j.bloggs@example.com')
  await payPage.getByRole('button', { name: 'Continue' }).click()
  await expect(payPage.getByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeVisible()
  await payPage.getByRole('button', { name: 'Confirm payment' }).click()
  await expect(payPage.getByRole('heading', { level: 1, name: 'Confirm your payment' })).toBeHidden()
  await payPage.close()
}

test('a new user creates a key, a payment, pays it, sees success, refunds part of it and finds it all in the history', async ({ page }) => {
  await openPlayground(page, '#/explorer')
  await expect(page.getByRole('heading', { level: 1, name: 'API explorer' })).toBeVisible()
  await expect(page.getByText(/This browser remembers no API key for My test service/)).toBeVisible()
  await expectAccessible(page, 'explorer start')

  await page.getByRole('button', { name: 'Create an API key' }).click()
  const key = (await page.locator('#api-key').textContent()) ?? ''
  expect(key).toMatch(/^api_test_[0-9a-v]+$/)
  await expect(page.getByRole('radio', { name: /Key created in the API explorer/ })).toBeChecked()
  await screenshot(page, 'home')

  await page.getByRole('navigation', { name: 'API endpoints' }).getByRole('link', { name: /Create a payment/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Create a payment' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'curl code for this request' })).toContainText(`Authorization: Bearer ${key}`)
  await send(page, '201 Created')
  const created = await responseBody(page)
  expect(created.state).toEqual({ status: 'created', finished: false })
  await expect(page.getByRole('row', { name: /location/ })).toContainText(`/v1/payments/${created.payment_id}`)
  await expectAccessible(page, 'create payment with its response')
  await screenshot(page, 'create-payment')

  await payInNewTab(page)

  await page.getByRole('link', { name: /^Fill in “Get a payment” from the self link/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Get a payment' })).toBeVisible()
  await expect(page.getByLabel(/^paymentId/)).toHaveValue(created.payment_id)
  await send(page, '200 OK')
  const paid = await responseBody(page)
  expect(paid.state).toEqual({ status: 'success', finished: true })
  expect(paid.refund_summary).toMatchObject({ status: 'available', amount_available: 14500 })

  await page.getByRole('link', { name: /Or fill in “Submit a refund for a payment” from the refunds link/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Submit a refund for a payment' })).toBeVisible()
  await expect(page.getByLabel('Request body (JSON)')).toHaveValue(/"amount": 2000/)
  await send(page, '202 Accepted')
  const refund = await responseBody(page)
  expect(refund).toMatchObject({ amount: 2000, status: 'success' })
  await screenshot(page, 'refund')

  await page.reload()
  await page.getByRole('link', { name: 'Request history' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Request history' })).toBeVisible()
  const history = page.getByRole('list', { name: 'Requests, newest first' })
  const refundEntry = history.locator('summary', { hasText: `POST /v1/payments/${created.payment_id}/refunds` })
  await expect(refundEntry).toContainText('202 Accepted')
  await expect(history.locator('summary').first()).toContainText('202')
  await refundEntry.click()
  await expect(history.getByRole('link', { name: /Replay it in the builder/ })).toBeVisible()
  await expect.poll(() => storedRequestHistory(page)).toContain('/v1/payments')
  expect(await storedRequestHistory(page)).not.toContain(key.slice('api_test_'.length))
  await page.getByLabel('Search the history').fill('POST 201')
  await expect(page.getByText('1 of 3 requests match')).toBeVisible()
  await expectAccessible(page, 'history')
  await screenshot(page, 'history')
})

test('an invalid body is sent anyway and its P0102 is explained by its own cause; the site serves openapi.json', async ({ page }) => {
  await openPlayground(page, '#/explorer/create-payment')
  await page.getByRole('button', { name: 'Create an API key' }).click()
  await expect(page.locator('#api-key')).toBeVisible()
  const body = page.getByLabel('Request body (JSON)')
  await body.fill('{\n  "amount": "145",\n  "reference": "12345",\n  "description": "Pay your council tax",\n  "return_url": "https://your.service.gov.uk/completed"\n}')
  await expect(page.getByText('amount must be a whole number, not a string')).toBeVisible()
  await send(page, '400 Bad Request')
  await expect(page.getByRole('heading', { name: 'What P0102 means' })).toBeVisible()
  await expect(page.locator('.app-explorer-explanation')).toContainText('amount')
  expect((await responseBody(page)).description).toBe('Invalid attribute value: amount. Must be a valid numeric format')
  await expectAccessible(page, 'error explained')
  await screenshot(page, 'error')

  await expect(page.locator('.app-explorer-explanation')).toContainText('Typical cause: amount is not a whole number')

  // The explorer links to the site's own openapi.json, which validates and describes the same API.
  await page.getByRole('link', { name: 'OpenAPI description (openapi.json)' }).first().click()
  await expect(page).toHaveURL(/\/pay-playground\/openapi\.json$/)
  const served = await page.request.get('openapi.json')
  expect(served.headers()['content-type']).toMatch(/^application\/json/)
  const document = await served.json()
  const { validate, compileErrors } = await import('@readme/openapi-parser')
  const result = await validate(structuredClone(document))
  expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true)
  expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/v1/payments/{paymentId}/refunds', '/v1/disputes']))
})

test('the endpoint list, a shared link and the reference work by keyboard alone', async ({ page }) => {
  await openPlayground(page, '#/explorer')
  await page.getByLabel('Find an endpoint').focus()
  await page.keyboard.type('capture')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('navigation', { name: 'API endpoints' }).getByRole('link', { name: 'Capture a payment' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Capture a payment' })).toBeFocused()

  await openPlayground(page, '#/explorer/search-payments?query.state=success&query.reference=abc')
  await expect(page.getByRole('heading', { level: 1, name: 'Search payments' })).toBeVisible()
  await expect(page.getByLabel(/^state/)).toHaveValue('success')
  await expect(page.getByLabel(/^reference/)).toHaveValue('abc')
  await page.getByRole('button', { name: 'Create an API key' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('#api-key')).toBeVisible()
  await page.getByRole('button', { name: 'Send request' }).focus()
  await page.keyboard.press('Enter')
  await expect(responseStatus(page)).toHaveText('Response: 200 OK')
  await expect(page.locator('#share-link')).toContainText('#/explorer/search-payments?query.state=success&query.reference=abc')

  await openPlayground(page, '#/explorer/reference')
  await expect(page.getByRole('heading', { level: 1, name: 'Statuses, errors and test cards' })).toBeVisible()
  await expect(page.getByRole('row', { name: /4000000000000002/ })).toContainText('Declined')
  await expectAccessible(page, 'reference')
  await screenshot(page, 'reference')
})
