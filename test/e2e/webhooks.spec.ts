// Webhooks end to end: created in the admin site with its real labels and errors; messages written
// by real payment changes, signed (checked here with Node's crypto on the exact bytes), delivered
// to the playground's inbox and retried under the simulator clock; delivered to a little receiver
// on this machine through the real bridge (`node src/bridge/run.mjs`); and, without a bridge, the
// browser's fetch failing on an endpoint that does not allow cross-origin requests, with its reason.
import { createHmac } from 'node:crypto'
import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './support/accessibility.ts'
import { startBridge, type RunningBridge } from './support/bridge-process.ts'
import { fillCardForm, submitCard } from './support/hosted-journey.ts'
import { createKeyFromConsole, fetchFromPage, openPlayground } from './support/playground.ts'
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.ts'
import { createWebhookInAdmin, sendMessagesTo } from './support/webhooks.ts'

const hmac = (secret: string, bytes: Buffer | string) => createHmac('sha256', Buffer.from(secret, 'utf8')).update(bytes).digest('hex')
const PAYMENT = { amount: 2350, reference: 'WEBHOOK-E2E', description: 'Webhook test', return_url: 'https://your.service.gov.uk/done' }

// Long journeys through several pages, each checked with axe, on a 2-core machine.
test.describe.configure({ timeout: 150_000 })

let receiver: WebhookReceiver | undefined
let bridge: RunningBridge | undefined
test.afterEach(async () => {
  await receiver?.close()
  await bridge?.stop()
  receiver = undefined
  bridge = undefined
})

async function createPayment(page: Page, key: string): Promise<{ id: string; nextUrl: string }> {
  const created = await fetchFromPage(page, 'POST', '/v1/payments', key, PAYMENT)
  expect(created.status).toBe(201)
  return { id: created.body.payment_id, nextUrl: created.body._links.next_url.href }
}

/** Pays a payment on the hosted pages, in another tab, as a paying user would. */
async function payInAnotherTab(page: Page, nextUrl: string): Promise<void> {
  const payer = await page.context().newPage()
  await payer.goto(nextUrl)
  await expect(payer.getByRole('heading', { level: 1, name: 'Enter card details' })).toBeVisible({ timeout: 20_000 })
  await fillCardForm(payer)
  await submitCard(payer, 'Confirm your payment')
  await payer.getByRole('button', { name: 'Confirm payment' }).click()
  await expect(payer.getByRole('heading', { level: 1, name: 'Return to your service' })).toBeVisible({ timeout: 20_000 })
  await payer.close()
}

const attemptRows = (page: Page) => page.getByRole('table', { name: 'Delivery attempts, newest first' }).locator('tbody tr')

