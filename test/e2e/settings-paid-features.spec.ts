// The settings GOV.UK Pay support set on a real account, in Chromium against the production build:
// turning recurring card payments on in the admin site changes what the API answers at once, and a
// corporate card fee is refused until it is pounds and pence, then shows on the settings page. (The
// accessibility gate checks every settings page with axe, empty and with its errors shown.)
import { expect, test, type Page } from '@playwright/test'
import { createKeyFromConsole, fetchFromPage, openPlayground } from './support/playground.ts'

const AGREEMENT = { reference: 'E2E-AGREEMENT-1', description: 'Council tax by monthly instalments', user_identifier: 'e2e-user' }

/** The value of the settings page's row whose key is exactly `key`. */
const rowValue = (page: Page, key: string) =>
  page.locator('.govuk-summary-list__row', { has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) }).locator('.govuk-summary-list__value')

async function openChange(page: Page, what: string): Promise<void> {
  await page.getByRole('link', { name: `Change ${what}`, exact: true }).click()
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible()
}

async function saveAndReturn(page: Page, banner: string): Promise<void> {
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText(banner)).toBeVisible()
}

test('recurring payments switched on in the settings let the API create agreements; a corporate fee shows on the settings page', async ({ page }) => {
  await openPlayground(page)
  const key = await createKeyFromConsole(page)
  const refused = await fetchFromPage(page, 'POST', '/v1/agreements', key, AGREEMENT)
  expect(refused.status).toBe(422)
  expect(refused.body.code).toBe('P0942')

  await openPlayground(page, '#/admin/settings')
  await expect(page.getByRole('heading', { level: 2, name: 'Set by GOV.UK Pay on a real account' })).toBeVisible()
  await expect(rowValue(page, 'Recurring card payments')).toHaveText('Off')

  await openChange(page, 'recurring card payments')
  await page.getByRole('radio', { name: 'On' }).check()
  await saveAndReturn(page, 'Recurring card payments updated')
  await expect(rowValue(page, 'Recurring card payments')).toHaveText('On')
  const created = await fetchFromPage(page, 'POST', '/v1/agreements', key, AGREEMENT)
  expect(created.status).toBe(201)
  expect(created.body).toMatchObject({ reference: AGREEMENT.reference, status: 'created' })

  await openChange(page, 'corporate credit card fee')
  const fee = page.getByLabel('Corporate credit card fee')
  await fee.fill('2.505')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('link', { name: 'Enter a fee in pounds and pence, like 2.50' })).toBeVisible()
  await expect(fee).toHaveValue('2.505')
  await fee.fill('2.50')
  await saveAndReturn(page, 'Corporate credit card fee updated')
  await expect(rowValue(page, 'Corporate credit card fee')).toHaveText('£2.50')
})
