// Managing a service's webhooks as the admin site does, and reading their messages page by page.
import { describe, expect, it } from 'vitest'
import { runDueDeliveries } from '../../../../src/simulator/services/webhook-deliveries.ts'
import { advanceClock } from '../../../../src/simulator/services/clock.ts'
import { resetPlayground } from '../../../../src/simulator/services/reset.ts'
import { database } from '../../../../src/simulator/services/runtime.ts'
import { deleteOldMessages, listMessages, MESSAGES_PAGE_SIZE } from '../../../../src/simulator/services/webhook-messages.ts'
import {
  createWebhook,
  getWebhook,
  listWebhooks,
  setWebhookDelivery,
  setWebhookStatus,
  updateWebhook,
  UnknownWebhookError,
  WebhookFormError,
} from '../../../../src/simulator/services/webhooks.ts'
import { paymentIn } from '../../../support/payment-fixtures.ts'
import { currentServiceId, otherService } from '../../../support/payment-scenarios.ts'
import { useSimulator } from '../../../support/simulator.ts'
import { NO_CALLBACKS } from '../../../support/webhook-receivers.ts'
import { webhookFor } from '../../../support/webhooks.ts'

useSimulator()

const form = { callbackUrl: 'https://example.com/hook', description: 'Council tax', subscriptions: ['card_payment_succeeded', 'card_payment_refunded'] }

describe('webhooks of a service', () => {
  it('are created active, with a test-mode signing secret, sending to the playground’s inbox', async () => {
    const serviceId = await currentServiceId()
    const webhook = await createWebhook(serviceId, form)
    expect(webhook).toMatchObject({ serviceId, ...form, status: 'ACTIVE', destination: 'inbox', inboxAnswer: 200 })
    expect(webhook.id).toMatch(/^[0-9a-v]{20,26}$/)
    expect(webhook.signingKey).toMatch(/^webhook_test_[0-9a-v]{20,26}$/)
    // A minute later, so the list's order (oldest first) does not rest on two creations in one millisecond.
    await advanceClock({ minutes: 1 })
    expect((await createWebhook(serviceId, form)).signingKey).not.toBe(webhook.signingKey)
    expect((await listWebhooks(serviceId)).map((listed) => listed.id)[0]).toBe(webhook.id)
  })

  it('refuse a form the admin site refuses, saving nothing', async () => {
    const serviceId = await currentServiceId()
    await expect(createWebhook(serviceId, { ...form, description: '' })).rejects.toEqual(new WebhookFormError({ description: 'Enter a description' }))
    expect(await listWebhooks(serviceId)).toEqual([])
  })

  it('are updated, deactivated and activated again; their secret stays', async () => {
    const serviceId = await currentServiceId()
    const webhook = await createWebhook(serviceId, form)
    const updated = await updateWebhook(serviceId, webhook.id, { ...form, description: 'Renamed', subscriptions: ['card_payment_failed'] })
    expect(updated).toMatchObject({ description: 'Renamed', subscriptions: ['card_payment_failed'], signingKey: webhook.signingKey })
    expect((await setWebhookStatus(serviceId, webhook.id, 'INACTIVE')).status).toBe('INACTIVE')
    expect((await setWebhookStatus(serviceId, webhook.id, 'ACTIVE')).status).toBe('ACTIVE')
  })

  it('belong to their service: another service cannot read or change them', async () => {
    const webhook = await createWebhook(await currentServiceId(), form)
    const other = await otherService()
    expect(await getWebhook(other.serviceId, webhook.id)).toBeUndefined()
    await expect(setWebhookStatus(other.serviceId, webhook.id, 'INACTIVE')).rejects.toBeInstanceOf(UnknownWebhookError)
    await expect(listMessages(other.serviceId, webhook.id)).rejects.toBeInstanceOf(UnknownWebhookError)
  })

  it('take only an inbox answer from 100 to 599, or 0 for none', async () => {
    const webhook = await createWebhook(await currentServiceId(), form)
    await expect(setWebhookDelivery(webhook.serviceId, webhook.id, { destination: 'inbox', inboxAnswer: 42 })).rejects.toBeInstanceOf(RangeError)
    expect((await setWebhookDelivery(webhook.serviceId, webhook.id, { destination: 'callback', inboxAnswer: 0 })).destination).toBe('callback')
  })
})

describe('a webhook’s messages', () => {
  it('are listed newest first, ten to a page, and filtered by delivery status', async () => {
    const webhook = await webhookFor(['card_payment_captured'])
    for (let index = 0; index < 12; index++) await paymentIn('success')
    const first = await listMessages(webhook.serviceId, webhook.id)
    expect(first.total).toBe(12)
    expect(first.messages).toHaveLength(MESSAGES_PAGE_SIZE)
    expect(first.messages[0]!.createdAt).toBeGreaterThanOrEqual(first.messages[9]!.createdAt)
    expect((await listMessages(webhook.serviceId, webhook.id, { page: 2 })).messages).toHaveLength(2)
    expect((await listMessages(webhook.serviceId, webhook.id, { page: 9 })).page).toBe(2)
    expect((await listMessages(webhook.serviceId, webhook.id, { status: 'PENDING' })).total).toBe(12)
    await runDueDeliveries(NO_CALLBACKS)
    expect((await listMessages(webhook.serviceId, webhook.id, { status: 'SUCCESSFUL' })).total).toBe(12)
    expect((await listMessages(webhook.serviceId, webhook.id, { status: 'FAILED' })).total).toBe(0)
  })
})

describe('keeping messages', () => {
  it('for 7 days on the simulator clock, then deleting them with their deliveries', async () => {
    const webhook = await webhookFor(['card_payment_captured'])
    await paymentIn('success')
    await advanceClock({ days: 6 })
    expect(await deleteOldMessages()).toBe(0)
    await paymentIn('success')
    await advanceClock({ days: 1, minutes: 1 })
    expect(await deleteOldMessages()).toBe(1)
    expect((await listMessages(webhook.serviceId, webhook.id)).total).toBe(1)
    expect(await database().webhookDeliveries.count()).toBe(1)
  })
})

describe('a reset', () => {
  it('deletes every webhook, message and delivery', async () => {
    await webhookFor()
    await paymentIn('success')
    expect(await database().webhookDeliveries.count()).toBeGreaterThan(0)
    await resetPlayground()
    expect([await database().webhooks.count(), await database().webhookMessages.count(), await database().webhookDeliveries.count()]).toEqual([0, 0, 0])
  })
})
