// POST /v1/payments/{paymentId}/cancel: cancel a payment the user has not finished.
import { downstreamError, notFoundError } from '../errors/shared.ts'
import { defineOperation } from '../operation.ts'
import { paymentIdParameter } from '../openapi/parameters.ts'
import { CARD_PAYMENTS } from '../tags.ts'

export const cancelPayment = defineOperation({
  id: 'cancelPayment',
  method: 'POST',
  path: '/v1/payments/{paymentId}/cancel',
  tag: CARD_PAYMENTS,
  summary: 'Cancel a payment',
  description:
    'Cancels a payment your user has not finished: created, started, submitted or capturable. The payment becomes cancelled with code P0040. There is no body, in or out.',
  rateBucket: 'other-post',
  auth: 'api-key',
  parameters: [paymentIdParameter],
  responses: { '204': { description: 'Cancelled.' } },
  errors: [
    notFoundError('P0500', 'payment'),
    {
      code: 'P0501',
      meaning: 'Only a payment that is not finished (created, started, submitted or capturable) can be cancelled.',
      variants: [{ status: 400, description: 'Cancellation of payment failed', cause: 'The payment has already finished: it succeeded, failed, was cancelled or expired.' }],
    },
    downstreamError('P0598'),
  ],
})
