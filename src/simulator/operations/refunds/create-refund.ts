// POST /v1/payments/{paymentId}/refunds: refund all or part of a payment.
import { downstreamError, notFoundError, unparseableJson } from '../errors/shared.ts'
import { defineOperation, type ErrorVariant } from '../operation.ts'
import { json } from '../openapi/content.ts'
import { CREATE_REFUND_EXAMPLES, REFUND_EXAMPLE } from '../openapi/examples.ts'
import { paymentIdParameter } from '../openapi/parameters.ts'
import { ref } from '../openapi/schema-parts.ts'
import { REFUNDING } from '../tags.ts'

const notAvailable = (status: string, cause: string): ErrorVariant => ({
  status: 400,
  description: `The payment is not available for refund. Payment refund status: ${status}`,
  cause,
  name: status,
})

export const createRefund = defineOperation({
  id: 'createRefund',
  method: 'POST',
  path: '/v1/payments/{paymentId}/refunds',
  tag: REFUNDING,
  summary: 'Submit a refund for a payment',
  description:
    'Refunds all or part of a successful payment. Several partial refunds are allowed until the whole amount has been refunded; the payment’s refund_summary says how much is left.',
  notes: [
    'The answer is 202 with the refund in the body, as the real API gives it (its published specification lists 200 with a body, or 202 without).',
    'Without refund_amount_available the API reads the payment first, so an unknown payment gives P0200 rather than P0600.',
  ],
  rateBucket: 'other-post',
  auth: 'api-key',
  parameters: [paymentIdParameter],
  body: { schema: ref('CreateRefundRequest'), examples: CREATE_REFUND_EXAMPLES },
  responses: {
    '202': {
      description: 'Accepted, with the refund. Sandbox refunds succeed at once, so its status is already success.',
      content: json('Refund', REFUND_EXAMPLE),
    },
  },
  errors: [
    {
      ...notFoundError('P0600', 'payment', 'The payment is not one of this service’s, and refund_amount_available was sent.'),
      meaning:
        'There is no payment with that ID for this service. You get this code only when you send refund_amount_available; without it the API looks the payment up first and answers P0200.',
    },
    {
      code: 'P0200',
      meaning:
        'Refunding an unknown payment without refund_amount_available: the API first reads the payment to find the amount available, and that read fails.',
      variants: [{ status: 404, description: 'Not found', cause: 'The payment is not one of this service’s, and refund_amount_available was not sent.' }],
    },
    {
      code: 'P0601',
      meaning: 'The refund has no amount.',
      variants: [{ status: 400, description: 'Missing mandatory attribute: {field}', fields: ['amount'], cause: 'amount is missing or null.' }],
    },
    {
      code: 'P0602',
      meaning: 'The refund amount is not a whole number of pence (400), or is less than 1 or more than 10000000 (422).',
      variants: [
        { status: 400, description: 'Invalid attribute value: {field}. Must be a valid numeric format', fields: ['amount'], cause: 'amount is not a whole number.' },
        { status: 422, description: 'Invalid attribute value: {field}. Must be greater than or equal to 1', fields: ['amount'], cause: 'amount is 0 or negative.' },
        {
          status: 422,
          description: 'Invalid attribute value: {field}. Must be less than or equal to 10000000',
          fields: ['amount'],
          cause: 'amount is more than 10000000 pence (£100,000).',
        },
      ],
    },
    {
      code: 'P0603',
      meaning: 'The payment cannot be refunded now. The status at the end of the description says why.',
      variants: [
        notAvailable('pending', 'The payment has not succeeded yet (it is created, started, submitted or waiting to be captured).'),
        notAvailable('unavailable', 'The payment failed, was cancelled or expired, so there is nothing to refund.'),
        notAvailable('full', 'The payment has already been refunded in full.'),
        notAvailable('amount_not_available', 'amount is more than what is left to refund (refund_summary.amount_available).'),
        {
          status: 400,
          description: 'The payment is disputed and cannot be refunded',
          cause: 'The paying user’s bank has disputed the payment (raised from the simulator tools), and the dispute is not won: it needs a response, is under review or was lost.',
          name: 'disputed',
        },
      ],
    },
    {
      code: 'P0604',
      meaning:
        'refund_amount_available does not match what is really left to refund, so someone else may have refunded in the meantime. Get the payment again and use its refund_summary.amount_available.',
      variants: [{ status: 412, description: 'Refund amount available mismatch.', cause: 'refund_amount_available is not what is left to refund now.' }],
    },
    unparseableJson('P0697'),
    downstreamError('P0698'),
  ],
})
