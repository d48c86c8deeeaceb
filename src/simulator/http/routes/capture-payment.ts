// POST /v1/payments/{paymentId}/capture: capture a delayed-capture payment (204, idempotent).
import { operationError, roleError } from '../../operations/errors/build.ts'
import { capturePayment as operation } from '../../operations/payments/capture-payment.ts'
import { capturePayment } from '../../services/payments.ts'
import { emptyResponse } from '../responses.ts'
import type { RouteHandler } from '../route.ts'

export const capturePaymentHandler: RouteHandler = async ({ service, params }) => {
  const result = await capturePayment(service.id, params.paymentId!)
  if (result === 'not-found') throw roleError(operation, 'not-found')
  if (result === 'not-capturable') throw operationError(operation, 'P1003')
  return emptyResponse(204)
}
