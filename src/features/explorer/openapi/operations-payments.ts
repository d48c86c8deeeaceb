// The card payment endpoints: create, search, get, events, cancel and capture.
import { CREATE_PAYMENT_EXAMPLES, EVENTS_EXAMPLE, PAYMENT_EXAMPLE, searchExample } from './examples.ts'
import { idempotencyKeyParameter, paymentIdParameter, paymentSearchParameters } from './parameters.ts'
import { errorResponses, NO_CACHE_HEADERS, UNSUPPORTED_MEDIA_TYPE } from './responses.ts'
import { ref } from './schemas.ts'
import type { Operation } from './types.ts'

export const CARD_PAYMENTS = 'Card payments'

const json = (schema: string, example: unknown) => ({ 'application/json': { schema: ref(schema), example } })
const { _links: paymentLinks, ...paymentFields } = PAYMENT_EXAMPLE
const { next_url: _next, next_url_post: _post, ...searchLinks } = paymentLinks

export const createPayment: Operation = {
  operationId: 'createPayment',
  summary: 'Create a payment',
  tags: [CARD_PAYMENTS],
  description:
    'Starts a card payment. Send your user to `_links.next_url` to pay; when they have finished they come back to your `return_url`, and you get the payment to find out how it went. The new payment’s address is in the `Location` header as well as in `_links.self`.',
  parameters: [idempotencyKeyParameter],
  requestBody: {
    required: true,
    content: { 'application/json': { schema: ref('CreatePaymentRequest'), examples: CREATE_PAYMENT_EXAMPLES } },
  },
  responses: {
    '201': {
      description: 'Created. The payment starts as created.',
      headers: {
        Location: { description: 'The new payment’s URL.', schema: { type: 'string', format: 'uri' } },
        ...NO_CACHE_HEADERS,
      },
      content: json('Payment', PAYMENT_EXAMPLE),
    },
    ...errorResponses('createPayment'),
    '415': UNSUPPORTED_MEDIA_TYPE,
  },
  'x-playground-notes': [
    'Checks run in the real order and stop at the first problem: reading the JSON (400s), then lengths and ranges (422s), then the Idempotency-Key header, then the account checks.',
    'Unknown fields are ignored, as the real API ignores them.',
    'JSON is read the way the real service reads it: 100.0 is not a whole number, a repeated key keeps its last value, and anything after the first complete value is ignored.',
    'return_url may be http: the playground is a test account. A live account requires https and answers 422 P0920 otherwise.',
    '`next_url` opens the playground’s own payment pages in this browser. `next_url_post` is included so responses have the real shape, but it cannot be used: a static host cannot accept a form post.',
    'A payment not finished 90 minutes after it was created expires (failed, P0020). Use the simulator clock to get there faster.',
  ],
}

export const searchPayments: Operation = {
  operationId: 'searchPayments',
  summary: 'Search payments',
  tags: [CARD_PAYMENTS],
  description:
    'Finds your service’s payments, newest first, 500 to a page unless you ask for fewer. Blank parameters are ignored. Every parameter in the wrong format is reported together in one 422.',
  parameters: paymentSearchParameters,
  responses: {
    '200': {
      description: 'The matching payments. No matches is still 200, with an empty results list.',
      headers: NO_CACHE_HEADERS,
      content: json('PaymentSearchResults', searchExample('/v1/payments', { ...paymentFields, _links: searchLinks })),
    },
    ...errorResponses('searchPayments'),
  },
  'x-playground-notes': [
    'Pagination links have no method, and their query strings come out in the real API’s (hash map) order, URL-encoded.',
    'card_brand is accepted and ignored; from_date and to_date are both exclusive; capturable cannot be searched for.',
  ],
}

export const getPayment: Operation = {
  operationId: 'getPayment',
  summary: 'Get a payment',
  tags: [CARD_PAYMENTS],
  description: 'Reads one payment, with its current state and the links that apply to it now.',
  parameters: [paymentIdParameter],
  responses: {
    '200': { description: 'The payment.', headers: NO_CACHE_HEADERS, content: json('Payment', PAYMENT_EXAMPLE) },
    ...errorResponses('getPayment'),
  },
  'x-playground-notes': [
    'Every read of an unfinished payment issues a fresh next_url, as the real service does, so the link changes from one read to the next.',
  ],
}

export const getPaymentEvents: Operation = {
  operationId: 'getPaymentEvents',
  summary: 'Get events for a payment',
  tags: [CARD_PAYMENTS],
  description: 'The payment’s history: when it first reached each status.',
  parameters: [paymentIdParameter],
  responses: {
    '200': { description: 'The events, oldest first.', content: json('PaymentEvents', EVENTS_EXAMPLE) },
    ...errorResponses('getPaymentEvents'),
  },
  'x-playground-notes': ['Refunds appear in the list as extra states (submitted, success), as in the real API.'],
}

export const cancelPayment: Operation = {
  operationId: 'cancelPayment',
  summary: 'Cancel a payment',
  tags: [CARD_PAYMENTS],
  description:
    'Cancels a payment your user has not finished: created, started, submitted or capturable. The payment becomes cancelled with code P0040. There is no body, in or out.',
  parameters: [paymentIdParameter],
  responses: { '204': { description: 'Cancelled.' }, ...errorResponses('cancelPayment') },
}

export const capturePayment: Operation = {
  operationId: 'capturePayment',
  summary: 'Capture a payment',
  tags: [CARD_PAYMENTS],
  description:
    'Takes the money for a payment made with delayed_capture: true once it is capturable. The payment becomes success. Capturing again answers 204 as well. There is no body, in or out.',
  parameters: [paymentIdParameter],
  responses: { '204': { description: 'Captured.' }, ...errorResponses('capturePayment') },
  'x-playground-notes': [
    'A capturable payment that nobody captures or cancels expires 5 days (120 hours) after it was created.',
  ],
}
