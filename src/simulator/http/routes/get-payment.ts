// GET /v1/payments/{paymentId}: one payment. Each read of an unfinished payment issues a new next_url.
import { notFound, OPERATION_ERRORS } from '../../model/errors.ts'
import { getPayment } from '../../services/payments.ts'
import { paymentJson } from '../present/payment-json.ts'
import { jsonResponse, NO_CACHE_HEADERS } from '../responses.ts'
import type { Route } from '../route.ts'

export const getPaymentRoute: Route = {
  method: 'GET',
  path: '/v1/payments/:paymentId',
  operation: 'getPayment',
  async handle({ service, params }) {
    const found = await getPayment(service.id, params.paymentId!)
    if (!found) throw notFound(OPERATION_ERRORS.getPayment.notFound)
    return jsonResponse(200, paymentJson(found.payment, found.token), { ...NO_CACHE_HEADERS })
  },
}
