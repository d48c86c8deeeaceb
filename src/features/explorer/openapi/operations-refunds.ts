// The refund endpoints: refund a payment, list its refunds, get one refund, search refunds.
import { CREATE_REFUND_EXAMPLES, REFUND_EXAMPLE, searchExample } from './examples.ts'
import { paymentIdParameter, refundIdParameter, refundSearchParameters } from './parameters.ts'
import { errorResponses, UNSUPPORTED_MEDIA_TYPE } from './responses.ts'
import { ref } from './schemas.ts'
import type { Operation } from './types.ts'

export const REFUNDING = 'Refunding card payments'

const json = (schema: string, example: unknown) => ({ 'application/json': { schema: ref(schema), example } })
const readRefund = { ...REFUND_EXAMPLE, settlement_summary: {} }
const paymentId = REFUND_EXAMPLE._links.payment.href.split('/').pop()
const refundSearch = searchExample('/v1/refunds', { ...readRefund, payment_id: paymentId })
const refundSearchExample = { ...refundSearch, _links: { ...refundSearch._links, prev_page: {}, next_page: {} } }

export const createRefund: Operation = {
  operationId: 'createRefund',
  summary: 'Submit a refund for a payment',
  tags: [REFUNDING],
  description:
    'Refunds all or part of a successful payment. Several partial refunds are allowed until the whole amount has been refunded; the payment’s refund_summary says how much is left.',
  parameters: [paymentIdParameter],
  requestBody: {
    required: true,
    content: { 'application/json': { schema: ref('CreateRefundRequest'), examples: CREATE_REFUND_EXAMPLES } },
  },
  responses: {
    '202': {
      description: 'Accepted, with the refund. Sandbox refunds succeed at once, so its status is already success.',
      content: json('Refund', REFUND_EXAMPLE),
    },
    ...errorResponses('createRefund'),
    '415': UNSUPPORTED_MEDIA_TYPE,
  },
  'x-playground-notes': [
    'The answer is 202 with the refund in the body, as the real API gives it (its published specification lists 200 with a body, or 202 without).',
    'Without refund_amount_available the API reads the payment first, so an unknown payment gives P0200 rather than P0600.',
  ],
}

export const getPaymentRefunds: Operation = {
  operationId: 'getPaymentRefunds',
  summary: 'Get all refunds for a payment',
  tags: [REFUNDING],
  description: 'Every refund of one payment.',
  parameters: [paymentIdParameter],
  responses: {
    '200': {
      description: 'The payment’s refunds, in _embedded.refunds.',
      content: json('PaymentRefunds', {
        payment_id: paymentId,
        _links: { self: { href: `${REFUND_EXAMPLE._links.payment.href}/refunds`, method: 'GET' }, payment: REFUND_EXAMPLE._links.payment },
        _embedded: { refunds: [readRefund] },
      }),
    },
    ...errorResponses('getPaymentRefunds'),
  },
}

export const getRefund: Operation = {
  operationId: 'getRefund',
  summary: 'Get a payment refund',
  tags: [REFUNDING],
  description: 'Reads one refund of a payment.',
  parameters: [paymentIdParameter, refundIdParameter],
  responses: {
    '200': { description: 'The refund.', content: json('Refund', readRefund) },
    ...errorResponses('getRefund'),
  },
}

export const searchRefunds: Operation = {
  operationId: 'searchRefunds',
  summary: 'Search refunds',
  tags: [REFUNDING],
  description: 'Finds your service’s refunds, newest first, across all payments.',
  parameters: refundSearchParameters,
  responses: {
    '200': {
      description: 'The matching refunds.',
      content: json('RefundSearchResults', refundSearchExample),
    },
    ...errorResponses('searchRefunds'),
  },
  'x-playground-notes': ['A missing prev_page or next_page link is written as an empty object {}, as the real refund search does.'],
}
