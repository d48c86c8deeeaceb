// POST /v1/agreements/{agreementId}/cancel: 204, or 404 P2500 / 400 P2501.
import { operationError, roleError } from '../../operations/errors/build.ts'
import { cancelAgreement as operation } from '../../operations/agreements/cancel-agreement.ts'
import { cancelAgreement } from '../../services/agreements.ts'
import { emptyResponse } from '../responses.ts'
import type { RouteHandler } from '../route.ts'

export const cancelAgreementHandler: RouteHandler = async ({ service, params }) => {
  const result = await cancelAgreement(service.id, params.agreementId!)
  if (result === 'not-found') throw roleError(operation, 'not-found')
  if (result === 'not-active') throw operationError(operation, 'P2501')
  return emptyResponse(204)
}
