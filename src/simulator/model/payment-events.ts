// A payment's events as the events API and the admin detail page read them, composed from the
// payment's own history and its refunds' histories (nothing is stored as an "event").
import type { PaymentEvent, PaymentRecord, RefundRecord } from './types.ts'

/**
 * Every status change of `payment` and of its `refunds` (oldest refund first), in time order.
 * Changes at the same moment keep their order: the payment's before any refund's, then each
 * history's own order. A refund can only follow the payment's last change (only a finished,
 * successful payment is refunded), so this is the order the changes were made in.
 */
export function composePaymentEvents(
  payment: Pick<PaymentRecord, 'id' | 'history'>,
  refunds: ReadonlyArray<Pick<RefundRecord, 'id' | 'amount' | 'history'>>,
): PaymentEvent[] {
  const paymentId = payment.id
  const events: PaymentEvent[] = payment.history.map(({ status, at }) => ({ paymentId, kind: 'payment', status, at }))
  for (const refund of refunds) {
    for (const { status, at } of refund.history) {
      events.push({ paymentId, kind: 'refund', refundId: refund.id, status, amount: refund.amount, at })
    }
  }
  // Array.prototype.sort is stable, so equal times keep the order built above.
  return events.sort((a, b) => a.at - b.at)
}
