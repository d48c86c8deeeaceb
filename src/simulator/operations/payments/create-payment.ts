// POST /v1/payments: create a payment.
import { defineOperation } from '../operation.ts'
import { json, NO_CACHE_HEADERS } from '../openapi/content.ts'
import { CREATE_PAYMENT_EXAMPLES, PAYMENT_EXAMPLE } from '../openapi/examples.ts'
import { idempotencyKeyParameter } from '../openapi/parameters.ts'
import { ref } from '../openapi/schema-parts.ts'
import { CARD_PAYMENTS } from '../tags.ts'
import { CREATE_PAYMENT_ERRORS } from './create-payment-errors.ts'

export const createPayment = defineOperation({
  id: 'createPayment',
  method: 'POST',
  path: '/v1/payments',
  tag: CARD_PAYMENTS,
  summary: 'Create a payment',
  description:
    'Starts a card payment. Send your user to `_links.next_url` to pay; when they have finished they come back to your `return_url`, and you get the payment to find out how it went. The new payment’s address is in the `Location` header as well as in `_links.self`.',
  notes: [
    'Checks run in the real order and stop at the first problem: reading the JSON (400s), then lengths and ranges (422s), then the Idempotency-Key header, then the account checks.',
    'Unknown fields are ignored, as the real API ignores them.',
    'JSON is read the way the real service reads it: 100.0 is not a whole number, a repeated key keeps its last value, and anything after the first complete value is ignored.',
    'return_url may be http: the playground is a test account. A live account requires https and answers 422 P0920 otherwise.',
    '`next_url` opens the playground’s own payment pages in this browser. `next_url_post` works too: the playground’s service worker takes the form post that a static host could not, in any browser that has opened the playground once.',
    'A payment not finished 90 minutes after it was created expires (failed, P0020). Use the simulator clock to get there faster.',
  ],
  rateBucket: 'create-payment',
  auth: 'api-key',
  parameters: [idempotencyKeyParameter],
  body: { schema: ref('CreatePaymentRequest'), examples: CREATE_PAYMENT_EXAMPLES },
  responses: {
    '201': {
      description: 'Created. The payment starts as created.',
      headers: {
        Location: { description: 'The new payment’s URL.', schema: { type: 'string', format: 'uri' } },
        ...NO_CACHE_HEADERS,
      },
      content: json('Payment', PAYMENT_EXAMPLE),
    },
  },
  errors: CREATE_PAYMENT_ERRORS,
})
