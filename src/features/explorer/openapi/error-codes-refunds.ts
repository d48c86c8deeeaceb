// Error codes of the refund endpoints: refund a payment, list, get and search refunds.
import { downstream, notFound, SEARCH_HINT, type ErrorCode } from './error-code-types.ts'

export const REFUND_ERROR_CODES: readonly ErrorCode[] = [
  {
    code: 'P0600',
    meaning: 'There is no payment with that ID for this service. You get this code only when you send refund_amount_available; without it the API looks the payment up first and answers P0200.',
    operations: ['createRefund'],
    examples: [{ status: 404, body: { code: 'P0600', description: 'Not found' }, when: 'Unknown payment, with refund_amount_available sent.' }],
  },
  {
    code: 'P0200',
    meaning: 'Refunding an unknown payment without refund_amount_available: the API first reads the payment to find the amount available, and that read fails.',
    operations: ['createRefund'],
    examples: [{ status: 404, body: { code: 'P0200', description: 'Not found' }, when: 'Unknown payment, without refund_amount_available.' }],
  },
  {
    code: 'P0601',
    meaning: 'The refund has no amount.',
    operations: ['createRefund'],
    examples: [
      { status: 400, body: { field: 'amount', code: 'P0601', description: 'Missing mandatory attribute: amount' }, when: 'amount is missing or null.' },
    ],
  },
  {
    code: 'P0602',
    meaning: 'The refund amount is not a whole number of pence (400), or is less than 1 or more than 10000000 (422).',
    operations: ['createRefund'],
    examples: [
      {
        status: 400,
        body: { field: 'amount', code: 'P0602', description: 'Invalid attribute value: amount. Must be a valid numeric format' },
        when: 'amount is not a whole number.',
      },
      {
        status: 422,
        body: { field: 'amount', code: 'P0602', description: 'Invalid attribute value: amount. Must be greater than or equal to 1' },
        when: 'amount is 0 or negative.',
      },
    ],
  },
  {
    code: 'P0603',
    meaning:
      'The payment cannot be refunded now: it has not succeeded yet (pending), it failed or was cancelled (unavailable), it is fully refunded (full), or the amount is more than what is left (amount_not_available).',
    operations: ['createRefund'],
    examples: [
      {
        status: 400,
        body: { code: 'P0603', description: 'The payment is not available for refund. Payment refund status: pending' },
        when: 'The payment has not reached success.',
      },
      {
        status: 400,
        body: { code: 'P0603', description: 'The payment is not available for refund. Payment refund status: amount_not_available' },
        when: 'amount is more than refund_summary.amount_available.',
      },
    ],
  },
  {
    code: 'P0604',
    meaning:
      'refund_amount_available does not match what is really left to refund, so someone else may have refunded in the meantime. Get the payment again and use its refund_summary.amount_available.',
    operations: ['createRefund'],
    examples: [{ status: 412, body: { code: 'P0604', description: 'Refund amount available mismatch.' }, when: 'refund_amount_available is out of date.' }],
  },
  {
    code: 'P0697',
    meaning: 'The refund body is not valid JSON.',
    operations: ['createRefund'],
    examples: [{ status: 400, body: { code: 'P0697', description: 'Unable to parse JSON' }, when: 'The body cannot be parsed.' }],
  },
  downstream('P0698', 'createRefund'),
  notFound('P0700', 'getRefund', 'refund'),
  downstream('P0798', 'getRefund'),
  notFound('P0800', 'getPaymentRefunds', 'payment'),
  downstream('P0898', 'getPaymentRefunds'),
  {
    code: 'P1100',
    meaning: 'page is beyond the last page of refunds.',
    operations: ['searchRefunds'],
    examples: [{ status: 404, body: { code: 'P1100', description: 'Page not found' }, when: 'page is more than the number of pages.' }],
  },
  {
    code: 'P1101',
    meaning: 'One or more query parameters are not in the right format; the description lists them all.',
    operations: ['searchRefunds'],
    examples: [
      {
        status: 422,
        body: { code: 'P1101', description: `Invalid parameters: from_date, page. ${SEARCH_HINT}` },
        when: 'from_date is not an ISO 8601 date and time and page is not a positive whole number.',
      },
    ],
  },
  downstream('P1898', 'searchRefunds'),
]
