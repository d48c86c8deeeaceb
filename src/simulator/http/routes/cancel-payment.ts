// POST /v1/payments/{paymentId}/cancel: the service cancels a payment that has not finished (204).
import { operationError, roleError } from '../../operations/errors/build.ts'
import { cancelPayment as operation } from '../../operations/payments/cancel-payment.ts'
import { cancelPayment } from '../../services/payments.ts'
import { emptyResponse } from '../responses.ts'
import type { RouteHandler } from '../route.ts'

export const cancelPaymentHandler: RouteHandler = async ({ service, params }) => {
  const result = await cancelPayment(service.id, params.paymentId!)
  if (result === 'not-found') throw roleError(operation, 'not-found')
  if (result === 'not-cancellable') throw operationError(operation, 'P0501')
  return emptyResponse(204)
}
