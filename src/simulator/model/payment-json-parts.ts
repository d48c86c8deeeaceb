// Parts of a payment that the API's answers and webhook messages write alike: `card_details` (its
// keys in the real service's order; the billing address as each writer keeps it) and
// `settlement_summary` (empty until the payment is captured).
import type { CardDetailsRecord, PaymentRecord } from './types.ts'

export const isoMillis = (ms: number): string => new Date(ms).toISOString()

/** `card_details` with the given `billing_address`. */
export function cardDetailsJson<Address>(card: CardDetailsRecord, billingAddress: Address) {
  return {
    last_digits_card_number: card.lastDigits,
    first_digits_card_number: card.firstDigits,
    cardholder_name: card.cardholderName,
    expiry_date: card.expiryDate,
    billing_address: billingAddress,
    card_brand: card.brandLabel,
    card_type: card.cardType,
  }
}

export function settlementSummaryJson(payment: PaymentRecord): Record<string, string> {
  const summary: Record<string, string> = {}
  if (payment.captureSubmitTime !== undefined) summary.capture_submit_time = isoMillis(payment.captureSubmitTime)
  if (payment.capturedDate !== undefined) summary.captured_date = payment.capturedDate
  return summary
}
