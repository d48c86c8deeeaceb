// POST /v1/payments/{paymentId}/refunds: refund all or part of a payment (202 with the refund).
import { operationError, roleError } from '../../operations/errors/build.ts'
import { createRefund as operation } from '../../operations/refunds/create-refund.ts'
import { parseRefundRequest } from '../../rules/refund-request.ts'
import { findServicePayment } from '../../services/payments.ts'
import { createRefund } from '../../services/refunds.ts'
import { refundJson } from '../present/refund-json.ts'
import { jsonResponse } from '../responses.ts'
import type { RouteHandler } from '../route.ts'

export const createRefundHandler: RouteHandler = async ({ service, params, body }) => {
  const request = parseRefundRequest(body!)
  const paymentId = params.paymentId!
  // Without refund_amount_available the real API reads the payment first, so an unknown
  // payment is reported by that read (P0200) rather than by the refund (P0600).
  if (request.refundAmountAvailable === undefined && !(await findServicePayment(service.id, paymentId))) {
    throw operationError(operation, 'P0200')
  }
  const created = await createRefund(service.id, paymentId, request)
  if (!created) throw roleError(operation, 'not-found')
  return jsonResponse(202, refundJson(created.refund, { withSettlement: false }))
}
