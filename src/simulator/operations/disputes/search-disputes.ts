// GET /v1/disputes: search the disputes raised against the service's payments (facts: pay-publicapi's
// SearchDisputesResource, DisputeSearchValidator, DisputesSearchResults and DisputeForSearchResult).
import { DISPUTE_REASONS } from '../../model/dispute-types.ts'
import { downstreamError, invalidSearchParameters, pageNotFound } from '../errors/shared.ts'
import { defineOperation } from '../operation.ts'
import { json } from '../openapi/content.ts'
import { createdDateParameter, displaySizeParameter, pageParameter, query, settledDateParameter } from '../openapi/parameters.ts'
import { dateTime, ID_PATTERN, ref } from '../openapi/schema-parts.ts'
import type { Schema } from '../openapi/types.ts'

const STATUSES = ['needs_response', 'under_review', 'won', 'lost']
const FIRST_PAGE = { href: 'https://publicapi.payments.service.gov.uk/v1/disputes?display_size=500&page=1' }

const SCHEMAS: Record<string, Schema> = {
  DisputeSearchResults: {
    type: 'object',
    properties: {
      total: { type: 'integer', description: 'How many disputes match.' },
      count: { type: 'integer', description: 'How many are on this page.' },
      page: { type: 'integer' },
      results: { type: 'array', items: ref('DisputeForSearch') },
      links: { ...ref('SearchLinks'), description: 'Pagination. Unlike the other searches, the key is `links`, not `_links`.' },
    },
  },
  DisputeForSearch: {
    type: 'object',
    properties: {
      amount: { type: 'integer', description: 'The disputed amount, in pence.' },
      created_date: dateTime('When the paying user’s bank told GOV.UK Pay about the dispute.'),
      dispute_id: { type: 'string', pattern: ID_PATTERN },
      evidence_due_date: dateTime('The deadline for sending evidence to the payment provider.'),
      fee: { type: 'integer', description: 'The payment provider’s dispute fee, in pence (Stripe’s is 1500, £15.00). Only on a lost dispute.' },
      net_amount: { type: 'integer', description: 'What a lost dispute takes from your payout, in pence: always negative. Only on a lost dispute.' },
      payment_id: { type: 'string', pattern: ID_PATTERN },
      reason: {
        type: 'string',
        description:
          'The reason the paying user gave. The real API documents `subscription_cancelled`, but sends Stripe’s spelling, `subscription_canceled`, as the playground does.',
        enum: [...DISPUTE_REASONS],
      },
      settlement_summary: {
        type: 'object',
        description:
          'Empty until the dispute is settled: `settled_date` appears only on a lost dispute, once the payment provider has taken the money from a payout. The playground has no payouts, so a lost dispute is settled the day it is lost.',
        properties: { settled_date: { type: 'string', format: 'date' } },
      },
      status: { type: 'string', enum: STATUSES },
      _links: { type: 'object', properties: { payment: ref('Link') } },
    },
  },
}

export const searchDisputes = defineOperation({
  id: 'searchDisputes',
  method: 'GET',
  path: '/v1/disputes',
  tag: { name: 'Disputes', description: 'Find disputes: a paying user’s bank challenging a payment.' },
  summary: 'Search disputes',
  description:
    'Finds disputes raised against your service’s payments, newest first: a paying user’s bank challenging a payment. Disputes only happen on accounts whose payment provider is Stripe.',
  notes: [
    'A real sandbox account never has disputes, so the real sandbox always answers with no results. In the playground, raise disputes and move them on from the simulator tools page to see what a service on a Stripe account gets.',
    'A search with no results at all answers a page past the end with 200; one that found some answers 404 P0402.',
    'The pagination links are under `links`, not `_links` as in the other searches.',
    'A status that is not one of the four is reported as `state` in the 422’s list of bad parameters.',
  ],
  rateBucket: 'read',
  auth: 'api-key',
  parameters: [
    createdDateParameter('from'),
    createdDateParameter('to'),
    settledDateParameter('from'),
    settledDateParameter('to'),
    query('status', 'The dispute’s status. Any other value is reported as `state` in the 422, as in the real API.', { type: 'string', enum: STATUSES }),
    pageParameter,
    displaySizeParameter,
  ],
  schemas: SCHEMAS,
  responses: {
    '200': {
      description: 'The matching disputes. No matches is still 200, with an empty results list.',
      content: json('DisputeSearchResults', {
        total: 0,
        count: 0,
        page: 1,
        results: [],
        links: { self: FIRST_PAGE, first_page: FIRST_PAGE, last_page: FIRST_PAGE },
      }),
    },
  },
  errors: [
    pageNotFound('P0402', 'disputes'),
    invalidSearchParameters(
      'P0401',
      'from_date, state',
      'A parameter is in the wrong format: a date without a time and zone, a settled date that is not YYYY-MM-DD, a page or display_size that is not a positive whole number, or a status other than needs_response, under_review, won or lost (named `state`).',
    ),
    downstreamError('P0498'),
  ],
})