test('a webhook made in the admin site gets signed messages in the playground’s inbox, retried as the clock moves', async ({ page }) => {
  await openPlayground(page, '#/admin/settings')
  await page.getByRole('link', { name: 'Webhooks' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'There are no configured webhooks' })).toBeVisible()
  await expectAccessible(page, 'the webhooks page with none')

  // The form's errors, as the real admin site words them, each linked to its field.
  await page.getByRole('button', { name: 'Create a new webhook' }).click()
  await page.getByRole('button', { name: 'Save' }).click()
  const summary = page.locator('.govuk-error-summary')
  await expect(summary.getByRole('link', { name: 'Enter a callback url' })).toHaveAttribute('href', '#callback-url')
  await expect(summary.getByRole('link', { name: 'Enter a description' })).toHaveAttribute('href', '#description')
  await expect(summary.getByRole('link', { name: 'Select at least one payment event' })).toHaveAttribute('href', '#subscriptions')
  await expectAccessible(page, 'the webhook form with errors')
  await page.getByLabel('Callback URL').fill('http://council.example/pay')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(summary.getByRole('link', { name: 'Enter a valid callback url beginning with https://' })).toBeVisible()

  const webhook = await createWebhookInAdmin(page, 'https://council.example/pay', 'Council tax', ['Payment succeeded', 'Payment captured'])
  expect(webhook.signingSecret).toMatch(/^webhook_test_[0-9a-v]+$/)
  await expect(page.getByRole('button', { name: 'Deactivate webhook' })).toBeVisible()
  await sendMessagesTo(page, 'inbox', '500 Internal Server Error')
  await expectAccessible(page, 'a webhook’s page')

  const key = await createKeyFromConsole(page, 'Webhooks key')
  const payment = await createPayment(page, key)
  await payInAnotherTab(page, payment.nextUrl)

  // Both events arrive and fail (the inbox answers 500); each waits for its retry 60 seconds on.
  await page.goto(webhook.detailUrl)
  const events = page.getByRole('table', { name: 'Events sent to this webhook' })
  await expect(events.locator('tbody tr')).toHaveCount(2)
  await expect(events.getByText('Failed')).toHaveCount(2)
  await expect(page.getByText('Showing 1 to 2 of 2 events')).toBeVisible()
  await page.getByRole('link', { name: /View details of the payment captured event/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Payment captured' })).toBeVisible()
  await expect(attemptRows(page)).toHaveCount(2)
  await expect(attemptRows(page).nth(1)).toContainText('500 Internal Server Error')
  await expect(attemptRows(page).nth(0)).toContainText('Pending retry')

  // The body shown is the message as sent; its signature is the HMAC of those bytes with the secret.
  const body = (await page.getByRole('region', { name: 'The message body, exactly as sent' }).textContent()) ?? ''
  const message = JSON.parse(body)
  expect(message).toMatchObject({ resource_id: payment.id, api_version: 1, resource_type: 'payment', event_type: 'card_payment_captured' })
  expect(message.resource).toMatchObject({ payment_id: payment.id, amount: 2350, state: { status: 'success', finished: true } })
  expect(message.resource).not.toHaveProperty('_links')
  await expect(attemptRows(page).nth(1)).toContainText(hmac(webhook.signingSecret, Buffer.from(body, 'utf8')))
  await expectAccessible(page, 'an event’s details')

  // An hour later: the retries due in that hour (after 60 s and 5 more minutes) have been made.
  await page.evaluate(() => window.payPlayground.advanceClock({ minutes: 60 }))
  await expect(attemptRows(page)).toHaveCount(4)
  await expect(attemptRows(page).filter({ hasText: '500 Internal Server Error' })).toHaveCount(3)

  // The inbox answers 200 now; "Resend message" sends it again at once, and it succeeds.
  await page.goto(webhook.detailUrl)
  await sendMessagesTo(page, 'inbox', '200 OK')
  await page.getByRole('link', { name: /View details of the payment captured event/ }).click()
  await page.getByRole('button', { name: 'Resend message' }).click()
  await expect(attemptRows(page).filter({ hasText: '200 OK' })).toHaveCount(1)
  await expect(page.getByRole('row').filter({ hasText: 'Status' }).first()).toBeVisible()

  // Deactivated: "Are you sure…", and the page says so.
  await page.goto(webhook.detailUrl)
  await page.getByRole('button', { name: 'Deactivate webhook' }).click()
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.locator('.govuk-error-summary').getByRole('link', { name: 'Confirm if you want to deactivate Council tax' })).toBeVisible()
  await expectAccessible(page, 'deactivating a webhook, with its error')
  await page.getByLabel('Yes').check()
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Council tax updated to inactive')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Activate webhook' })).toBeVisible()
})

