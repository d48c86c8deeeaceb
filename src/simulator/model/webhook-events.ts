// Which payment changes send which webhook event, as the real service decides it: the payment
// service (pay-connector) emits an event for each status change (PaymentGatewayStateTransitions),
// and pay-webhooks turns some of those events into webhook event types (EventMapper).
import type { InternalStatus } from './payment-status.ts'

/** pay-webhooks EventTypeName. `card_payment_started` exists but nothing ever sends it. */
export type WebhookEventType =
  | 'card_payment_started'
  | 'card_payment_succeeded'
  | 'card_payment_captured'
  | 'card_payment_refunded'
  | 'card_payment_failed'
  | 'card_payment_expired'

/** The events the admin site offers, in its order, with its names (pay-js-commons humanReadableSubscriptions). */
export const OFFERED_EVENT_TYPES: ReadonlyArray<{ type: WebhookEventType; name: string }> = [
  { type: 'card_payment_succeeded', name: 'Payment succeeded' },
  { type: 'card_payment_failed', name: 'Payment failed' },
  { type: 'card_payment_expired', name: 'Payment expired' },
  { type: 'card_payment_captured', name: 'Payment captured' },
  { type: 'card_payment_refunded', name: 'Payment refunded' },
]

export const isOfferedEventType = (value: string): value is WebhookEventType =>
  OFFERED_EVENT_TYPES.some((offered) => offered.type === value)

/** The admin site's name for an event type ("Payment succeeded"). */
export function eventTypeName(type: WebhookEventType): string {
  return OFFERED_EVENT_TYPES.find((offered) => offered.type === type)?.name ?? type
}

/**
 * The payment service's event for a status change the sandbox makes (the part of connector's
 * transition graph this simulator reaches); undefined where the change emits none.
 */
const CONNECTOR_EVENTS: Partial<Record<InternalStatus, Partial<Record<InternalStatus, string>>>> = {
  CREATED: {
    EXPIRED: 'PAYMENT_EXPIRED',
    'ENTERING CARD DETAILS': 'PAYMENT_STARTED',
    'SYSTEM CANCELLED': 'CANCELLED_BY_EXTERNAL_SERVICE',
    'USER CANCELLED': 'CANCELLED_BY_USER',
  },
  'ENTERING CARD DETAILS': {
    EXPIRED: 'PAYMENT_EXPIRED',
    'USER CANCELLED': 'CANCELLED_BY_USER',
    'SYSTEM CANCELLED': 'CANCELLED_BY_EXTERNAL_SERVICE',
  },
  'AUTHORISATION READY': {
    EXPIRED: 'PAYMENT_EXPIRED',
    'AUTHORISATION SUCCESS': 'AUTHORISATION_SUCCEEDED',
    'AUTHORISATION REJECTED': 'AUTHORISATION_REJECTED',
    'AUTHORISATION ERROR': 'GATEWAY_ERROR_DURING_AUTHORISATION',
    'USER CANCELLED': 'CANCELLED_BY_USER',
  },
  'AUTHORISATION SUCCESS': {
    'CAPTURE APPROVED': 'USER_APPROVED_FOR_CAPTURE',
    'AWAITING CAPTURE REQUEST': 'USER_APPROVED_FOR_CAPTURE_AWAITING_SERVICE_APPROVAL',
  },
  'AWAITING CAPTURE REQUEST': { 'CAPTURE APPROVED': 'SERVICE_APPROVED_FOR_CAPTURE' },
  'CAPTURE READY': { CAPTURED: 'CAPTURE_CONFIRMED' },
  'EXPIRE CANCEL READY': { EXPIRED: 'CANCELLED_BY_EXPIRATION' },
  'USER CANCEL READY': { 'USER CANCELLED': 'CANCELLED_BY_USER' },
  'SYSTEM CANCEL READY': { 'SYSTEM CANCELLED': 'CANCELLED_BY_EXTERNAL_SERVICE' },
}

/** The payment service's event a refund emits when it succeeds. */
export const REFUND_SUCCEEDED = 'REFUND_SUCCEEDED'

/** pay-webhooks EventMapper: the payment service's events that become webhook events. */
const WEBHOOK_EVENTS: Record<string, WebhookEventType> = {
  USER_APPROVED_FOR_CAPTURE: 'card_payment_succeeded',
  SERVICE_APPROVED_FOR_CAPTURE: 'card_payment_succeeded',
  QUEUED_FOR_CAPTURE: 'card_payment_succeeded',
  AUTHORISATION_REJECTED: 'card_payment_failed',
  AUTHORISATION_CANCELLED: 'card_payment_failed',
  GATEWAY_ERROR_DURING_AUTHORISATION: 'card_payment_failed',
  GATEWAY_TIMEOUT_DURING_AUTHORISATION: 'card_payment_failed',
  UNEXPECTED_GATEWAY_ERROR_DURING_AUTHORISATION: 'card_payment_failed',
  CANCELLED_BY_EXTERNAL_SERVICE: 'card_payment_failed',
  CANCELLED_BY_USER: 'card_payment_failed',
  CANCELLED_BY_EXPIRATION: 'card_payment_expired',
  PAYMENT_EXPIRED: 'card_payment_expired',
  CAPTURE_CONFIRMED: 'card_payment_captured',
  REFUND_SUCCEEDED: 'card_payment_refunded',
}

export function connectorEventFor(from: InternalStatus, to: InternalStatus): string | undefined {
  return CONNECTOR_EVENTS[from]?.[to]
}

export function webhookEventFor(connectorEvent: string): WebhookEventType | undefined {
  return WEBHOOK_EVENTS[connectorEvent]
}

/** The webhook events a walk through `statuses` from `from` sends, one for each step that sends one. */
export function webhookEventsForSteps(from: InternalStatus, statuses: readonly InternalStatus[]): WebhookEventType[] {
  const events: WebhookEventType[] = []
  let previous = from
  for (const to of statuses) {
    const connectorEvent = connectorEventFor(previous, to)
    const event = connectorEvent === undefined ? undefined : webhookEventFor(connectorEvent)
    if (event) events.push(event)
    previous = to
  }
  return events
}
