// POST /v1/payments/{paymentId}/refunds: refund all or part of a payment (202 with the refund).
import { notFound, OPERATION_ERRORS } from '../../model/errors.ts'
import { parseRefundRequest } from '../../rules/refund-request.ts'
import { findServicePayment } from '../../services/payments.ts'
import { createRefund } from '../../services/refunds.ts'
import { refundJson } from '../present/refund-json.ts'
import { jsonResponse } from '../responses.ts'
import type { Route } from '../route.ts'

export const createRefundRoute: Route = {
  method: 'POST',
  path: '/v1/payments/:paymentId/refunds',
  operation: 'createRefund',
  jsonBody: { parseErrorCode: 'P0697' },
  async handle({ service, params, body }) {
    const request = parseRefundRequest(body!)
    const paymentId = params.paymentId!
    // Without refund_amount_available the real API reads the payment first, so an unknown
    // payment is reported by that read (P0200) rather than by the refund (P0600).
    if (request.refundAmountAvailable === undefined && !(await findServicePayment(service.id, paymentId))) {
      throw notFound(OPERATION_ERRORS.getPayment.notFound)
    }
    const created = await createRefund(service.id, paymentId, request)
    if (!created) throw notFound(OPERATION_ERRORS.createRefund.notFound)
    return jsonResponse(202, refundJson(created.refund, { withSettlement: false }))
  },
}
