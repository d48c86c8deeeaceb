// A page delivers webhook messages by itself: as soon as a change writes them, and again when the
// clock moves past a retry's time, with no one calling the delivery run.
import { afterEach, describe, expect, it } from 'vitest'
import { advanceClock } from '../../../src/simulator/services/clock.ts'
import { database } from '../../../src/simulator/services/runtime.ts'
import { setWebhookDelivery } from '../../../src/simulator/services/webhooks.ts'
import { startWebhookDeliveries } from '../../../src/simulator/webhook-runner.ts'
import { paymentIn } from '../../support/payment-fixtures.ts'
import { useSimulator } from '../../support/simulator.ts'
import { webhookFor } from '../../support/webhooks.ts'

useSimulator()
let stop: (() => void) | undefined
afterEach(() => stop?.())

const statuses = async () => (await database().webhookDeliveries.orderBy('seq').toArray()).map((delivery) => delivery.status)

describe('startWebhookDeliveries', () => {
  it('delivers what a change wrote, and the retries the clock brings due', async () => {
    const webhook = await webhookFor(['card_payment_captured'])
    await setWebhookDelivery(webhook.serviceId, webhook.id, { destination: 'inbox', inboxAnswer: 500 })
    stop = startWebhookDeliveries()
    await paymentIn('success')
    await expect.poll(statuses).toEqual(['FAILED', 'PENDING'])
    await advanceClock({ minutes: 2 })
    await expect.poll(statuses).toEqual(['FAILED', 'FAILED', 'PENDING'])
  })
})
