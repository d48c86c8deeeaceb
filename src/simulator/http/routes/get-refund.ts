// GET /v1/payments/{paymentId}/refunds/{refundId}: one refund.
import { notFound, OPERATION_ERRORS } from '../../model/errors.ts'
import { getRefund } from '../../services/refunds.ts'
import { refundJson } from '../present/refund-json.ts'
import { jsonResponse } from '../responses.ts'
import type { Route } from '../route.ts'

export const getRefundRoute: Route = {
  method: 'GET',
  path: '/v1/payments/:paymentId/refunds/:refundId',
  operation: 'getRefund',
  async handle({ service, params }) {
    const refund = await getRefund(service.id, params.paymentId!, params.refundId!)
    if (!refund) throw notFound(OPERATION_ERRORS.getRefund.notFound)
    return jsonResponse(200, refundJson(refund, { withSettlement: true }))
  },
}
