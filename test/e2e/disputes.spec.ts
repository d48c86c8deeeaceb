// Disputes end to end, in Chromium against the production build: a payment paid on the hosted pages
// is disputed from the simulator tools and lost, and the dispute shows in GET /v1/disputes (answered
// by the service worker) and on the payment's page in the admin site.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectAccessible } from './support/accessibility.ts'
import { fillCardForm, readPayment, startCardPayment, submitCard } from './support/hosted-journey.ts'
import { fetchFromPage, openPlayground } from './support/playground.ts'

const SCREENSHOTS = 'test-results/screenshots'

/** Screenshots of `what` (the whole page by default) at desktop and phone widths, to look at. */
async function screenshots(page: Page, name: string, what?: Locator): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 })
    const path = `${SCREENSHOTS}/disputes-${name}-${width}.png`
    await (what ? what.screenshot({ path }) : page.screenshot({ path, fullPage: true }))
  }
  await page.setViewportSize({ width: 1280, height: 900 })
}

test('a paid payment disputed in the simulator tools and lost shows in GET /v1/disputes and the admin site', async ({ page }) => {
  test.setTimeout(120_000)
  const payment = await startCardPayment(page, { amount: 2000, reference: 'DISPUTE-E2E' })
  await fillCardForm(page)
  await submitCard(page, 'Confirm your payment')
  await page.getByRole('button', { name: 'Confirm payment' }).click()
  await expect.poll(async () => (await readPayment(page, payment)).state.status).toBe('success')

  await openPlayground(page, '#/simulator')
  const section = page.getByRole('region', { name: 'Disputes' })
  await section.getByRole('radio', { name: 'DISPUTE-E2E — £20.00' }).check()
  await section.getByLabel('Reason').selectOption('fraudulent')
  await expectAccessible(page, 'the disputes tool with a payment chosen')
  await screenshots(page, 'raise-form', section)
  await section.getByRole('button', { name: 'Raise dispute' }).click()
  await expect(section.getByRole('alert')).toContainText(`Dispute raised: £20.00 of payment ${payment.paymentId} is disputed (Fraudulent).`)
  await section.getByRole('button', { name: 'Submit evidence for the dispute on payment DISPUTE-E2E' }).click()
  await expect(section.getByText('Dispute under review (under_review)')).toBeVisible()
  await section.getByRole('button', { name: 'Mark as lost for the dispute on payment DISPUTE-E2E' }).click()
  await expect(section.getByText('Dispute lost to customer (lost)')).toBeVisible()
  await expectAccessible(page, 'the disputes tool with a lost dispute')
  await screenshots(page, 'simulator-tools', section)

  const search = await fetchFromPage(page, 'GET', '/v1/disputes?status=lost', payment.key)
  expect(search.status).toBe(200)
  expect(search.body).toMatchObject({ total: 1, count: 1, page: 1 })
  expect(search.body.results[0]).toMatchObject({
    amount: 2000,
    fee: 1500,
    net_amount: -3500,
    payment_id: payment.paymentId,
    reason: 'fraudulent',
    status: 'lost',
    _links: { payment: { href: `https://publicapi.payments.service.gov.uk/v1/payments/${payment.paymentId}`, method: 'GET' } },
  })

  await section.getByRole('link', { name: payment.paymentId }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Transaction details' })).toBeVisible()
  await expect(page.locator('#state')).toHaveText('Dispute lost to customer')
  await expect(page.locator('#dispute-amount')).toHaveText('£20.00')
  await expect(page.locator('#dispute-net-amount')).toHaveText('-£35.00')
  await expect(page.getByText('You cannot refund this payment because it is being disputed.')).toBeVisible()
  await expectAccessible(page, 'a payment with a lost dispute')
  await screenshots(page, 'admin-detail')
})
