// The admin site's agreements in Chromium against the production build: agreements made through the
// API from page code, one set up on the card pages, listed and shown in the admin site, and one
// cancelled there, which the API then reports. Each page is checked by axe.
import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './support/accessibility.ts'
import { fillCardForm, openNextUrl, submitCard } from './support/hosted-journey.ts'
import { createKeyFromConsole, fetchFromPage, openPlayground } from './support/playground.ts'

/**
 * Turns recurring payments on for every service of the browser (a new one has only its first),
 * writing IndexedDB directly: the settings pages have no such setting yet. Reload after.
 */
function turnOnRecurringPayments(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('pay-playground')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const transaction = db.transaction('services', 'readwrite')
          const services = transaction.objectStore('services')
          const all = services.getAll()
          all.onsuccess = () => {
            for (const service of all.result as Array<{ settings: Record<string, unknown> }>) {
              services.put({ ...service, settings: { ...service.settings, recurringPayments: true } })
            }
          }
          transaction.oncomplete = () => {
            db.close()
            resolve()
          }
          transaction.onerror = () => reject(transaction.error)
        }
      }),
  )
}

async function newAgreement(page: Page, key: string, reference: string): Promise<string> {
  const created = await fetchFromPage(page, 'POST', '/v1/agreements', key, { reference, description: 'Council tax by monthly instalments' })
  expect(created.status).toBe(201)
  return created.body.agreement_id
}

test('agreements made through the API are listed and shown in the admin site, and one is cancelled there', async ({ page }) => {
  // Three pages checked by axe, and a payment on the card pages: two minutes on a busy machine.
  test.setTimeout(120_000)
  await openPlayground(page)
  await turnOnRecurringPayments(page)
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
  await fillCardForm(page, { name: 'Ada Lovelace' })
  await submitCard(page, 'Confirm your payment')
  await page.getByRole('button', { name: 'Confirm payment' }).click()
  await expect.poll(async () => (await fetchFromPage(page, 'GET', `/v1/agreements/${agreementId}`, key)).body.status).toBe('active')

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
