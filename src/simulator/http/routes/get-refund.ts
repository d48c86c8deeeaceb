// GET /v1/payments/{paymentId}/refunds/{refundId}: one refund.
import { roleError } from '../../operations/errors/build.ts'
import { getRefund as operation } from '../../operations/refunds/get-refund.ts'
import { getRefund } from '../../services/refunds.ts'
import { refundJson } from '../present/refund-json.ts'
import { jsonResponse } from '../responses.ts'
import type { RouteHandler } from '../route.ts'

export const getRefundHandler: RouteHandler = async ({ service, params }) => {
  const refund = await getRefund(service.id, params.paymentId!, params.refundId!)
  if (!refund) throw roleError(operation, 'not-found')
  return jsonResponse(200, refundJson(refund, { withSettlement: true }))
}
