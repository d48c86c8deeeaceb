// The hosted pages' journeys around the card: validation, cancelling (by the user and by the
// service), expiry by the simulator clock, a second visit to next_url, the Back button after
// confirming, another browser, and returning to the service.
import { expect, test } from '@playwright/test'
import { fetchFromPage } from './support/playground.ts'
import { createPayment, fillCardForm, openNextUrl, readPayment, STATES, startCardPayment, submitCard } from './support/hosted-journey.ts'

test('an empty form lists every field in the error summary, each linking to its field', async ({ page }) => {
  const payment = await startCardPayment(page)
  await page.getByRole('button', { name: 'Continue' }).click()
  const summary = page.locator('.govuk-error-summary')
  await expect(summary.getByRole('heading', { name: 'The following fields are missing or contain errors' })).toBeVisible()
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link')).toHaveText([
    'Enter a valid card number',
    'Enter a valid expiry date',
    'Enter a valid name',
    'Enter a valid card security code',
    'Enter a valid address line 1',
    'Enter a valid town/city',
    'Enter a valid postcode',
    'Enter a valid email',
  ])
  await summary.getByRole('link', { name: 'Enter a valid card security code' }).click()
  await expect(page.getByLabel('Card security code')).toBeFocused()
  expect(page.url()).toContain(`#/card_details/${payment.paymentId}`)
  await expect(page.locator('#error-cardholder-name')).toHaveText('Error: Enter a valid name')
  expect((await readPayment(page, payment)).state).toEqual(STATES.started)
})

test('an expiry date in the past is refused, and accepted once corrected', async ({ page }) => {
  const payment = await startCardPayment(page)
  await fillCardForm(page, { month: '01', year: '20' })
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.locator('.govuk-error-summary').getByRole('link')).toHaveText(['Enter an expiry date in the future'])
  await expect(page.locator('#error-expiry-date')).toHaveText('Error: Enter an expiry date in the future')
  await page.getByLabel('Year').fill('2031')
  await page.getByLabel('Year').blur()
  await expect(page.locator('.govuk-error-summary')).toHaveCount(0)
  expect((await readPayment(page, payment)).state).toEqual(STATES.started)
})

