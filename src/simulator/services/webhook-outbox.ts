// The webhooks outbox: the messages a payment's change sends, written in the same transaction as
// the change itself, so no change is ever without its messages and no message without its change.
// Each message gets its first delivery, due at once; deliveries run after the transaction commits
// (webhook-deliveries.ts). Only the state machine's steps and a refund's success call this; seeding
// builds its payments without it, and sends nothing.
import { random130Bits } from '../model/ids.ts'
import type { InternalStatus } from '../model/payment-status.ts'
import type { PaymentRecord } from '../model/types.ts'
import { REFUND_SUCCEEDED, webhookEventFor, webhookEventsForSteps, type WebhookEventType } from '../model/webhook-events.ts'
import { webhookMessageBody } from '../model/webhook-message-body.ts'
import type { WebhookDeliveryRecord, WebhookMessageRecord } from '../model/webhook-types.ts'
import { database } from './runtime.ts'

/**
 * Writes a message, with its first delivery, for every webhook of the payment's service subscribed
 * to each event. Inactive webhooks get their messages too: the real service records them, and
 * their deliveries end as "Will not send". Call inside the transaction that changes the payment,
 * once the payment is as the change leaves it (the message carries it).
 */
export async function writeWebhookMessages(payment: PaymentRecord, events: readonly WebhookEventType[], at: number): Promise<void> {
  if (events.length === 0) return
  const db = database()
  const webhooks = await db.webhooks.where('serviceId').equals(payment.serviceId).toArray()
  const messages: WebhookMessageRecord[] = []
  const deliveries: WebhookDeliveryRecord[] = []
  for (const eventType of events) {
    for (const webhook of webhooks) {
      if (!webhook.subscriptions.includes(eventType)) continue
      const messageId = random130Bits()
      messages.push({
        id: messageId,
        webhookId: webhook.id,
        serviceId: payment.serviceId,
        createdAt: at,
        eventDate: at,
        eventType,
        resourceId: payment.id,
        resourceType: 'payment',
        body: webhookMessageBody({ messageId, eventDate: at, eventType }, payment),
      })
      deliveries.push({ messageId, webhookId: webhook.id, serviceId: payment.serviceId, createdAt: at, sendAt: at, status: 'PENDING' })
    }
  }
  if (messages.length === 0) return
  await Promise.all([db.webhookMessages.bulkAdd(messages), db.webhookDeliveries.bulkAdd(deliveries)])
}

/** The messages of a payment's walk from `from` through `statuses` (the payment already moved). */
export function writeStepMessages(payment: PaymentRecord, from: InternalStatus, statuses: readonly InternalStatus[], at: number): Promise<void> {
  return writeWebhookMessages(payment, webhookEventsForSteps(from, statuses), at)
}

/** The message of a refund that succeeded: about its payment, as it is after the refund. */
export function writeRefundMessages(payment: PaymentRecord, at: number): Promise<void> {
  const event = webhookEventFor(REFUND_SUCCEEDED)
  return writeWebhookMessages(payment, event ? [event] : [], at)
}