test('through the real bridge, a message reaches an endpoint on this machine, signed over the exact bytes', async ({ page, baseURL }) => {
  receiver = await startWebhookReceiver({ status: 202 })
  bridge = await startBridge(Number(process.env.E2E_PORT ?? 4173) + 5201, baseURL!)
  await page.goto(bridge.pairingLink)
  await page.waitForFunction(() => typeof window.payPlayground === 'object', null, { timeout: 20_000 })
  await expect(page.getByText(`This tab answers for the bridge at ${bridge.url}`)).toBeVisible({ timeout: 20_000 })

  const webhook = await createWebhookInAdmin(page, `${receiver.url}/webhooks`, 'Local receiver', ['Payment failed'])
  // A loopback address: the playground takes it, and says what the real service would say.
  await expect(page.getByText('The real GOV.UK Pay would refuse this callback URL (“Enter a valid callback url beginning with https://”)')).toBeVisible()
  await sendMessagesTo(page, 'callback')

  const key = await createKeyFromConsole(page, 'Bridge webhooks key')
  const payment = await createPayment(page, key)
  expect((await fetchFromPage(page, 'POST', `/v1/payments/${payment.id}/cancel`, key)).status).toBe(204)

  await expect.poll(() => receiver!.received.length, { timeout: 20_000 }).toBe(1)
  const [sent] = receiver.received
  expect(sent!.path).toBe('/webhooks')
  expect(sent!.headers['content-type']).toBe('application/json')
  expect(sent!.headers['pay-signature']).toBe(hmac(webhook.signingSecret, sent!.body))
  const message = JSON.parse(sent!.body.toString('utf8'))
  expect(message).toMatchObject({ event_type: 'card_payment_failed', resource_id: payment.id })
  // The real service's quirk: cancelled by the service, but the ledger's word makes it the user's P0030.
  expect(message.resource.state).toEqual({ status: 'cancelled', finished: true, message: 'Payment was cancelled by the user', code: 'P0030' })

  await page.goto(webhook.detailUrl)
  await page.getByRole('link', { name: /View details of the payment failed event/ }).click()
  await expect(attemptRows(page).first()).toContainText('202 Accepted')
  await expect(attemptRows(page).first()).toContainText('Local bridge')
  expect(bridge.output()).toContain(`Webhook message POST ${receiver.url}/webhooks → 202`)
})

test('without a bridge the browser sends it: refused by an endpoint that does not allow cross-origin requests, with the reason', async ({ page }) => {
  receiver = await startWebhookReceiver({ status: 200 })
  await openPlayground(page)
  const webhook = await createWebhookInAdmin(page, `${receiver.url}/no-cors`, 'No CORS', ['Payment failed'])
  await sendMessagesTo(page, 'callback')
  const key = await createKeyFromConsole(page, 'Browser webhooks key')
  const payment = await createPayment(page, key)
  expect((await fetchFromPage(page, 'POST', `/v1/payments/${payment.id}/cancel`, key)).status).toBe(204)

  await page.goto(webhook.detailUrl)
  await page.getByRole('link', { name: /View details of the payment failed event/ }).click()
  const failed = attemptRows(page).filter({ hasText: 'Browser' })
  await expect(failed).toContainText(`answers, but does not allow cross-origin requests from ${new URL(page.url()).origin}`, { timeout: 20_000 })
  await expect(failed).toContainText('Failed')
  await expect(failed).toContainText('None')

  // An endpoint that allows the playground's origin gets the message from the browser itself.
  const allowing = await startWebhookReceiver({ status: 200, allowOrigin: new URL(page.url()).origin })
  try {
    await page.goto(webhook.detailUrl)
    await page.getByRole('button', { name: 'Update webhook' }).click()
    await page.getByLabel('Callback URL').fill(`${allowing.url}/cors`)
    await page.getByRole('button', { name: 'Save' }).click()
    const second = await createPayment(page, key)
    expect((await fetchFromPage(page, 'POST', `/v1/payments/${second.id}/cancel`, key)).status).toBe(204)
    await expect.poll(() => allowing.received.length, { timeout: 20_000 }).toBe(1)
    expect(allowing.received[0]!.headers['pay-signature']).toBe(hmac(webhook.signingSecret, allowing.received[0]!.body))
  } finally {
    await allowing.close()
  }
})
