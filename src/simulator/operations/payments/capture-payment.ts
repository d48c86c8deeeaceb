// POST /v1/payments/{paymentId}/capture: take the money for a delayed-capture payment.
import { downstreamError, notFoundError } from '../errors/shared.ts'
import { defineOperation } from '../operation.ts'
import { paymentIdParameter } from '../openapi/parameters.ts'
import { CARD_PAYMENTS } from '../tags.ts'

export const capturePayment = defineOperation({
  id: 'capturePayment',
  method: 'POST',
  path: '/v1/payments/{paymentId}/capture',
  tag: CARD_PAYMENTS,
  summary: 'Capture a payment',
  description:
    'Takes the money for a payment made with delayed_capture: true once it is capturable. The payment becomes success. Capturing again answers 204 as well. There is no body, in or out.',
  notes: ['A capturable payment that nobody captures or cancels expires 5 days (120 hours) after it was created.'],
  rateBucket: 'capture-payment',
  auth: 'api-key',
  parameters: [paymentIdParameter],
  responses: { '204': { description: 'Captured.' } },
  errors: [
    notFoundError('P1000', 'payment'),
    {
      code: 'P1003',
      meaning:
        'Only a capturable payment (one made with delayed_capture: true and confirmed by the user) can be captured. Capturing one that is already captured succeeds again.',
      variants: [
        {
          status: 409,
          description: 'Payment cannot be captured',
          cause: 'The payment is not capturable: it was not made with delayed_capture, the user has not confirmed it yet, or it failed or was cancelled.',
        },
      ],
    },
    downstreamError('P1098'),
  ],
})
