// Every hosted page passes axe with no serious or critical violations, and screenshots of the card
// details page (empty and with errors) and the confirm page are kept for people to look at.
import { expect, test, type Page } from '@playwright/test'
import { expectAccessible, settle } from './support/accessibility.ts'
import { fetchFromPage } from './support/playground.ts'
import { createPayment, fillCardForm, openNextUrl, startCardPayment, submitCard } from './support/hosted-journey.ts'

const SCREENSHOTS = 'test-results/screenshots'

async function check(page: Page, label: string): Promise<void> {
  await settle(page)
  await expectAccessible(page, label)
}

test('the hosted pages have no serious or critical accessibility problems', async ({ page }) => {
  test.setTimeout(180_000)

  // The form, empty, with every error, then the confirm page, a success and the return page.
  const paid = await startCardPayment(page)
  await check(page, 'card details')
  await page.screenshot({ path: `${SCREENSHOTS}/hosted-card-details.png`, fullPage: true })
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.locator('.govuk-error-summary')).toBeVisible()
  await check(page, 'card details with errors')
  await page.screenshot({ path: `${SCREENSHOTS}/hosted-card-details-errors.png`, fullPage: true })
  await fillCardForm(page, { cardNumber: '4242 4242 4242 4242' })
  await page.screenshot({ path: `${SCREENSHOTS}/hosted-card-details-filled.png`, fullPage: true })
  await submitCard(page, 'Confirm your payment')
  await check(page, 'confirm')
  await page.screenshot({ path: `${SCREENSHOTS}/hosted-confirm.png`, fullPage: true })
  await page.getByRole('button', { name: 'Confirm payment' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Return to your service' })).toBeVisible()
  await check(page, 'return to your service')
  await page.screenshot({ path: `${SCREENSHOTS}/hosted-return.png`, fullPage: true })
  await openNextUrl(page, paid.nextUrl, 'Your payment was successful')
  await check(page, 'success')

  // The in-progress page and each outcome page.
  const open = await startCardPayment(page)
  await openNextUrl(page, open.nextUrl, 'Your payment is in progress')
  await check(page, 'in progress')
  await page.getByRole('link', { name: 'Continue with your payment' }).click()
  await page.getByRole('button', { name: 'Cancel payment' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your payment has been cancelled' })).toBeVisible()
  await check(page, 'user cancelled')

  const outcomes: [string, string, string][] = [
    ['4000000000000002', 'Your payment has been declined', 'declined'],
    ['4000000000000119', 'We’re experiencing technical problems', 'technical-problems'],
  ]
  for (const [cardNumber, heading, name] of outcomes) {
    await startCardPayment(page)
    await fillCardForm(page, { cardNumber })
    await submitCard(page, heading)
    await check(page, heading)
    await page.screenshot({ path: `${SCREENSHOTS}/hosted-${name}.png`, fullPage: true })
  }

  const cancelled = await startCardPayment(page)
  await fetchFromPage(page, 'POST', `/v1/payments/${cancelled.paymentId}/cancel`, cancelled.key)
  await expect(page.getByRole('heading', { level: 1, name: 'Payment cancelled' })).toBeVisible()
  await check(page, 'cancelled by the service')

  await startCardPayment(page)
  await page.evaluate(() => window.payPlayground.advanceClock({ minutes: 91 }))
  await expect(page.getByRole('heading', { level: 1, name: 'Your payment session has expired' })).toBeVisible()
  await check(page, 'expired')

  const unknown = await createPayment(page)
  await page.goto(unknown.nextUrl.replace(/[0-9a-f-]{36}$/, '00000000-0000-4000-8000-000000000000'))
  await expect(page.getByRole('heading', { level: 1, name: 'Your payment session has expired' })).toBeVisible({ timeout: 20_000 })
  await check(page, 'session expired without a session')
})
