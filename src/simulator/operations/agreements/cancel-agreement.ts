// POST /v1/agreements/{agreementId}/cancel: cancel an active agreement (pay-publicapi's
// AgreementsApiResource and CancelAgreementExceptionMapper; connector's AgreementService.cancel).
import { downstreamError, notFoundError } from '../errors/shared.ts'
import { defineOperation } from '../operation.ts'
import { AGREEMENTS, agreementIdParameter } from './agreement-schemas.ts'

export const cancelAgreement = defineOperation({
  id: 'cancelAgreement',
  method: 'POST',
  path: '/v1/agreements/{agreementId}/cancel',
  tag: AGREEMENTS,
  summary: 'Cancel an agreement',
  description:
    'Cancels an active agreement: its card is no longer used, and payments with it are refused until it is set up again with another `set_up_agreement` payment.',
  notes: ['No body is needed. An agreement that is not active (created, cancelled or inactive) gives 400 P2501.'],
  rateBucket: 'other-post',
  auth: 'api-key',
  parameters: [agreementIdParameter],
  responses: { '204': { description: 'Cancelled. No body.' } },
  errors: [
    notFoundError('P2500', 'agreement'),
    {
      code: 'P2501',
      meaning: 'Only an active agreement can be cancelled.',
      variants: [
        {
          status: 400,
          description: 'Cancellation of agreement failed',
          cause: 'The agreement is not active: it was never set up, has been cancelled already, or became inactive after a declined payment.',
        },
      ],
    },
    downstreamError('P2598'),
  ],
})
