// Delivering webhook messages after the change that wrote them: signed as the real service signs
// (checked here with Node's own crypto, on the exact bytes sent), judged as it judges an answer,
// retried on its schedule under the simulator clock, and made once even when several tabs run.
import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { advanceClock, now } from '../../../../src/simulator/services/clock.ts'
import { runDueDeliveries } from '../../../../src/simulator/services/webhook-deliveries.ts'
import { getMessage, resendMessage } from '../../../../src/simulator/services/webhook-messages.ts'
import { setWebhookDelivery, setWebhookStatus } from '../../../../src/simulator/services/webhooks.ts'
import { database } from '../../../../src/simulator/services/runtime.ts'
import type { WebhookRecord } from '../../../../src/simulator/model/webhook-types.ts'
import { paymentIn } from '../../../support/payment-fixtures.ts'
import { useSimulator } from '../../../support/simulator.ts'
import { NO_CALLBACKS, recordingReceiver } from '../../../support/webhook-receivers.ts'
import { webhookFor } from '../../../support/webhooks.ts'

useSimulator()

const MINUTE = 60_000
const hmac = (key: string, body: string) => createHmac('sha256', Buffer.from(key, 'utf8')).update(Buffer.from(body, 'utf8')).digest('hex')

async function inboxWebhook(answer: number, events = ['card_payment_captured'] as const): Promise<WebhookRecord> {
  const webhook = await webhookFor([...events])
  return setWebhookDelivery(webhook.serviceId, webhook.id, { destination: 'inbox', inboxAnswer: answer })
}

async function callbackWebhook(): Promise<WebhookRecord> {
  const webhook = await webhookFor(['card_payment_captured'])
  return setWebhookDelivery(webhook.serviceId, webhook.id, { destination: 'callback', inboxAnswer: 200 })
}

/** The one message written so far, with its deliveries newest first. */
async function onlyMessage(webhook: WebhookRecord) {
  const [message] = await database().webhookMessages.toArray()
  return (await getMessage(webhook.serviceId, webhook.id, message!.id))!
}

describe('delivering to the playground’s inbox', () => {
  it('records a successful attempt with the Pay-Signature of the exact body', async () => {
    const webhook = await inboxWebhook(200)
    await paymentIn('success')
    expect(await runDueDeliveries(NO_CALLBACKS)).toBe(1)
    const { message, deliveries } = await onlyMessage(webhook)
    expect(message.lastDeliveryStatus).toBe('SUCCESSFUL')
    expect(deliveries).toHaveLength(1)
    expect(deliveries[0]).toMatchObject({ status: 'SUCCESSFUL', statusCode: 200, result: '200 OK', route: 'inbox' })
    expect(deliveries[0]!.signature).toBe(hmac(webhook.signingKey, message.body))
    expect(webhook.signingKey).toMatch(/^webhook_test_[0-9a-v]{1,26}$/)
    expect(await runDueDeliveries(NO_CALLBACKS)).toBe(0)
  })

  it.each([
    [204, 'SUCCESSFUL', 204, '204 No Content'],
    [302, 'FAILED', 302, '302 Found'],
    [500, 'FAILED', 500, '500 Internal Server Error'],
    // A status the real service has no reason phrase for fails its attempt as an unknown error, even a 2xx.
    [203, 'FAILED', undefined, 'Unknown error'],
    [0, 'FAILED', undefined, 'HTTP Timeout'],
  ])('an answer of %i is %s (%s, %s)', async (answer, status, statusCode, result) => {
    const webhook = await inboxWebhook(answer)
    await paymentIn('success')
    await runDueDeliveries(NO_CALLBACKS)
    const [attempt] = (await onlyMessage(webhook)).deliveries.filter((delivery) => delivery.status !== 'PENDING')
    expect(attempt).toMatchObject({ status, result })
    expect(attempt!.statusCode).toBe(statusCode)
  })

  it('sends nothing for a deactivated webhook: its messages end as “Will not send”, never retried', async () => {
    const webhook = await inboxWebhook(200)
    await setWebhookStatus(webhook.serviceId, webhook.id, 'INACTIVE')
    await paymentIn('success')
    await runDueDeliveries(NO_CALLBACKS)
    const { message, deliveries } = await onlyMessage(webhook)
    expect(message.lastDeliveryStatus).toBe('WILL_NOT_SEND')
    expect(deliveries).toEqual([expect.objectContaining({ status: 'WILL_NOT_SEND', result: 'Webhook not active' })])
    expect(deliveries[0]!.signature).toBeUndefined()
  })
})

