// POST /v1/payments: create a payment (201, with Location and the hosted-page link).
import { parseCreatePaymentRequest } from '../../rules/create-payment-request.ts'
import { createPayment } from '../../services/payment-creation.ts'
import { paymentUrl } from '../present/links.ts'
import { paymentJson } from '../present/payment-json.ts'
import { jsonResponse, NO_CACHE_HEADERS } from '../responses.ts'
import type { RouteHandler } from '../route.ts'

export const createPaymentHandler: RouteHandler = async ({ request, service, body }) => {
  const parsed = parseCreatePaymentRequest(body!)
  const { payment, token } = await createPayment(service.id, parsed, {
    idempotencyKey: request.headers.get('Idempotency-Key'),
  })
  return jsonResponse(201, paymentJson(payment, token), { Location: paymentUrl(payment.id), ...NO_CACHE_HEADERS })
}
