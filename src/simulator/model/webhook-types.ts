// The records of webhooks (pay-webhooks, as the admin site shows them): a webhook of a service, the
// messages written for it as payments change, and each message's deliveries (the real service's
// delivery queue: one row per attempt, the next one queued when an attempt fails).
import type { WebhookEventType } from './webhook-events.ts'

export type WebhookStatus = 'ACTIVE' | 'INACTIVE'

/** A delivery's status, and a message's last one (pay-webhooks DeliveryStatus). */
export type DeliveryStatus = 'PENDING' | 'SUCCESSFUL' | 'FAILED' | 'WILL_NOT_SEND'

/**
 * Where the playground sends a webhook's messages: its own inbox (always reachable), or the
 * callback URL (through the local bridge when one is connected, otherwise with the browser's fetch).
 */
export type WebhookDestination = 'inbox' | 'callback'

/** How the playground's inbox answers: an HTTP status, or 0 for no answer at all (a timeout). */
export type InboxAnswer = number

export interface WebhookRecord {
  /** The webhook's external id: 130 random bits in base 32, as the real service makes it. */
  id: string
  serviceId: string
  callbackUrl: string
  description: string
  subscriptions: WebhookEventType[]
  status: WebhookStatus
  /** `webhook_test_` and 130 random bits in base 32: the key of every message's Pay-Signature. */
  signingKey: string
  createdAt: number
  destination: WebhookDestination
  inboxAnswer: InboxAnswer
}

export interface WebhookMessageRecord {
  /** The message's external id, sent as `webhook_message_id`. */
  id: string
  webhookId: string
  serviceId: string
  /** When the message was written (in the same transaction as the change that caused it). */
  createdAt: number
  /** When the payment event happened: the body's `created_date`. */
  eventDate: number
  eventType: WebhookEventType
  /** The payment's id, also for a refund's event. */
  resourceId: string
  resourceType: 'payment'
  /** The exact body every delivery sends (UTF-8 JSON text). */
  body: string
  /** The status of the latest finished delivery; absent until one has finished. */
  lastDeliveryStatus?: DeliveryStatus
}

/** How a delivery reached (or failed to reach) its destination. */
export type DeliveryRoute = 'inbox' | 'bridge' | 'browser'

export interface WebhookDeliveryRecord {
  /** Assigned by storage: the order deliveries were queued in. */
  seq?: number
  messageId: string
  webhookId: string
  serviceId: string
  createdAt: number
  /** When the delivery is due (simulator clock). A finished delivery keeps it: its attempt time. */
  sendAt: number
  status: DeliveryStatus
  /** The HTTP status the destination answered with; absent when there was no answer. */
  statusCode?: number
  /** What happened, as the real service records it: "200 OK", "HTTP Timeout", an error's message… */
  result?: string
  responseTimeMs?: number
  /** The Pay-Signature header sent (hex HMAC-SHA256 of the body with the signing key of the time). */
  signature?: string
  route?: DeliveryRoute
  /** Where it was sent: the callback URL, or the inbox. */
  url?: string
  /** A context working on this delivery holds it until then (real time, ms): no other runs it twice. */
  claimedUntil?: number
  claimedBy?: string
}
