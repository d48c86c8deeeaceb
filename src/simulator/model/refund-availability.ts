// A payment's `refund_summary` (pay-api-contract.md §8.5): whether it can be refunded now, and how
// much is left. Sandbox captures complete at once, so only captured payments are refundable.
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

export function refundSummary(payment: Pick<PaymentRecord, 'status' | 'amount' | 'refundedAmount'>): RefundSummary {
  const available = payment.amount - payment.refundedAmount
  let status: RefundAvailability = 'unavailable'
  if (PENDING.includes(payment.status)) status = 'pending'
  else if (payment.status === 'CAPTURED') status = available > 0 ? 'available' : 'full'
  return { status, amount_available: available, amount_submitted: payment.refundedAmount }
}
