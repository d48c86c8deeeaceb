// GET /v1/payments/{paymentId}: one payment.
import { downstreamError, notFoundError } from '../errors/shared.ts'
import { defineOperation } from '../operation.ts'
import { json, NO_CACHE_HEADERS } from '../openapi/content.ts'
import { PAYMENT_EXAMPLE } from '../openapi/examples.ts'
import { paymentIdParameter } from '../openapi/parameters.ts'
import { CARD_PAYMENTS } from '../tags.ts'

export const getPayment = defineOperation({
  id: 'getPayment',
  method: 'GET',
  path: '/v1/payments/{paymentId}',
  tag: CARD_PAYMENTS,
  summary: 'Get a payment',
  description: 'Reads one payment, with its current state and the links that apply to it now.',
  notes: ['Every read of an unfinished payment issues a fresh next_url, as the real service does, so the link changes from one read to the next.'],
  rateBucket: 'read',
  auth: 'api-key',
  parameters: [paymentIdParameter],
  responses: { '200': { description: 'The payment.', headers: NO_CACHE_HEADERS, content: json('Payment', PAYMENT_EXAMPLE) } },
  errors: [notFoundError('P0200', 'payment'), downstreamError('P0298')],
})
