// The names the admin site gives a dispute's status and reason (pay-selfservice's dispute status
// names and its reason labels), for the transaction detail and the simulator tools.
import type { DisputeReason, DisputeStatus } from '../model/dispute-types.ts'

const STATUS_NAMES: Record<DisputeStatus, string> = {
  needs_response: 'Dispute awaiting evidence',
  under_review: 'Dispute under review',
  won: 'Dispute won in your favour',
  lost: 'Dispute lost to customer',
}

const REASON_NAMES: Record<DisputeReason, string> = {
  credit_not_processed: 'Credit not processed',
  duplicate: 'Duplicate',
  fraudulent: 'Fraudulent',
  general: 'General',
  product_not_received: 'Product not received',
  product_unacceptable: 'Product unacceptable',
  unrecognised: 'Unrecognised',
  subscription_canceled: 'Subscription cancelled',
  other: 'Other',
}

export const disputeStatusName = (status: DisputeStatus): string => STATUS_NAMES[status]

export const disputeReasonName = (reason: DisputeReason): string => REASON_NAMES[reason]
