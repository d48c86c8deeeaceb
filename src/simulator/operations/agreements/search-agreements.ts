// GET /v1/agreements: search the service's agreements, newest first (pay-publicapi's
// AgreementSearchValidator and AgreementsService; ledger's AgreementSearchParams and AgreementService).
import { downstreamError, invalidSearchParameters, pageNotFound } from '../errors/shared.ts'
import { defineOperation } from '../operation.ts'
import { json } from '../openapi/content.ts'
import { pageParameter, query } from '../openapi/parameters.ts'
import { AGREEMENT_SCHEMAS, AGREEMENT_SEARCH_EXAMPLE, AGREEMENTS } from './agreement-schemas.ts'

export const searchAgreements = defineOperation({
  id: 'searchAgreements',
  method: 'GET',
  path: '/v1/agreements',
  tag: AGREEMENTS,
  summary: 'Search agreements',
  description: 'Finds your service’s agreements, newest first, by reference and status.',
  notes: [
    'At most 20 agreements come back per page, whatever display_size says (up to 500 is accepted): the search back end caps it, and the links say display_size=20.',
    'The status in the pagination links is in capitals (`status=ACTIVE`), as the search back end writes it.',
    'Other query parameters are ignored: the real validator has a check for them, but it only ever sees the four it knows.',
  ],
  rateBucket: 'read',
  auth: 'api-key',
  parameters: [
    query('reference', 'Your reference: exact match, ignoring case.', { type: 'string', maxLength: 255 }),
    query('status', 'The agreement’s status, in lower case (CREATED is refused).', { type: 'string', enum: ['created', 'active', 'cancelled', 'inactive'] }, 'active'),
    pageParameter,
    query('display_size', 'Results per page, 1 to 500; more than 20 gives 20.', { type: 'integer', minimum: 1, maximum: 500, default: 20 }),
  ],
  schemas: AGREEMENT_SCHEMAS,
  responses: { '200': { description: 'The matching agreements. No matches is still 200.', content: json('AgreementSearchResults', AGREEMENT_SEARCH_EXAMPLE) } },
  errors: [
    invalidSearchParameters(
      'P2401',
      'status, page',
      'A parameter is in the wrong format: a status other than created, active, cancelled or inactive (in lower case), a reference longer than 255 characters, or a page or display_size that is not a positive whole number (display_size up to 500).',
    ),
    pageNotFound('P2402', 'agreements'),
    downstreamError('P2498'),
  ],
})
