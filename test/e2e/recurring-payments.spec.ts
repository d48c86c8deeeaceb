// Recurring card payments end to end, as the real service's own smoke test runs them, in Chromium
// against the production build: an agreement made through the API is set up on the card pages (which
// say the card will be saved for it), a payment is taken with it and no user present, and the admin
// site lists and shows the agreement, active, with both payments; cancelling it there is what the API
// then reports. Each admin page is checked by axe. (Turning recurring payments on in Settings is
// settings-paid-features.spec.ts's.)
import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './support/accessibility.ts'
import { fillCardForm, openNextUrl, submitCard } from './support/hosted-journey.ts'
import { createKeyFromConsole, fetchFromPage, openPlayground } from './support/playground.ts'
import { changeServiceSettings } from './support/service-settings.ts'

async function newAgreement(page: Page, key: string, reference: string): Promise<string> {
  const created = await fetchFromPage(page, 'POST', '/v1/agreements', key, { reference, description: 'Council tax by monthly instalments' })
  expect(created.status).toBe(201)
  return created.body.agreement_id
}

test('an agreement is set up on the card pages, takes a payment with no user present, and is shown and cancelled in the admin site', async ({ page }) => {
  // Three pages checked by axe, and a payment on the card pages: two minutes on a busy machine.
  test.setTimeout(120_000)
  await openPlayground(page)
  await changeServiceSettings(page, { recurringPayments: true })
  const key = await createKeyFromConsole(page)
  await newAgreement(page, key, 'E2E-WAITING')
  const agreementId = await newAgreement(page, key, 'E2E-SET-UP')
  const setUp = await fetchFromPage(page, 'POST', '/v1/payments', key, {
    amount: 2500,
    reference: 'E2E-FIRST-INSTALMENT',
    description: 'First council tax instalment',
    return_url: 'https://your.service.gov.uk/completed',
    set_up_agreement: agreementId,
  })
  expect(setUp.status).toBe(201)
  await openNextUrl(page, setUp.body._links.next_url.href)
  await expect(page.locator('#agreement-setup-disclaimer')).toHaveText(/Your payment details will be saved for:\s*Council tax by monthly instalments/)
  await fillCardForm(page, { name: 'Ada Lovelace' })
  await submitCard(page, 'Confirm your payment')
  await page.getByRole('button', { name: 'Confirm payment' }).click()
  await expect.poll(async () => (await fetchFromPage(page, 'GET', `/v1/agreements/${agreementId}`, key)).body.status).toBe('active')

  // A payment taken with the agreement: no return_url, no user; queued, then authorised with the saved card.
  const recurring = await fetchFromPage(page, 'POST', '/v1/payments', key, {
    amount: 2500,
    reference: 'E2E-SECOND-INSTALMENT',
    description: 'Second council tax instalment',
    authorisation_mode: 'agreement',
    agreement_id: agreementId,
  })
  expect(recurring.status).toBe(201)
  expect(recurring.body.state.status).toBe('started')
  await expect
    .poll(async () => (await fetchFromPage(page, 'GET', `/v1/payments/${recurring.body.payment_id}`, key)).body.state.status, { timeout: 15_000 })
    .toBe('success')

  await openPlayground(page, '#/admin/agreements')
  await expect(page.getByRole('heading', { level: 1, name: 'Agreements' })).toBeVisible()
  const list = page.getByRole('table', { name: 'Agreements' })
  await expect(list.getByRole('row')).toHaveCount(3)
  await expect(list.getByRole('row').nth(1)).toContainText('E2E-SET-UP')
  await expect(list.getByRole('row').nth(1)).toContainText('Active')
  await expect(list.getByRole('row').nth(2)).toContainText('Awaiting payment')
  await expectAccessible(page, 'agreements list')

  await list.getByRole('link', { name: 'E2E-SET-UP' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Agreement detail' })).toBeVisible()
  await expect(page.locator('#payment-instrument-list')).toContainText('Ada Lovelace')
  await expect(page.getByRole('table', { name: 'Transactions' })).toContainText('E2E-FIRST-INSTALMENT')
  await expect(page.getByRole('table', { name: 'Transactions' })).toContainText('E2E-SECOND-INSTALMENT')
  await expectAccessible(page, 'an active agreement')

  await page.getByRole('button', { name: 'Cancel this agreement' }).click()
  await expect(page.getByRole('group', { name: 'Are you sure you want to cancel the agreement for Ada Lovelace?' })).toBeVisible()
  await expectAccessible(page, 'cancel agreement question')
  await page.getByRole('radio', { name: 'Yes' }).check()
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Agreement cancelled')).toBeVisible()
  await expect(page.locator('#agreement-detail')).toContainText('Cancelled date')
  await expect(page.getByRole('button', { name: 'Cancel this agreement' })).toHaveCount(0)
  expect((await fetchFromPage(page, 'GET', `/v1/agreements/${agreementId}`, key)).body.status).toBe('cancelled')
})
