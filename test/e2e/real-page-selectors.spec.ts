// A team's browser test written for the real GOV.UK Pay payment pages runs here unchanged: the card
// and confirm pages are driven only by the real pages' ids, classes and nesting (pay-frontend's
// charge.njk and confirm.njk), in English and in Welsh, and the pages stay axe-clean in both.
import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './support/accessibility.ts'
import { createPayment, readPayment, STATES } from './support/hosted-journey.ts'

const CARD = {
  '#card-no': '4444333322221111',
  '#expiry-month': '10',
  '#expiry-year': '30',
  '#cardholder-name': 'Ms J Bloggs',
  '#cvc': '123',
  '#address-line-1': '1 High Street',
  '#address-city': 'London',
  '#address-postcode': 'SW1A 1AA',
  '#email': 'paying.user@example.org',
}

async function payByRealSelectors(page: Page, language: 'en' | 'cy', words: { cardNo: string; summaryTitle: string }) {
  const payment = await createPayment(page, { language })
  await page.goto(payment.nextUrl)
  const form = page.locator('main.charge-new > .charge-new__content > #card-details-wrap > form#card-details')
  await expect(form.locator('#card-no')).toBeVisible({ timeout: 20_000 })
  await expect(page.locator('html')).toHaveAttribute('lang', language)
  await expect(page.locator('#payment-description')).toHaveText('Pay your council tax')
  await expect(page.locator('#amount')).toHaveText('£145.00')
  await expect(page.locator('ul.accepted-cards > li.visa')).toHaveCount(1)
  await expect(page.locator('#card-no-lbl')).toHaveText(words.cardNo)
  await expect(page.locator('#error-summary')).toBeHidden()
  await expectAccessible(page, `card details (${language})`)

  // Every field empty: the summary, its links, the inline errors.
  await page.locator('#submit-card-details').click()
  await expect(page.locator('main.charge-new .charge-new__content > #error-summary')).toBeVisible()
  await expect(page.locator('#error-summary-title')).toHaveText(words.summaryTitle)
  await expect(page.locator('#error-summary a')).toHaveCount(8)
  await expect(page.locator('#error-card-no')).toBeVisible()
  await expect(page.locator('#error-expiry-date')).toBeVisible()
  await expectAccessible(page, `card details with errors (${language})`)
  await page.locator('#cvc-error').click()
  await expect(page.locator('#cvc')).toBeFocused()

  // The card in, Continue, the confirm page.
  for (const [selector, value] of Object.entries(CARD)) await page.locator(selector).fill(value)
  await page.locator('#address-country').selectOption('GB')
  await page.locator('#submit-card-details').click()
  const confirmation = page.locator('.govuk-grid-row > main#main-content.confirm-page form#confirmation')
  await expect(confirmation.locator('#confirm')).toBeVisible({ timeout: 20_000 })
  await expect(page.locator('#card-number')).toHaveText('●●●●●●●●●●●●1111')
  await expect(page.locator('#expiry-date')).toHaveText('10/30')
  await expect(page.locator('#cardholder-name')).toHaveText('Ms J Bloggs')
  await expect(page.locator('#address')).toHaveText('1 High Street, London, SW1A 1AA, United Kingdom')
  await expect(page.locator('#email')).toHaveText('paying.user@example.org')
  await expect(page.locator('form#cancel #cancel-payment')).toBeVisible()
  await expectAccessible(page, `confirm (${language})`)
  await confirmation.locator('#confirm').click()
  await expect(page.locator('#return-url')).toHaveText('https://your.service.gov.uk/completed', { timeout: 20_000 })
  expect((await readPayment(page, payment)).state).toEqual(STATES.success)
}

test('the card and confirm pages can be completed with the real pages’ selectors', async ({ page }) => {
  await payByRealSelectors(page, 'en', { cardNo: 'Card number', summaryTitle: 'The following fields are missing or contain errors' })
})

test('so can a Welsh payment’s pages', async ({ page }) => {
  await payByRealSelectors(page, 'cy', { cardNo: 'Rhif cerdyn', summaryTitle: 'Mae’r meysydd canlynol yn wag neu yn cynnwys camgymeriadau' })
})
