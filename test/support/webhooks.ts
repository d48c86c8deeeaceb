// Webhooks in unit tests: one subscribed to every event the admin site offers, and the messages
// written for a service's webhooks, read back with their bodies parsed.
import { OFFERED_EVENT_TYPES, type WebhookEventType } from '../../src/simulator/model/webhook-events.ts'
import type { WebhookRecord } from '../../src/simulator/model/webhook-types.ts'
import { database } from '../../src/simulator/services/runtime.ts'
import { ensureCurrentService } from '../../src/simulator/services/service-accounts.ts'
import { createWebhook } from '../../src/simulator/services/webhooks.ts'

export const EVERY_EVENT: WebhookEventType[] = OFFERED_EVENT_TYPES.map((offered) => offered.type)

/** A webhook of the current service (or `serviceId`), subscribed to `events` (every offered one by default). */
export async function webhookFor(events: readonly WebhookEventType[] = EVERY_EVENT, serviceId?: string): Promise<WebhookRecord> {
  return createWebhook(serviceId ?? (await ensureCurrentService()).id, {
    callbackUrl: 'https://your.service.gov.uk/webhooks/pay',
    description: 'Payment events',
    subscriptions: events,
  })
}

export interface SentMessage {
  eventType: WebhookEventType
  webhookId: string
  resourceId: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the message body's JSON, read by each test
  body: any
}

/** The messages written so far, oldest first (as written). */
export async function messagesWritten(): Promise<SentMessage[]> {
  const messages = await database().webhookMessages.toArray()
  const deliveries = await database().webhookDeliveries.orderBy('seq').toArray()
  const order = new Map(deliveries.map((delivery, index) => [delivery.messageId, index]))
  return messages
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .map((message) => ({ eventType: message.eventType, webhookId: message.webhookId, resourceId: message.resourceId, body: JSON.parse(message.body) }))
}

export const eventTypesWritten = async (): Promise<WebhookEventType[]> => (await messagesWritten()).map((message) => message.eventType)
