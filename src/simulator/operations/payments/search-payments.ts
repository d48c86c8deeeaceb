// GET /v1/payments: search the service's payments.
import { downstreamError, invalidSearchParameters, pageNotFound } from '../errors/shared.ts'
import { defineOperation } from '../operation.ts'
import { json, NO_CACHE_HEADERS } from '../openapi/content.ts'
import { PAYMENT_EXAMPLE, searchExample } from '../openapi/examples.ts'
import { paymentSearchParameters } from '../openapi/parameters.ts'
import { CARD_PAYMENTS } from '../tags.ts'

const { _links: paymentLinks, ...paymentFields } = PAYMENT_EXAMPLE
const { next_url: _next, next_url_post: _post, ...searchLinks } = paymentLinks

export const searchPayments = defineOperation({
  id: 'searchPayments',
  method: 'GET',
  path: '/v1/payments',
  tag: CARD_PAYMENTS,
  summary: 'Search payments',
  description:
    'Finds your service’s payments, newest first, 500 to a page unless you ask for fewer. Blank parameters are ignored. Every parameter in the wrong format is reported together in one 422.',
  notes: [
    'Pagination links have no method, and their query strings come out in the real API’s (hash map) order, URL-encoded.',
    'card_brand is accepted and ignored; from_date and to_date are both exclusive; capturable cannot be searched for.',
  ],
  rateBucket: 'read',
  auth: 'api-key',
  parameters: paymentSearchParameters,
  responses: {
    '200': {
      description: 'The matching payments. No matches is still 200, with an empty results list.',
      headers: NO_CACHE_HEADERS,
      content: json('PaymentSearchResults', searchExample('/v1/payments', { ...paymentFields, _links: searchLinks })),
    },
  },
  errors: [
    invalidSearchParameters(
      'P0401',
      'state, from_date',
      'A parameter is in the wrong format: a state that cannot be searched for (capturable, or a typo), a date without a time and zone, card digits of the wrong length, a page or display_size that is not a positive whole number, or text that is too long.',
    ),
    pageNotFound('P0402', 'payments'),
    downstreamError('P0498'),
  ],
})
