// GET /v1/agreements/{agreementId}: one agreement (pay-publicapi's AgreementsApiResource; ledger
// keeps the agreement, so this works whatever the service's recurring payments setting is now).
import { downstreamError, notFoundError } from '../errors/shared.ts'
import { defineOperation } from '../operation.ts'
import { json } from '../openapi/content.ts'
import { ACTIVE_AGREEMENT_EXAMPLE, AGREEMENT_SCHEMAS, AGREEMENTS, agreementIdParameter } from './agreement-schemas.ts'

export const getAgreement = defineOperation({
  id: 'getAgreement',
  method: 'GET',
  path: '/v1/agreements/{agreementId}',
  tag: AGREEMENTS,
  summary: 'Get an agreement',
  description: 'An agreement with its status and, once a payment has saved a card for it, its payment instrument.',
  notes: ['The payment instrument shown is the newest card saved for the agreement, from the moment its payment was authorised.'],
  rateBucket: 'read',
  auth: 'api-key',
  parameters: [agreementIdParameter],
  schemas: AGREEMENT_SCHEMAS,
  responses: { '200': { description: 'The agreement.', content: json('Agreement', ACTIVE_AGREEMENT_EXAMPLE) } },
  errors: [notFoundError('P2200', 'agreement'), downstreamError('P2298')],
})
