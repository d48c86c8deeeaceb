// GET /v1/payments/{paymentId}/refunds: every refund of a payment.
import { roleError } from '../../operations/errors/build.ts'
import { getPaymentRefunds as operation } from '../../operations/refunds/get-payment-refunds.ts'
import { listRefunds } from '../../services/refunds.ts'
import { get, paymentUrl } from '../present/links.ts'
import { refundJson } from '../present/refund-json.ts'
import { jsonResponse } from '../responses.ts'
import type { RouteHandler } from '../route.ts'

export const paymentRefundsHandler: RouteHandler = async ({ service, params }) => {
  const found = await listRefunds(service.id, params.paymentId!)
  if (!found) throw roleError(operation, 'not-found')
  const payment = paymentUrl(found.payment.id)
  return jsonResponse(200, {
    payment_id: found.payment.id,
    _links: { self: get(`${payment}/refunds`), payment: get(payment) },
    _embedded: { refunds: found.refunds.map((refund) => refundJson(refund, { withSettlement: true })) },
  })
}
