// POST /v1/payments/{paymentId}/cancel: the service cancels a payment that has not finished (204).
import { notFound, OPERATION_ERRORS, PayApiError } from '../../model/errors.ts'
import { cancelPayment } from '../../services/payments.ts'
import { emptyResponse } from '../responses.ts'
import type { Route } from '../route.ts'

export const cancelPaymentRoute: Route = {
  method: 'POST',
  path: '/v1/payments/:paymentId/cancel',
  operation: 'cancelPayment',
  async handle({ service, params }) {
    const result = await cancelPayment(service.id, params.paymentId!)
    if (result === 'not-found') throw notFound(OPERATION_ERRORS.cancelPayment.notFound)
    if (result === 'not-cancellable') throw new PayApiError(400, 'P0501', 'Cancellation of payment failed')
    return emptyResponse(204)
  },
}