test('"Cancel payment" cancels the payment: failed, P0030', async ({ page }) => {
  const payment = await startCardPayment(page)
  await page.getByRole('button', { name: 'Cancel payment' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your payment has been cancelled' })).toBeVisible()
  expect((await readPayment(page, payment)).state).toEqual(STATES.userCancelled)
  await page.getByRole('link', { name: 'Continue' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Return to your service' })).toBeVisible()
})

test('a cancel through the API while the user is on the card page shows "Payment cancelled"', async ({ page }) => {
  const payment = await startCardPayment(page)
  await page.getByLabel('Card number').fill('4444 3333')
  const cancelled = await fetchFromPage(page, 'POST', `/v1/payments/${payment.paymentId}/cancel`, payment.key)
  expect(cancelled.status).toBe(204)
  await expect(page.getByRole('heading', { level: 1, name: 'Payment cancelled' })).toBeVisible()
  await expect(page.getByLabel('Card number')).toHaveCount(0)
  expect((await readPayment(page, payment)).state).toEqual(STATES.serviceCancelled)
})

test('a page open in one tab follows a change made in another tab', async ({ page }) => {
  const payment = await startCardPayment(page)
  const other = await page.context().newPage()
  await other.goto('./#/')
  await other.waitForFunction(() => typeof window.payPlayground === 'object', null, { timeout: 20_000 })
  expect((await fetchFromPage(other, 'POST', `/v1/payments/${payment.paymentId}/cancel`, payment.key)).status).toBe(204)
  await expect(page.getByRole('heading', { level: 1, name: 'Payment cancelled' })).toBeVisible()
  await other.close()
})

test('moving the simulator clock past 90 minutes expires the session', async ({ page }) => {
  const payment = await startCardPayment(page)
  await page.evaluate(() => window.payPlayground.advanceClock({ minutes: 91 }))
  await expect(page.getByRole('heading', { level: 1, name: 'Your payment session has expired' })).toBeVisible()
  expect((await readPayment(page, payment)).state).toEqual(STATES.expired)
})

test('a second visit to next_url shows the payment in progress, and another browser is refused', async ({ page, browser }) => {
  const payment = await startCardPayment(page)
  await page.goto('./#/')
  await openNextUrl(page, payment.nextUrl, 'Your payment is in progress')
  expect(page.url()).toBe(payment.nextUrl)
  await page.getByRole('link', { name: 'Continue with your payment' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Enter card details' })).toBeVisible()

  // Another tab of the same browser profile is the same browser.
  const tab = await page.context().newPage()
  await tab.goto(payment.nextUrl)
  await expect(tab.getByRole('heading', { level: 1, name: 'Your payment is in progress' })).toBeVisible({ timeout: 20_000 })
  await tab.close()

  // Another profile has no session for the payment.
  const other = await browser.newContext()
  const stranger = await other.newPage()
  await stranger.goto(payment.nextUrl)
  await expect(stranger.getByRole('heading', { level: 1, name: 'Your payment session has expired' })).toBeVisible({ timeout: 20_000 })
  await expect(stranger.getByRole('link', { name: 'Cancel and go back to try the payment again' })).toHaveCount(0)
  await other.close()
  expect((await readPayment(page, payment)).state).toEqual(STATES.started)
})

test('a card details address without this browser’s session is refused', async ({ page }) => {
  const payment = await startCardPayment(page)
  expect(page.url()).toContain(`#/card_details/${payment.paymentId}`)
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Your payment session has expired' })).toBeVisible({ timeout: 20_000 })
  await expect(page.getByLabel('Card number')).toHaveCount(0)
})

test('the Back button after confirming shows the outcome, never the form again', async ({ page }) => {
  const payment = await startCardPayment(page)
  await fillCardForm(page)
  await submitCard(page, 'Confirm your payment')
  await page.getByRole('button', { name: 'Confirm payment' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Return to your service' })).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: 'Your payment was successful' })).toBeVisible()
  expect(page.url()).toContain(`#/card_details/${payment.paymentId}/confirm`)
  await expect(page.getByRole('button', { name: 'Confirm payment' })).toHaveCount(0)
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: 'Your payment is in progress' })).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1, name: 'Your payment was successful' })).toBeVisible()
  await expect(page.getByLabel('Card number')).toHaveCount(0)
  expect((await readPayment(page, payment)).state).toEqual(STATES.success)
})

test('a return_url on another site gets "Return to your service", with links there and to the admin site', async ({ page }) => {
  const payment = await startCardPayment(page, { return_url: 'https://your.service.gov.uk/completed?ref=HOSTED' })
  await fillCardForm(page)
  await submitCard(page, 'Confirm your payment')
  await page.getByRole('button', { name: 'Confirm payment' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Return to your service' })).toBeVisible()
  expect(page.url()).toContain(`#/return/${payment.paymentId}`)
  await expect(page.locator('#return-url')).toHaveText('https://your.service.gov.uk/completed?ref=HOSTED')
  await expect(page.getByRole('link', { name: 'Go to the return URL' })).toHaveAttribute('href', 'https://your.service.gov.uk/completed?ref=HOSTED')
  await expect(page.getByRole('link', { name: 'View this payment in the admin site' })).toHaveAttribute(
    'href',
    `#/admin/transactions/${payment.paymentId}`,
  )
  expect((await readPayment(page, payment)).state).toEqual(STATES.success)
})

test('a return_url on the playground’s own origin is followed, after an open payment is cancelled', async ({ page }) => {
  const start = await createPayment(page)
  const returnUrl = new URL('./#/', page.url()).href
  const created = await fetchFromPage(page, 'POST', '/v1/payments', start.key, {
    amount: 500,
    reference: 'OWN-ORIGIN',
    description: 'Back to the playground',
    return_url: returnUrl,
  })
  const payment = { key: start.key, paymentId: created.body.payment_id as string, nextUrl: created.body._links.next_url.href as string }
  await openNextUrl(page, payment.nextUrl)
  await page.getByRole('button', { name: 'Cancel payment' }).click()
  await page.getByRole('link', { name: 'Continue' }).click()
  await expect.poll(() => page.url()).toBe(returnUrl)
  await expect(page.getByRole('heading', { level: 1, name: 'Return to your service' })).toHaveCount(0)
  expect((await readPayment(page, payment)).state).toEqual(STATES.userCancelled)
})

test('returning from a payment still open cancels it first', async ({ page }) => {
  const payment = await startCardPayment(page)
  await page.goto(new URL(`./#/return/${payment.paymentId}`, page.url()).href)
  await expect(page.getByRole('heading', { level: 1, name: 'Return to your service' })).toBeVisible({ timeout: 20_000 })
  expect((await readPayment(page, payment)).state).toEqual(STATES.userCancelled)
})

test('a payment cancelled before its link is first opened shows "Payment cancelled"', async ({ page }) => {
  const payment = await createPayment(page)
  await fetchFromPage(page, 'POST', `/v1/payments/${payment.paymentId}/cancel`, payment.key)
  await openNextUrl(page, payment.nextUrl, 'Payment cancelled')
  expect((await readPayment(page, payment)).state).toEqual(STATES.serviceCancelled)
})

test('a success revisited through next_url shows "Your payment was successful"', async ({ page }) => {
  const payment = await startCardPayment(page)
  await fillCardForm(page)
  await submitCard(page, 'Confirm your payment')
  await page.getByRole('button', { name: 'Confirm payment' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Return to your service' })).toBeVisible()
  await openNextUrl(page, payment.nextUrl, 'Your payment was successful')
})
