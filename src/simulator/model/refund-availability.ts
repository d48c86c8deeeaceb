// A payment's `refund_summary` (pay-api-contract.md §8.5): whether it can be refunded now, and how
// much is left. Sandbox captures complete at once, so only captured payments are refundable. What is
// left is measured against the total, corporate card fee included (connector's RefundCalculator);
// a payment under dispute (or whose dispute was lost) is unavailable until a dispute is won.
import type { InternalStatus } from './payment-status.ts'
import type { PaymentRecord } from './types.ts'

export type RefundAvailability = 'pending' | 'available' | 'full' | 'unavailable'

export interface RefundSummary {
  status: RefundAvailability
  amount_available: number
  amount_submitted: number
}

const PENDING: readonly InternalStatus[] = [
  'CREATED',
  'ENTERING CARD DETAILS',
  'AUTHORISATION READY',
  'AUTHORISATION SUCCESS',
  'CAPTURE APPROVED',
  'CAPTURE READY',
]

/** What the paying user paid: the amount plus any corporate card fee. */
export const totalAmount = (payment: Pick<PaymentRecord, 'amount' | 'corporateSurcharge'>): number =>
  payment.amount + (payment.corporateSurcharge ?? 0)

/** Whether a dispute stops the payment being refunded: from when it is raised until it is won. */
export const refundBlockedByDispute = (payment: Pick<PaymentRecord, 'disputeStatus'>): boolean =>
  payment.disputeStatus !== undefined && payment.disputeStatus !== 'won'

export function refundSummary(
  payment: Pick<PaymentRecord, 'status' | 'amount' | 'refundedAmount' | 'corporateSurcharge' | 'disputeStatus'>,
): RefundSummary {
  const available = totalAmount(payment) - payment.refundedAmount
  let status: RefundAvailability = 'unavailable'
  if (PENDING.includes(payment.status)) status = 'pending'
  else if (payment.status === 'CAPTURED' && !refundBlockedByDispute(payment)) status = available > 0 ? 'available' : 'full'
  return { status, amount_available: available, amount_submitted: payment.refundedAmount }
}
