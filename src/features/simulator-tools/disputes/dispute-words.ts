// The simulator tools' words for disputes: the button for each move, what a move did, and a reason
// as the admin site names it with the API's value beside it.
import { disputeReasonName } from '../../../simulator/rules/dispute-display-names.ts'
import type { DisputeReason, DisputeRecord, DisputeStatus } from '../../../simulator/model/dispute-types.ts'
import { formatDateTime } from '../../../lib/dates.ts'
import { formatPence } from '../../../lib/money.ts'

/** The button that moves a dispute to each status it can move to. */
export const MOVE_BUTTONS: Record<Exclude<DisputeStatus, 'needs_response'>, string> = {
  under_review: 'Submit evidence',
  won: 'Mark as won',
  lost: 'Mark as lost',
}

/** "Fraudulent (fraudulent)": the admin site's name, then what the API says. */
export const reasonLabel = (reason: DisputeReason): string => `${disputeReasonName(reason)} (${reason})`

/** The banner after a move, for a dispute on the payment with `reference`. */
export function movedMessage(dispute: DisputeRecord, reference: string): string {
  const on = `The dispute on payment ${reference}`
  if (dispute.status === 'under_review') return `Evidence submitted. ${on} is now under review.`
  if (dispute.status === 'won') return `${on} has been won: the service keeps the money.`
  const fee = dispute.fee === undefined ? '' : ` plus Stripe’s ${formatPence(dispute.fee)} dispute fee`
  return `${on} has been lost: ${formatPence(dispute.amount)}${fee} will be taken from the service’s payout.`
}

/** The banner after raising a dispute. */
export function raisedMessage(dispute: DisputeRecord): string {
  return `Dispute raised: ${formatPence(dispute.amount)} of payment ${dispute.paymentId} is disputed (${disputeReasonName(dispute.reason)}). Evidence is due by ${formatDateTime(dispute.evidenceDueAt)}.`
}
