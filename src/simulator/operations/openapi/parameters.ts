// Path, query and header parameters, with the rules the API checks them against.
import type { Parameter } from './types.ts'

const ID = { type: 'string', pattern: '^[0-9a-v]{26}$', minLength: 26, maxLength: 26 } as const

export const paymentIdParameter: Parameter = {
  name: 'paymentId',
  in: 'path',
  required: true,
  description: 'The payment_id from creating the payment: 26 lower-case letters and digits. An unknown ID gives 404.',
  schema: ID,
  example: 'hu20sqlact5260q2nanm0q8u93',
}

export const refundIdParameter: Parameter = {
  name: 'refundId',
  in: 'path',
  required: true,
  description: 'The refund_id from creating the refund: 26 lower-case letters and digits.',
  schema: ID,
  example: 'j6se0f2o427g28g8ug3u3ilk2a',
}

export const idempotencyKeyParameter: Parameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Up to 255 letters, digits and hyphens. The API checks its format (422 P0102 with "header" instead of "field") but, as in the real service, only agreement payments (authorisation_mode "agreement") use it: the same key and body within 24 hours gives back the first payment (200), the same key with another body 409 P0191.',
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[a-zA-Z0-9-]+$' },
  example: 'order-12345-attempt-1',
}

export const query = (name: string, description: string, schema: Parameter['schema'], example?: unknown): Parameter => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
  ...(example === undefined ? {} : { example }),
})

export const createdDateParameter = (what: 'from' | 'to') =>
  query(
    what === 'from' ? 'from_date' : 'to_date',
    `${what === 'from' ? 'Only results created after' : 'Only results created before'} this moment, as an ISO 8601 date and time with a zone, e.g. 2026-01-31T13:00:00Z. Both ends are exclusive, as in the real API (its documentation says "on or after").`,
    { type: 'string', format: 'date-time' },
    what === 'from' ? '2026-01-01T00:00:00Z' : undefined,
  )

export const settledDateParameter = (what: 'from' | 'to') =>
  query(
    `${what}_settled_date`,
    `Settlement date ${what === 'from' ? 'on or after' : 'on or before'}, YYYY-MM-DD. Only Stripe accounts settle, so in the playground this filter matches nothing.`,
    { type: 'string', format: 'date' },
  )

export const pageParameter = query('page', 'Which page of results, from 1. A page past the last gives 404.', { type: 'integer', minimum: 1, default: 1 })
export const displaySizeParameter = query('display_size', 'Results per page, 1 to 500.', { type: 'integer', minimum: 1, maximum: 500, default: 500 })

export const paymentSearchParameters: Parameter[] = [
  query('reference', 'Your reference; exact match, ignoring case.', { type: 'string', maxLength: 255 }),
  query('email', 'Part of the paying user’s email address, ignoring case.', { type: 'string', maxLength: 254 }),
  query(
    'state',
    'Payment status. capturable is not accepted (422 P0401), as in the real API.',
    { type: 'string', enum: ['created', 'started', 'submitted', 'success', 'failed', 'cancelled', 'error'] },
    'success',
  ),
  query(
    'card_brand',
    'Accepted but ignored: the real search back end never reads it, so the playground ignores it too.',
    { type: 'string', maxLength: 20 },
  ),
  createdDateParameter('from'),
  createdDateParameter('to'),
  pageParameter,
  displaySizeParameter,
  query('first_digits_card_number', 'The first 6 digits of the card number.', { type: 'string', pattern: '^\\d{6}$' }),
  query('last_digits_card_number', 'The last 4 digits of the card number.', { type: 'string', pattern: '^\\d{4}$' }),
  query('cardholder_name', 'Part of the name on the card, ignoring case. Not checked.', { type: 'string' }),
  settledDateParameter('from'),
  settledDateParameter('to'),
  query('agreement_id', 'Payments of a recurring-payment agreement: the one that set it up and those taken with it. Not checked.', { type: 'string' }),
]

export const refundSearchParameters: Parameter[] = [
  createdDateParameter('from'),
  createdDateParameter('to'),
  settledDateParameter('from'),
  settledDateParameter('to'),
  pageParameter,
  displaySizeParameter,
]

