// POST /v1/payments: create a payment (201, with Location and the hosted-page link), or 200 with the
// agreement payment an earlier request with the same Idempotency-Key created.
import { parseCreatePaymentRequest } from '../../rules/create-payment-request.ts'
import { createApiPayment } from '../../services/payment-creation.ts'
import { paymentUrl } from '../present/links.ts'
import { paymentJson } from '../present/payment-json.ts'
import { jsonResponse, NO_CACHE_HEADERS } from '../responses.ts'
import type { RouteHandler } from '../route.ts'

export const createPaymentHandler: RouteHandler = async ({ request, service, body }) => {
  const parsed = parseCreatePaymentRequest(body!)
  const { payment, token, existing } = await createApiPayment(service.id, parsed, {
    idempotencyKey: request.headers.get('Idempotency-Key'),
  })
  // The same agreement payment asked for again with its Idempotency-Key: 200 with it, no Location.
  if (existing) return jsonResponse(200, paymentJson(payment), { ...NO_CACHE_HEADERS })
  return jsonResponse(201, paymentJson(payment, token), { Location: paymentUrl(payment.id), ...NO_CACHE_HEADERS })
}
