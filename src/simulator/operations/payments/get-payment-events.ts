// GET /v1/payments/{paymentId}/events: the payment's status history.
import { downstreamError, notFoundError } from '../errors/shared.ts'
import { defineOperation } from '../operation.ts'
import { json } from '../openapi/content.ts'
import { EVENTS_EXAMPLE } from '../openapi/examples.ts'
import { paymentIdParameter } from '../openapi/parameters.ts'
import { CARD_PAYMENTS } from '../tags.ts'

export const getPaymentEvents = defineOperation({
  id: 'getPaymentEvents',
  method: 'GET',
  path: '/v1/payments/{paymentId}/events',
  tag: CARD_PAYMENTS,
  summary: 'Get events for a payment',
  description: 'The payment’s history: when it first reached each status.',
  notes: ['Refunds appear in the list as extra states (submitted, success), as in the real API.'],
  rateBucket: 'read',
  auth: 'api-key',
  parameters: [paymentIdParameter],
  responses: { '200': { description: 'The events, oldest first.', content: json('PaymentEvents', EVENTS_EXAMPLE) } },
  errors: [notFoundError('P0300', 'payment'), downstreamError('P0398')],
})
