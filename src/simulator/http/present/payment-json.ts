// A payment as the API shows it (pay-api-contract.md §3.4 and §7): empty values are left out,
// except in `card_details`, which always carries all eight keys once it exists.
import { cardDetailsJson, settlementSummaryJson } from '../../model/payment-json-parts.ts'
import { externalState } from '../../model/payment-status.ts'
import { refundSummary, totalAmount } from '../../model/refund-availability.ts'
import type { CardDetailsRecord, PaymentRecord } from '../../model/types.ts'
import { toIsoMillis } from '../../services/clock.ts'
import { authUrlPost, get, type Link, nextUrl, nextUrlPost, paymentUrl, post } from './links.ts'

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
  if (token !== undefined && payment.authorisationMode === 'moto_api') {
    links.auth_url_post = authUrlPost(token)
  } else if (token !== undefined) {
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
  const state = externalState(payment.status)
  if (payment.canRetry !== undefined) state.can_retry = payment.canRetry
  body.state = state
  body.payment_id = payment.id
  body.payment_provider = 'sandbox'
  body.created_date = toIsoMillis(payment.createdAt)
  body.refund_summary = refundSummary(payment)
  body.settlement_summary = settlementSummaryJson(payment)
  if (payment.cardDetails) body.card_details = apiCardDetails(payment.cardDetails)
  body.delayed_capture = payment.delayedCapture
  body.moto = payment.moto
  if (payment.corporateSurcharge !== undefined) {
    body.corporate_card_surcharge = payment.corporateSurcharge
    body.total_amount = totalAmount(payment)
  }
  // Empty values are left out: agreement and moto_api payments have no return_url.
  if (payment.returnUrl !== '') body.return_url = payment.returnUrl
  if (payment.agreementId !== undefined) body.agreement_id = payment.agreementId
  body.authorisation_mode = payment.authorisationMode ?? 'web'
  if (payment.agreementPaymentType !== undefined) body.agreement_payment_type = payment.agreementPaymentType
  if (payment.providerId) body.provider_id = payment.providerId
  if (payment.cardDetails?.brandLabel) body.card_brand = payment.cardDetails.brandLabel
  body._links = paymentLinks(payment, token)
  return body
}


/** A payment in search results: the same fields but agreement_id, and links without the hosted-page ones. */
export function searchResultJson(payment: PaymentRecord): Record<string, unknown> {
  const { agreement_id: _agreementId, ...body } = paymentJson(payment)
  return body
}
