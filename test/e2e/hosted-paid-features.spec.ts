// Paying on the hosted pages with what a service's account settings add, through the real pages:
// a corporate card's fee (shown once its number is typed and the field left, on the confirm page, and in the API's
// answer), a prepaid card refused by a service that blocks them, and a MOTO payment that asks for no
// billing address and hides the card number and security code. Each state of the card page is
// checked with axe and kept as a screenshot.
import { expect, test, type Page } from '@playwright/test'
import { expectAccessible, settle } from './support/accessibility.ts'
import { createPayment, fillCardForm, openNextUrl, readPayment, STATES, submitCard } from './support/hosted-journey.ts'
import { openPlayground } from './support/playground.ts'
import { changeServiceSettings } from './support/service-settings.ts'

const SCREENSHOTS = 'test-results/screenshots'

/** An axe check of the page as it is, and a screenshot of it. */
async function checkAndKeep(page: Page, name: string): Promise<void> {
  await settle(page)
  await expectAccessible(page, name)
  await page.screenshot({ path: `${SCREENSHOTS}/hosted-${name.replaceAll(' ', '-')}.png`, fullPage: true })
}

test('a corporate credit card adds the service’s fee, shown before and after authorising and in the API', async ({ page }) => {
  test.setTimeout(90_000)
  const payment = await createPayment(page)
  await changeServiceSettings(page, { corporateCreditCardSurcharge: 250 })
  await openNextUrl(page, payment.nextUrl)
  await page.getByLabel('Card number', { exact: true }).fill('4111 1111 1111 1111')
  await page.getByLabel('Card number', { exact: true }).blur()
  await expect(page.locator('#corporate-card-surcharge-message')).toHaveText('There is a fee of £2.50 for using a corporate credit card')
  await expect(page.locator('#amount')).toHaveText('£147.50')
  await checkAndKeep(page, 'card details corporate fee')

  await fillCardForm(page, { cardNumber: '4111111111111111' })
  await submitCard(page, 'Confirm your payment')
  await expect(page.locator('#payment-summary-breakdown-amount')).toHaveText('£145.00')
  await expect(page.locator('#payment-summary-breakdown')).toContainText('Corporate card fee:')
  await expect(page.locator('#payment-summary-corporate-card-fee')).toHaveText('£2.50')
  await expect(page.locator('#amount')).toHaveText('£147.50')
  await checkAndKeep(page, 'confirm corporate fee')
  await page.getByRole('button', { name: 'Confirm payment' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Return to your service' })).toBeVisible()
  expect(await readPayment(page, payment)).toMatchObject({ state: STATES.success, amount: 14500, corporate_card_surcharge: 250, total_amount: 14750 })
})

test('a prepaid card is refused on the card number when the service blocks them, and nothing is charged', async ({ page }) => {
  const payment = await createPayment(page)
  await changeServiceSettings(page, { blockPrepaidCards: true })
  await openNextUrl(page, payment.nextUrl)
  await fillCardForm(page, { cardNumber: '4000160000000004' })
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.locator('.govuk-error-summary').getByRole('link')).toHaveText(['Prepaid cards are not accepted'])
  await expect(page.locator('#error-card-no')).toHaveText('Error: Prepaid cards are not accepted')
  await checkAndKeep(page, 'card details prepaid refused')
  const read = await readPayment(page, payment)
  expect(read.state).toEqual(STATES.started)
  expect(read).not.toHaveProperty('card_details')
})

test('a MOTO payment asks for no billing address and hides the card number and security code', async ({ page }) => {
  await openPlayground(page)
  await changeServiceSettings(page, { moto: true, motoMaskCardNumber: true, motoMaskSecurityCode: true })
  const payment = await createPayment(page, { moto: true })
  await openNextUrl(page, payment.nextUrl)
  await expect(page.getByRole('group', { name: 'Billing address' })).toHaveCount(0)
  for (const label of ['Card number', 'Card security code']) {
    await expect(page.getByLabel(label, { exact: true })).toHaveAttribute('type', 'password')
    await expect(page.getByLabel(label, { exact: true })).toHaveAttribute('autocomplete', 'off')
  }
  await fillCardForm(page, { billingAddress: false })
  await checkAndKeep(page, 'card details moto masked')
  await submitCard(page, 'Confirm your payment')
  await expect(page.getByRole('rowheader', { name: 'Billing address' })).toHaveCount(0)
  const read = await readPayment(page, payment)
  expect(read).toMatchObject({ moto: true, state: STATES.submitted, card_details: { last_digits_card_number: '1111', billing_address: null } })
})
