// The sample service, "Apply for a fishing licence", end to end in Chromium: it sets up its key,
// creates a payment through the public API with a return URL carrying its own random id, sends the
// user to next_url, and on return gets the payment and shows the right page for every outcome —
// with the request, the answer and its own code beside each step.
import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './support/accessibility.ts'
import { fillCardForm } from './support/hosted-journey.ts'
import { openPlayground } from './support/playground.ts'

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name })

/** Opens the sample service with a key of the current service, as a new person would set it up. */
async function setUp(page: Page): Promise<void> {
  await openPlayground(page, '#/sample-service')
  await expect(heading(page, 'Apply for a rod fishing licence')).toBeVisible({ timeout: 20_000 })
  await expect(page.locator('#sample-key-status')).toHaveText('It has no key yet.')
  await page.getByRole('button', { name: 'Create a key for My test service' }).click()
  await expect(page.locator('#sample-key-status')).toHaveText(/It uses a key of My test service, your current service/)
}

/** Applies, sees what the service did, and goes on to GOV.UK Pay's card page. Returns the journey's return URL. */
async function applyAndPay(page: Page): Promise<string> {
  await page.goto('./#/sample-service')
  await expect(heading(page, 'Apply for a rod fishing licence')).toBeVisible({ timeout: 20_000 })
  await page.getByLabel('Full name').fill('Ada Lovelace')
  await page.getByLabel('8-day rod licence, £12.00').check()
  await page.getByRole('button', { name: 'Continue to payment' }).click()
  await expect(heading(page, 'Pay for your licence')).toBeVisible()
  const request = page.getByRole('region', { name: 'The request' })
  await expect(request).toContainText('POST https://publicapi.payments.service.gov.uk/v1/payments')
  await expect(request).toContainText('"amount": 1200')
  const returnUrl = /"return_url": "([^"]+)"/.exec((await request.textContent()) ?? '')![1]!
  // Its own random id, not the payment's.
  const paymentId = /"payment_id": "([^"]+)"/.exec((await page.getByRole('region', { name: 'The answer' }).textContent()) ?? '')![1]!
  expect(returnUrl).toMatch(/#\/sample-service\/return\/[0-9a-f-]{36}$/)
  expect(returnUrl).not.toContain(paymentId)
  await page.getByText('The service’s code for this step (steps/start-payment.ts)').click()
  await expect(page.getByRole('region', { name: 'The code in steps/start-payment.ts' })).toContainText('export async function startPayment')
  await page.getByRole('link', { name: 'Continue to GOV.UK Pay' }).click()
  await expect(heading(page, 'Enter card details')).toBeVisible({ timeout: 20_000 })
  return returnUrl
}

/** Pays with a card: a card that is refused ends before the confirm page, as on the real pages. */
async function confirmWith(page: Page, cardNumber: string, outcomeHeading: string): Promise<void> {
  await fillCardForm(page, { cardNumber })
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(heading(page, 'Confirm your payment').or(heading(page, outcomeHeading))).toBeVisible({ timeout: 20_000 })
  if (await heading(page, 'Confirm your payment').isVisible()) await page.getByRole('button', { name: 'Confirm payment' }).click()
  await expect(heading(page, outcomeHeading)).toBeVisible({ timeout: 20_000 })
}

/** The return page's look-up, shown beside the outcome. */
async function expectCheckShown(page: Page, status: string): Promise<void> {
  await expect(page.getByRole('region', { name: 'The request' })).toContainText(/GET https:\/\/publicapi\.payments\.service\.gov\.uk\/v1\/payments\/[0-9a-v]+/)
  await expect(page.getByRole('region', { name: 'The answer' })).toContainText(`"status": "${status}"`)
  await page.getByText('The service’s code for this step (steps/check-payment.ts)').click()
  await expect(page.getByRole('region', { name: 'The code in steps/check-payment.ts' })).toContainText('export async function checkPayment')
}

test('the journey shows the right page for every outcome, and the code behind each step', async ({ page }) => {
  test.setTimeout(240_000)
  await setUp(page)
  await expectAccessible(page, 'sample service form')

  await test.step('success', async () => {
    await applyAndPay(page)
    await confirmWith(page, '4444333322221111', 'Application complete')
    expect(page.url()).toMatch(/#\/sample-service\/return\//)
    await expect(page.getByText(/Your reference\s*FISH-/)).toBeVisible()
    await expectCheckShown(page, 'success')
    await expectAccessible(page, 'sample service: application complete')
  })

  await test.step('declined', async () => {
    await applyAndPay(page)
    await confirmWith(page, '4000000000000002', 'Your payment has been declined')
    await page.getByRole('link', { name: 'Start again' }).click()
    await expect(heading(page, 'Your payment was declined')).toBeVisible({ timeout: 20_000 })
    await expectCheckShown(page, 'failed')
  })

  await test.step('technical error', async () => {
    await applyAndPay(page)
    await confirmWith(page, '4000000000000119', 'We’re experiencing technical problems')
    await page.getByRole('link', { name: 'Cancel and go back to try the payment again' }).click()
    await expect(heading(page, 'Sorry, there is a problem with the payment service')).toBeVisible({ timeout: 20_000 })
    await expectCheckShown(page, 'error')
  })

  await test.step('cancelled by the user', async () => {
    await applyAndPay(page)
    await page.getByRole('button', { name: 'Cancel payment' }).click()
    await page.getByRole('link', { name: 'Continue' }).click()
    await expect(heading(page, 'You cancelled your payment')).toBeVisible({ timeout: 20_000 })
    await expectCheckShown(page, 'failed')
    await expect(page.getByRole('region', { name: 'The answer' })).toContainText('"code": "P0030"')
  })

  await test.step('expired', async () => {
    await applyAndPay(page)
    await page.evaluate(() => window.payPlayground.advanceClock({ minutes: 91 }))
    await page.reload()
    await expect(heading(page, 'Your payment session has expired')).toBeVisible({ timeout: 20_000 })
    await page.getByRole('link', { name: 'Cancel and go back to try the payment again' }).click()
    await expect(heading(page, 'Your payment session timed out')).toBeVisible({ timeout: 20_000 })
    await expect(page.getByRole('region', { name: 'The answer' })).toContainText('"code": "P0020"')
    await expectAccessible(page, 'sample service: timed out')
  })
})

test('an address the service did not give out finds no application', async ({ page }) => {
  await openPlayground(page, '#/sample-service/return/not-a-journey')
  await expect(heading(page, 'Sorry, there is a problem with the service')).toBeVisible({ timeout: 20_000 })
  await expect(page.getByText('We cannot find your application.', { exact: false })).toBeVisible()
})
