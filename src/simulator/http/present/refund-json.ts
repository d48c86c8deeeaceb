// Refunds as the API shows them (pay-api-contract.md §8): a new refund has no settlement summary;
// a refund read back has an empty one (the sandbox never settles).
import type { RefundRecord } from '../../model/types.ts'
import { toIsoMillis } from '../../services/clock.ts'
import { get, paymentUrl, refundUrl } from './links.ts'

export function refundJson(refund: RefundRecord, options: { withSettlement: boolean; withPaymentId?: boolean }) {
  const body: Record<string, unknown> = {
    refund_id: refund.id,
    created_date: toIsoMillis(refund.createdAt),
  }
  if (options.withPaymentId) body.payment_id = refund.paymentId
  body.amount = refund.amount
  body.status = refund.status
  if (options.withSettlement) body.settlement_summary = {}
  body._links = {
    self: get(refundUrl(refund.paymentId, refund.id)),
    payment: get(paymentUrl(refund.paymentId)),
  }
  return body
}
