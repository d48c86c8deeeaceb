// GET /v1/payments/{paymentId}/refunds: every refund of a payment.
import { notFound, OPERATION_ERRORS } from '../../model/errors.ts'
import { listRefunds } from '../../services/refunds.ts'
import { get, paymentUrl } from '../present/links.ts'
import { refundJson } from '../present/refund-json.ts'
import { jsonResponse } from '../responses.ts'
import type { Route } from '../route.ts'

export const paymentRefundsRoute: Route = {
  method: 'GET',
  path: '/v1/payments/:paymentId/refunds',
  operation: 'getPaymentRefunds',
  async handle({ service, params }) {
    const found = await listRefunds(service.id, params.paymentId!)
    if (!found) throw notFound(OPERATION_ERRORS.getPaymentRefunds.notFound)
    const payment = paymentUrl(found.payment.id)
    return jsonResponse(200, {
      payment_id: found.payment.id,
      _links: { self: get(`${payment}/refunds`), payment: get(payment) },
      _embedded: { refunds: found.refunds.map((refund) => refundJson(refund, { withSettlement: true })) },
    })
  },
}
