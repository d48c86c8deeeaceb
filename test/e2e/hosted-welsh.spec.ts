// A Welsh payment's other pages as a paying user meets them, each axe-clean: the email typo
// question, a declined card, "Cancel payment", a second visit (in progress) and a finished payment.
import { expect, test, type Page } from '@playwright/test'
import { expectAccessible, settle } from './support/accessibility.ts'
import { createPayment, openNextUrl } from './support/hosted-journey.ts'

const WELSH_CARD: [string, string][] = [
  ['Rhif cerdyn', '4444333322221111'],
  ['Mis', '10'],
  ['Blwyddyn', '30'],
  ['Enw ar y cerdyn', 'Ms J Bloggs'],
  ['Cod diogelwch y cerdyn', '123'],
  ['Llinell cyfeiriad 1', '1 Stryd Fawr'],
  ['Tref neu ddinas', 'Caerdydd'],
  ['Cod post', 'CF10 1AA'],
  ['E-bost', 'jo@example.org'],
]

async function fillWelsh(page: Page, change: Record<string, string> = {}) {
  for (const [label, value] of WELSH_CARD) await page.getByLabel(label, { exact: true }).fill(change[label] ?? value)
}

async function check(page: Page, heading: string) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 20_000 })
  await settle(page)
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
  await expectAccessible(page, heading)
}

test('a Welsh payment’s pages are in Welsh and accessible', async ({ page }) => {
  test.setTimeout(180_000)
  const typo = await createPayment(page, { language: 'cy' })
  await openNextUrl(page, typo.nextUrl, 'Rhowch fanylion y cerdyn')
  await fillWelsh(page, { 'E-bost': 'jo@gmial.com' })
  await page.getByRole('button', { name: 'Parhau' }).click()
  await expect(page.getByRole('radio', { name: 'jo@gmail.com' })).toBeChecked()
  await check(page, 'Rhowch fanylion y cerdyn')
  await page.getByRole('button', { name: 'Canslo’r taliad' }).click()
  await check(page, 'Mae eich taliad wedi ei ganslo')

  const declined = await createPayment(page, { language: 'cy' })
  await openNextUrl(page, declined.nextUrl, 'Rhowch fanylion y cerdyn')
  await fillWelsh(page, { 'Rhif cerdyn': '4000000000000002' })
  await page.getByRole('button', { name: 'Parhau' }).click()
  await check(page, 'Mae eich taliad wedi cael ei wrthod')

  const paid = await createPayment(page, { language: 'cy' })
  await openNextUrl(page, paid.nextUrl, 'Rhowch fanylion y cerdyn')
  await openNextUrl(page, paid.nextUrl, 'Mae eich taliad ar y gweill')
  await check(page, 'Mae eich taliad ar y gweill')
  await page.getByRole('link', { name: 'Parhau gyda’ch taliad' }).click()
  await fillWelsh(page)
  await page.getByRole('button', { name: 'Parhau' }).click()
  await check(page, 'Cadarnhau eich taliad')
  await page.getByRole('button', { name: 'Cadarnhau’r taliad' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Return to your service' })).toBeVisible({ timeout: 20_000 })
  // The playground's own page after the payment pages is English.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await openNextUrl(page, paid.nextUrl, 'Roedd eich taliad yn successful')
  await check(page, 'Roedd eich taliad yn successful')
})
