// A dispute as GET /v1/disputes shows it (pay-publicapi's DisputeForSearchResult): its fields in
// that order, `fee` and `net_amount` only once lost, and a settlement summary that is empty until
// the dispute is settled. Its one link is to the disputed payment.
import { disputeSettledAt } from '../../model/dispute-lifecycle.ts'
import type { DisputeRecord } from '../../model/dispute-types.ts'
import { toIsoDate, toIsoMillis } from '../../services/clock.ts'
import { get, paymentUrl } from './links.ts'

export function disputeJson(dispute: DisputeRecord): Record<string, unknown> {
  const body: Record<string, unknown> = {
    amount: dispute.amount,
    created_date: toIsoMillis(dispute.createdAt),
    dispute_id: dispute.id,
    evidence_due_date: toIsoMillis(dispute.evidenceDueAt),
  }
  if (dispute.fee !== undefined) body.fee = dispute.fee
  if (dispute.netAmount !== undefined) body.net_amount = dispute.netAmount
  body.payment_id = dispute.paymentId
  body.reason = dispute.reason
  const settledAt = disputeSettledAt(dispute)
  body.settlement_summary = settledAt === undefined ? {} : { settled_date: toIsoDate(settledAt) }
  body.status = dispute.status
  body._links = { payment: get(paymentUrl(dispute.paymentId)) }
  return body
}
