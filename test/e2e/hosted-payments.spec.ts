// Paying on the hosted pages with the sandbox's test cards, from a payment created through the API
// to the state the API reports afterwards.
import { expect, test } from '@playwright/test'
import { everythingStored, fillCardForm, readPayment, STATES, startCardPayment, submitCard } from './support/hosted-journey.ts'

const GOOD_CARDS = [
  { brand: 'Visa', number: '4444333322221111', code: '987', last4: '1111', type: 'credit' },
  { brand: 'American Express', number: '371449635398431', code: '4321', last4: '8431', type: 'credit' },
  { brand: 'Mastercard', number: '5105105105105100', code: '654', last4: '5100', type: 'debit' },
]

for (const card of GOOD_CARDS) {
  test(`paying with ${card.brand} succeeds`, async ({ page }) => {
    const payment = await startCardPayment(page)
    expect(await readPayment(page, payment)).toMatchObject({ state: STATES.started })
    await fillCardForm(page, { cardNumber: card.number, securityCode: card.code })
    if (card.brand === 'American Express') {
      await expect(page.getByText('The last 4 digits after the card number on the front')).toBeVisible()
      await expect(page.locator('.app-accepted-cards li[data-selected="true"]')).toHaveAttribute('data-brand', 'american-express')
    }
    await submitCard(page, 'Confirm your payment')
    await expect(page.locator('#card-number')).toHaveText(`●●●●●●●●●●●●${card.last4}`)
    await expect(page.locator('#expiry-date')).toHaveText('10/30')
    await expect(page.locator('#cardholder-name')).toHaveText('Ms J Bloggs')
    await expect(page.locator('#address')).toHaveText('1 High Street, London, SW1A 1AA, United Kingdom')
    await expect(page.locator('#email')).toHaveText('paying.user@example.org')
    await page.getByRole('button', { name: 'Confirm payment' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Return to your service' })).toBeVisible()
    const read = await readPayment(page, payment)
    expect(read.state).toEqual(STATES.success)
    expect(read.card_details).toMatchObject({
      last_digits_card_number: card.last4,
      first_digits_card_number: card.number.slice(0, 6),
      card_brand: card.brand,
      card_type: card.type,
      expiry_date: '10/30',
      cardholder_name: 'Ms J Bloggs',
    })
    expect(read.email).toBe('paying.user@example.org')
    expect(JSON.stringify(read)).not.toContain(card.number)
    const stored = await everythingStored(page)
    expect(stored).toContain(`"lastDigits":"${card.last4}"`)
    expect(stored).not.toContain(card.number)
    expect(stored).not.toContain(`"${card.code}"`)
  })
}

for (const cardNumber of ['4000000000000002', '4000000000000069', '4000000000000127']) {
  test(`the sandbox declines ${cardNumber}`, async ({ page }) => {
    const payment = await startCardPayment(page)
    await fillCardForm(page, { cardNumber })
    await submitCard(page, 'Your payment has been declined')
    await expect(page.getByText('No money has been taken from your account. Contact your bank for more details.')).toBeVisible()
    expect((await readPayment(page, payment)).state).toEqual(STATES.declined)
    await page.getByRole('link', { name: 'Start again' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Return to your service' })).toBeVisible()
    expect((await readPayment(page, payment)).state).toEqual(STATES.declined)
  })
}

test('the sandbox fails 4000000000000119 with a processing error', async ({ page }) => {
  const payment = await startCardPayment(page)
  await fillCardForm(page, { cardNumber: '4000000000000119' })
  await submitCard(page, 'We’re experiencing technical problems')
  expect((await readPayment(page, payment)).state).toEqual(STATES.error)
})

test('a Maestro card, which a new service does not accept, is refused on the form', async ({ page }) => {
  const payment = await startCardPayment(page)
  await fillCardForm(page, { cardNumber: '6759649826438453' })
  await page.getByRole('button', { name: 'Continue' }).click()
  const summary = page.locator('.govuk-error-summary')
  await expect(summary.getByRole('link')).toHaveText(['This card type is not accepted'])
  await expect(page.locator('#error-card-no')).toHaveText('Error: This card type is not accepted')
  expect((await readPayment(page, payment)).state).toEqual(STATES.started)
})

test('a delayed-capture payment is capturable after confirming', async ({ page }) => {
  const payment = await startCardPayment(page, { delayed_capture: true })
  await fillCardForm(page)
  await submitCard(page, 'Confirm your payment')
  await page.getByRole('button', { name: 'Confirm payment' }).dblclick()
  await expect(page.getByRole('heading', { level: 1, name: 'Return to your service' })).toBeVisible()
  expect((await readPayment(page, payment)).state).toEqual(STATES.capturable)
})
