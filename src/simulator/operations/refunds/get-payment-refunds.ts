// GET /v1/payments/{paymentId}/refunds: every refund of a payment.
import { downstreamError, notFoundError } from '../errors/shared.ts'
import { defineOperation } from '../operation.ts'
import { json } from '../openapi/content.ts'
import { REFUND_EXAMPLE } from '../openapi/examples.ts'
import { paymentIdParameter } from '../openapi/parameters.ts'
import { REFUNDING } from '../tags.ts'

const readRefund = { ...REFUND_EXAMPLE, settlement_summary: {} }

export const getPaymentRefunds = defineOperation({
  id: 'getPaymentRefunds',
  method: 'GET',
  path: '/v1/payments/{paymentId}/refunds',
  tag: REFUNDING,
  summary: 'Get all refunds for a payment',
  description: 'Every refund of one payment.',
  rateBucket: 'read',
  auth: 'api-key',
  parameters: [paymentIdParameter],
  responses: {
    '200': {
      description: 'The payment’s refunds, in _embedded.refunds.',
      content: json('PaymentRefunds', {
        payment_id: REFUND_EXAMPLE._links.payment.href.split('/').pop(),
        _links: { self: { href: `${REFUND_EXAMPLE._links.payment.href}/refunds`, method: 'GET' }, payment: REFUND_EXAMPLE._links.payment },
        _embedded: { refunds: [readRefund] },
      }),
    },
  },
  errors: [notFoundError('P0800', 'payment'), downstreamError('P0898')],
})
