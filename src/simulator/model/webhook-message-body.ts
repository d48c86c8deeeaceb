// A webhook message's body, exactly as pay-webhooks writes it (WebhookMessageBody): its keys in
// order, `created_date` to the millisecond, and `resource` the payment as the real service reads it
// from its ledger (PaymentApiRepresentation): null fields left out at the top level, no `_links`,
// no `provider_id`, `authorisation_mode` or `card_brand`, and `state` made from the ledger's status
// word alone. Two quirks of the real service follow from that and are kept:
// - a payment cancelled by the service reads `cancelled` with P0030 "Payment was cancelled by the
//   user", as a user's cancellation does (the ledger's status is `cancelled` for both);
// - inside `card_details` and `billing_address` null fields are kept (those objects have no
//   non-null rule), so an address without a second line has `"line2": null`.
import { cardDetailsJson, isoMillis, settlementSummaryJson } from './payment-json-parts.ts'
import type { InternalStatus } from './payment-status.ts'
import { refundSummary } from './refund-availability.ts'
import type { CardDetailsRecord, PaymentRecord } from './types.ts'
import type { WebhookEventType } from './webhook-events.ts'

/** The ledger's status word for each internal status (its status_version 2, the default). */
const LEDGER_STATUS: Record<InternalStatus, string> = {
  CREATED: 'created',
  'ENTERING CARD DETAILS': 'started',
  'AUTHORISATION READY': 'started',
  'AUTHORISATION USER NOT PRESENT QUEUED': 'started',
  'AUTHORISATION SUCCESS': 'submitted',
  'AUTHORISATION REJECTED': 'declined',
  'AUTHORISATION ERROR': 'error',
  'AWAITING CAPTURE REQUEST': 'capturable',
  'CAPTURE QUEUED': 'success',
  'CAPTURE APPROVED': 'success',
  'CAPTURE READY': 'success',
  CAPTURED: 'success',
  'EXPIRE CANCEL READY': 'timedout',
  EXPIRED: 'timedout',
  'USER CANCEL READY': 'cancelled',
  'USER CANCELLED': 'cancelled',
  'SYSTEM CANCEL READY': 'cancelled',
  'SYSTEM CANCELLED': 'cancelled',
}

/** pay-webhooks ExternalChargeState, looked up by status word (the first match wins). */
const FINISHED_STATES: Record<string, { message: string; code: string } | null> = {
  success: null,
  declined: { message: 'Payment method rejected', code: 'P0010' },
  timedout: { message: 'Payment expired', code: 'P0020' },
  cancelled: { message: 'Payment was cancelled by the user', code: 'P0030' },
  error: { message: 'Payment provider returned an error', code: 'P0050' },
}

export interface WebhookPaymentState {
  status: string
  finished: boolean
  message?: string
  code?: string
}

export function webhookPaymentState(status: InternalStatus): WebhookPaymentState {
  const word = LEDGER_STATUS[status]
  if (!(word in FINISHED_STATES)) return { status: word, finished: false }
  const failure = FINISHED_STATES[word]
  return failure ? { status: word, finished: true, message: failure.message, code: failure.code } : { status: word, finished: true }
}

/** Inside `billing_address`, missing fields are null, not left out. */
function billingAddress(card: CardDetailsRecord) {
  const address = card.billingAddress
  return address
    ? { line1: address.line1 ?? null, line2: address.line2 ?? null, postcode: address.postcode ?? null, city: address.city ?? null, country: address.country ?? null }
    : null
}

/** The payment as a webhook message's `resource` carries it, keys in the real service's order. */
export function webhookResource(payment: PaymentRecord): Record<string, unknown> {
  const resource: Record<string, unknown> = {
    payment_id: payment.id,
    amount: payment.amount,
    state: webhookPaymentState(payment.status),
    return_url: payment.returnUrl,
    description: payment.description,
    reference: payment.reference,
  }
  if (payment.email !== undefined) resource.email = payment.email
  resource.payment_provider = 'sandbox'
  resource.created_date = isoMillis(payment.createdAt)
  resource.language = payment.language
  resource.delayed_capture = payment.delayedCapture
  resource.moto = payment.moto
  const refunds = refundSummary(payment)
  resource.refund_summary = { status: refunds.status, amount_available: refunds.amount_available, amount_submitted: refunds.amount_submitted }
  resource.settlement_summary = settlementSummaryJson(payment)
  if (payment.cardDetails) resource.card_details = cardDetailsJson(payment.cardDetails, billingAddress(payment.cardDetails))
  if (payment.metadata !== undefined) resource.metadata = payment.metadata
  return resource
}

export interface WebhookMessageHead {
  messageId: string
  eventDate: number
  eventType: WebhookEventType
}

/** The message body's text: the bytes sent, and signed, on every delivery. */
export function webhookMessageBody(head: WebhookMessageHead, payment: PaymentRecord): string {
  return JSON.stringify({
    webhook_message_id: head.messageId,
    created_date: isoMillis(head.eventDate),
    resource_id: payment.id,
    api_version: 1,
    resource_type: 'payment',
    event_type: head.eventType,
    resource: webhookResource(payment),
  })
}
