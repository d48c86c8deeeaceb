// GET /v1/payments/{paymentId}: one payment. Each read of an unfinished payment issues a new next_url.
import { roleError } from '../../operations/errors/build.ts'
import { getPayment as operation } from '../../operations/payments/get-payment.ts'
import { getPayment } from '../../services/payments.ts'
import { paymentJson } from '../present/payment-json.ts'
import { jsonResponse, NO_CACHE_HEADERS } from '../responses.ts'
import type { RouteHandler } from '../route.ts'

export const getPaymentHandler: RouteHandler = async ({ service, params }) => {
  const found = await getPayment(service.id, params.paymentId!)
  if (!found) throw roleError(operation, 'not-found')
  return jsonResponse(200, paymentJson(found.payment, found.token), { ...NO_CACHE_HEADERS })
}
