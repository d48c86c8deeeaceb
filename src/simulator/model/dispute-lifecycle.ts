// A dispute's life, as Stripe reports it and GOV.UK Pay's ledger records it: raised needing a
// response, under review once evidence is submitted, then won or lost. A dispute the service does
// not answer is lost, so a dispute can be lost straight from needing a response; it is won only
// after review. A lost dispute costs Stripe's dispute fee on top of the disputed amount.
import type { DisputeRecord, DisputeStatus } from './dispute-types.ts'

/** Stripe's fee for a lost dispute, in pence (£15.00). */
export const STRIPE_DISPUTE_FEE = 1500

/** How long the service has to send evidence, from when the dispute is raised. */
export const EVIDENCE_DUE_AFTER_MS = 7 * 24 * 60 * 60 * 1000

const NEXT: Record<DisputeStatus, readonly DisputeStatus[]> = {
  needs_response: ['under_review', 'lost'],
  under_review: ['won', 'lost'],
  won: [],
  lost: [],
}

/** The statuses a dispute can move to from `status`, in the order the tools offer them. */
export const nextStatuses = (status: DisputeStatus): readonly DisputeStatus[] => NEXT[status]

export const canMove = (from: DisputeStatus, to: DisputeStatus): boolean => NEXT[from].includes(to)

/** The dispute after moving to `to` at `at` (the caller checks the move with canMove). */
export function moved(dispute: DisputeRecord, to: DisputeStatus, at: number): DisputeRecord {
  const next: DisputeRecord = { ...dispute, status: to, history: [...dispute.history, { status: to, at }] }
  if (to === 'lost') {
    next.fee = STRIPE_DISPUTE_FEE
    next.netAmount = -(dispute.amount + STRIPE_DISPUTE_FEE)
  }
  return next
}

/**
 * When a lost dispute was settled: taken from a payout to the service's bank account. The playground
 * has no payouts, so a lost dispute counts as settled when it is lost. Undefined until then.
 */
export function disputeSettledAt(dispute: Pick<DisputeRecord, 'status' | 'history'>): number | undefined {
  if (dispute.status !== 'lost') return undefined
  return dispute.history.findLast((step) => step.status === 'lost')?.at
}