describe('retries on the simulator clock', () => {
  it('after 60 s, 5 minutes, 1 hour, 1 day and 2 days, each from the attempt before, then never again', async () => {
    const webhook = await inboxWebhook(500)
    await paymentIn('success')
    const t0 = (await database().webhookDeliveries.toArray())[0]!.sendAt
    await runDueDeliveries(NO_CALLBACKS)
    expect(await runDueDeliveries(NO_CALLBACKS)).toBe(0) // the retry is not due yet
    await advanceClock({ days: 4 })
    expect(await runDueDeliveries(NO_CALLBACKS)).toBe(5)
    const { message, deliveries } = await onlyMessage(webhook)
    const attempts = [...deliveries].reverse()
    expect(attempts.map((attempt) => attempt.status)).toEqual(['FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED'])
    expect(attempts.map((attempt) => attempt.sendAt - t0)).toEqual([0, MINUTE, 6 * MINUTE, 66 * MINUTE, 66 * MINUTE + 1440 * MINUTE, 66 * MINUTE + 3 * 1440 * MINUTE])
    expect(message.lastDeliveryStatus).toBe('FAILED')
    await advanceClock({ days: 30 })
    expect(await runDueDeliveries(NO_CALLBACKS)).toBe(0)
  })

  it('fast-forwarding one hour makes the retries due in that hour, and no more', async () => {
    const webhook = await inboxWebhook(503)
    await paymentIn('success')
    await runDueDeliveries(NO_CALLBACKS)
    await advanceClock({ hours: 1 })
    expect(await runDueDeliveries(NO_CALLBACKS)).toBe(2) // after 60 s and after 5 more minutes
    const { deliveries } = await onlyMessage(webhook)
    expect(deliveries[0]).toMatchObject({ status: 'PENDING' })
    expect(deliveries[0]!.sendAt - deliveries[1]!.sendAt).toBe(60 * MINUTE)
    expect(deliveries[0]!.sendAt).toBeGreaterThan(await now())
  })

  it('stops retrying once an attempt succeeds', async () => {
    const webhook = await inboxWebhook(500)
    await paymentIn('success')
    await runDueDeliveries(NO_CALLBACKS)
    await setWebhookDelivery(webhook.serviceId, webhook.id, { destination: 'inbox', inboxAnswer: 200 })
    await advanceClock({ days: 4 })
    expect(await runDueDeliveries(NO_CALLBACKS)).toBe(1)
    const { message, deliveries } = await onlyMessage(webhook)
    expect(deliveries.map((delivery) => delivery.status)).toEqual(['SUCCESSFUL', 'FAILED'])
    expect(message.lastDeliveryStatus).toBe('SUCCESSFUL')
  })

  it('“Resend” queues one more attempt now; after six failures it earns no retry', async () => {
    const webhook = await inboxWebhook(500)
    await paymentIn('success')
    await runDueDeliveries(NO_CALLBACKS)
    await advanceClock({ days: 4 })
    await runDueDeliveries(NO_CALLBACKS)
    const { message } = await onlyMessage(webhook)
    await resendMessage(webhook.serviceId, webhook.id, message.id)
    expect(await runDueDeliveries(NO_CALLBACKS)).toBe(1)
    await advanceClock({ days: 30 })
    expect(await runDueDeliveries(NO_CALLBACKS)).toBe(0)
    expect((await onlyMessage(webhook)).deliveries.map((delivery) => delivery.status)).toEqual(Array(7).fill('FAILED'))
  })
})

describe('delivering to the callback URL', () => {
  it('through the bridge when this tab holds it: a POST with the JSON body and its Pay-Signature', async () => {
    const webhook = await callbackWebhook()
    const receiver = recordingReceiver({ viaBridge: true })
    receiver.answer = { kind: 'answered', status: 201 }
    await paymentIn('success')
    await runDueDeliveries(receiver.transports)
    expect(receiver.received).toHaveLength(1)
    const sent = receiver.received[0]!
    expect(sent.route).toBe('bridge')
    expect(sent.url).toBe('https://your.service.gov.uk/webhooks/pay')
    expect(sent.headers).toEqual([
      ['Content-Type', 'application/json'],
      ['Pay-Signature', hmac(webhook.signingKey, sent.body)],
    ])
    expect(JSON.parse(sent.body)).toMatchObject({ event_type: 'card_payment_captured', api_version: 1, resource_type: 'payment' })
    expect((await onlyMessage(webhook)).deliveries[0]).toMatchObject({ status: 'SUCCESSFUL', result: '201 Created', route: 'bridge' })
  })

  it('with the browser’s fetch when no bridge is connected, recording its failure', async () => {
    const webhook = await callbackWebhook()
    await paymentIn('success')
    await runDueDeliveries(NO_CALLBACKS)
    expect((await onlyMessage(webhook)).deliveries[1]).toMatchObject({ status: 'FAILED', result: 'Failed to fetch', route: 'browser' })
  })

  it('is left to the tab holding the bridge when another tab does', async () => {
    const webhook = await callbackWebhook()
    const elsewhere = recordingReceiver({ bridgeElsewhere: true })
    await paymentIn('success')
    expect(await runDueDeliveries(elsewhere.transports)).toBe(0)
    expect(elsewhere.received).toEqual([])
    expect((await onlyMessage(webhook)).deliveries).toEqual([expect.objectContaining({ status: 'PENDING' })])
  })
})

describe('several tabs at once', () => {
  it('each delivery is made once: a claim in a transaction keeps the others off it', async () => {
    await callbackWebhook()
    const receiver = recordingReceiver()
    for (let index = 0; index < 4; index++) await paymentIn('success')
    const made = await Promise.all([runDueDeliveries(receiver.transports, 'tab A'), runDueDeliveries(receiver.transports, 'tab B'), runDueDeliveries(receiver.transports, 'worker')])
    expect(made.reduce((sum, count) => sum + count, 0)).toBe(4)
    expect(receiver.received).toHaveLength(4)
    expect(new Set(receiver.received.map((sent) => JSON.parse(sent.body).webhook_message_id)).size).toBe(4)
  })

  it('a claim left by a tab that closed runs out, and another tab makes the delivery', async () => {
    await callbackWebhook()
    await paymentIn('success')
    const [delivery] = await database().webhookDeliveries.toArray()
    await database().webhookDeliveries.put({ ...delivery!, claimedBy: 'closed tab', claimedUntil: Date.now() + 60_000 })
    const receiver = recordingReceiver()
    expect(await runDueDeliveries(receiver.transports)).toBe(0)
    await database().webhookDeliveries.put({ ...delivery!, claimedBy: 'closed tab', claimedUntil: Date.now() - 1 })
    expect(await runDueDeliveries(receiver.transports)).toBe(1)
  })
})
