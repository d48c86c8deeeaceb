// GET /v1/refunds: search the service's refunds across all payments.
import { downstreamError, invalidSearchParameters, pageNotFound } from '../errors/shared.ts'
import { defineOperation } from '../operation.ts'
import { json } from '../openapi/content.ts'
import { REFUND_EXAMPLE, searchExample } from '../openapi/examples.ts'
import { refundSearchParameters } from '../openapi/parameters.ts'
import { REFUNDING } from '../tags.ts'

const found = searchExample('/v1/refunds', {
  ...REFUND_EXAMPLE,
  settlement_summary: {},
  payment_id: REFUND_EXAMPLE._links.payment.href.split('/').pop(),
})

export const searchRefunds = defineOperation({
  id: 'searchRefunds',
  method: 'GET',
  path: '/v1/refunds',
  tag: REFUNDING,
  summary: 'Search refunds',
  description: 'Finds your service’s refunds, newest first, across all payments.',
  notes: ['A missing prev_page or next_page link is written as an empty object {}, as the real refund search does.'],
  rateBucket: 'read',
  auth: 'api-key',
  parameters: refundSearchParameters,
  responses: {
    '200': {
      description: 'The matching refunds.',
      content: json('RefundSearchResults', { ...found, _links: { ...found._links, prev_page: {}, next_page: {} } }),
    },
  },
  errors: [
    pageNotFound('P1100', 'refunds'),
    invalidSearchParameters(
      'P1101',
      'from_date, page',
      'A parameter is in the wrong format: a date without a time and zone, a settled date that is not YYYY-MM-DD, or a page or display_size that is not a positive whole number.',
    ),
    downstreamError('P1898'),
  ],
})
