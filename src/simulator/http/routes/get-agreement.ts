// GET /v1/agreements/{agreementId}: one agreement of the service.
import { roleError } from '../../operations/errors/build.ts'
import { getAgreement as operation } from '../../operations/agreements/get-agreement.ts'
import { getAgreement } from '../../services/agreements.ts'
import { agreementJson } from '../present/agreement-json.ts'
import { jsonResponse } from '../responses.ts'
import type { RouteHandler } from '../route.ts'

export const getAgreementHandler: RouteHandler = async ({ service, params }) => {
  const found = await getAgreement(service.id, params.agreementId!)
  if (!found) throw roleError(operation, 'not-found')
  return jsonResponse(200, agreementJson(found))
}
