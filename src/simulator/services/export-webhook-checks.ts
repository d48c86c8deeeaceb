// Shape checks for the webhooks tables of an export file (format version 3): a webhook, the
// messages written for it, and their deliveries.
import type { WebhookEventType } from '../model/webhook-events.ts'
import {
  type FieldRule,
  isObject,
  listOf,
  nonEmptyText,
  oneOf,
  optional,
  required,
  text,
  textMatching,
  time,
  wholeNumber,
} from './export-field-checks.ts'

const EVENT_TYPES: readonly WebhookEventType[] = [
  'card_payment_started',
  'card_payment_succeeded',
  'card_payment_captured',
  'card_payment_refunded',
  'card_payment_failed',
  'card_payment_expired',
]
const DELIVERY_STATUSES = ['PENDING', 'SUCCESSFUL', 'FAILED', 'WILL_NOT_SEND'] as const

/** A message body must be the JSON object it was written as: it is sent, and signed, as it is. */
const jsonObjectText = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return 'must be text'
  try {
    return isObject(JSON.parse(value)) ? undefined : 'must be the text of a JSON object'
  } catch {
    return 'must be the text of a JSON object'
  }
}

export const WEBHOOK_TABLE_RULES: Record<'webhooks' | 'webhookMessages' | 'webhookDeliveries', Record<string, FieldRule>> = {
  webhooks: {
    id: required(nonEmptyText),
    serviceId: required(nonEmptyText),
    callbackUrl: required(nonEmptyText),
    description: required(nonEmptyText),
    subscriptions: required(listOf(oneOf(...EVENT_TYPES))),
    status: required(oneOf('ACTIVE', 'INACTIVE')),
    signingKey: required(textMatching(/^webhook_(test|live)_[0-9a-v]+$/, 'a signing secret (webhook_test_ and letters and digits)')),
    createdAt: required(time),
    destination: required(oneOf('inbox', 'callback')),
    inboxAnswer: required((value) => (value === 0 ? undefined : wholeNumber(100, 599)(value))),
  },
  webhookMessages: {
    id: required(nonEmptyText),
    webhookId: required(nonEmptyText),
    serviceId: required(nonEmptyText),
    createdAt: required(time),
    eventDate: required(time),
    eventType: required(oneOf(...EVENT_TYPES)),
    resourceId: required(nonEmptyText),
    resourceType: required(oneOf('payment')),
    body: required(jsonObjectText),
    lastDeliveryStatus: optional(oneOf(...DELIVERY_STATUSES)),
  },
  webhookDeliveries: {
    seq: required(wholeNumber(1)),
    messageId: required(nonEmptyText),
    webhookId: required(nonEmptyText),
    serviceId: required(nonEmptyText),
    createdAt: required(time),
    sendAt: required(time),
    status: required(oneOf(...DELIVERY_STATUSES)),
    statusCode: optional(wholeNumber(100, 599)),
    result: optional(text),
    responseTimeMs: optional(wholeNumber(0)),
    signature: optional(textMatching(/^[0-9a-f]{64}$/, 'a signature (64 hexadecimal characters)')),
    route: optional(oneOf('inbox', 'bridge', 'browser')),
    url: optional(text),
  },
}


