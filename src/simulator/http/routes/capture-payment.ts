// POST /v1/payments/{paymentId}/capture: capture a delayed-capture payment (204, idempotent).
import { notFound, OPERATION_ERRORS, PayApiError } from '../../model/errors.ts'
import { capturePayment } from '../../services/payments.ts'
import { emptyResponse } from '../responses.ts'
import type { Route } from '../route.ts'

export const capturePaymentRoute: Route = {
  method: 'POST',
  path: '/v1/payments/:paymentId/capture',
  operation: 'capturePayment',
  async handle({ service, params }) {
    const result = await capturePayment(service.id, params.paymentId!)
    if (result === 'not-found') throw notFound(OPERATION_ERRORS.capturePayment.notFound)
    if (result === 'not-capturable') throw new PayApiError(409, 'P1003', 'Payment cannot be captured')
    return emptyResponse(204)
  },
}
