// GET /v1/payments/{paymentId}/refunds/{refundId}: one refund.
import { downstreamError, notFoundError } from '../errors/shared.ts'
import { defineOperation } from '../operation.ts'
import { json } from '../openapi/content.ts'
import { REFUND_EXAMPLE } from '../openapi/examples.ts'
import { paymentIdParameter, refundIdParameter } from '../openapi/parameters.ts'
import { REFUNDING } from '../tags.ts'

export const getRefund = defineOperation({
  id: 'getRefund',
  method: 'GET',
  path: '/v1/payments/{paymentId}/refunds/{refundId}',
  tag: REFUNDING,
  summary: 'Get a payment refund',
  description: 'Reads one refund of a payment.',
  rateBucket: 'read',
  auth: 'api-key',
  parameters: [paymentIdParameter, refundIdParameter],
  responses: { '200': { description: 'The refund.', content: json('Refund', { ...REFUND_EXAMPLE, settlement_summary: {} }) } },
  errors: [
    notFoundError('P0700', 'refund', 'The refund ID is not a refund of that payment, or the payment is not one of this service’s.'),
    downstreamError('P0798'),
  ],
})
