// Disputes: a paying user's bank challenging a successful payment (only ever on Stripe accounts;
// the playground raises them from its simulator tools). Times are simulator-clock milliseconds.

export type DisputeStatus = 'needs_response' | 'under_review' | 'won' | 'lost'

export const DISPUTE_STATUSES: readonly DisputeStatus[] = ['needs_response', 'under_review', 'won', 'lost']

/** The reasons the real API gives, as ledger maps Stripe's (`subscription_canceled` keeps Stripe's spelling). */
export const DISPUTE_REASONS = [
  'credit_not_processed',
  'duplicate',
  'fraudulent',
  'general',
  'product_not_received',
  'product_unacceptable',
  'unrecognised',
  'subscription_canceled',
  'other',
] as const

export type DisputeReason = (typeof DISPUTE_REASONS)[number]

export interface DisputeRecord {
  id: string
  serviceId: string
  paymentId: string
  /** The disputed amount, in pence. */
  amount: number
  reason: DisputeReason
  status: DisputeStatus
  createdAt: number
  /** The deadline for sending evidence. */
  evidenceDueAt: number
  /** Stripe's dispute fee and what the lost dispute took from the payout (negative): only once lost. */
  fee?: number
  netAmount?: number
  /** Every status the dispute has been in, with when, oldest first. */
  history: Array<{ status: DisputeStatus; at: number }>
}
