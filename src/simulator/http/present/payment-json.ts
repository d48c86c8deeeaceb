// A payment as the API shows it (pay-api-contract.md §3.4 and §7): empty values are left out,
// except in `card_details`, which always carries all eight keys once it exists.
import { cardDetailsJson, settlementSummaryJson } from '../../model/payment-json-parts.ts'
import { externalState } from '../../model/payment-status.ts'
import { refundSummary } from '../../model/refund-availability.ts'
import type { CardDetailsRecord, PaymentRecord } from '../../model/types.ts'
import { toIsoMillis } from '../../services/clock.ts'
import { get, type Link, nextUrl, nextUrlPost, paymentUrl, post } from './links.ts'

/** The API's `card_details`: the address as stored, and `wallet_type` (no wallets in the sandbox). */
const apiCardDetails = (card: CardDetailsRecord) => ({
  ...cardDetailsJson(card, card.billingAddress ? { ...card.billingAddress } : null),
  wallet_type: null,
})

/** Links a payment carries: `next_url` only with a token, search results never carry it. */
export function paymentLinks(payment: PaymentRecord, token?: string): Record<string, Link> {
  const self = paymentUrl(payment.id)
  const state = externalState(payment.status)
  const links: Record<string, Link> = { self: get(self) }
  if (token !== undefined) {
    links.next_url = nextUrl(token)
    links.next_url_post = nextUrlPost(token)
  }
  links.events = get(`${self}/events`)
  links.refunds = get(`${self}/refunds`)
  if (!state.finished) links.cancel = post(`${self}/cancel`)
  if (payment.state === 'capturable') links.capture = post(`${self}/capture`)
  return links
}

export function paymentJson(payment: PaymentRecord, token?: string): Record<string, unknown> {
  const body: Record<string, unknown> = {
    amount: payment.amount,
    description: payment.description,
    reference: payment.reference,
    language: payment.language,
  }
  if (payment.metadata) body.metadata = payment.metadata
  if (payment.email) body.email = payment.email
  body.state = externalState(payment.status)
  body.payment_id = payment.id
  body.payment_provider = 'sandbox'
  body.created_date = toIsoMillis(payment.createdAt)
  body.refund_summary = refundSummary(payment)
  body.settlement_summary = settlementSummaryJson(payment)
  if (payment.cardDetails) body.card_details = apiCardDetails(payment.cardDetails)
  body.delayed_capture = payment.delayedCapture
  body.moto = payment.moto
  body.return_url = payment.returnUrl
  body.authorisation_mode = 'web'
  if (payment.providerId) body.provider_id = payment.providerId
  if (payment.cardDetails?.brandLabel) body.card_brand = payment.cardDetails.brandLabel
  body._links = paymentLinks(payment, token)
  return body
}


/** A payment in search results: the same fields, and links without the hosted-page ones. */
export function searchResultJson(payment: PaymentRecord): Record<string, unknown> {
  return paymentJson(payment)
}
