// POST /v1/agreements: create an agreement (201 with it, as ledger reads it back; no Location header).
import { parseCreateAgreementRequest } from '../../rules/create-agreement-request.ts'
import { createAgreement } from '../../services/agreements.ts'
import { agreementJson } from '../present/agreement-json.ts'
import { jsonResponse } from '../responses.ts'
import type { RouteHandler } from '../route.ts'

export const createAgreementHandler: RouteHandler = async ({ service, body }) => {
  const request = parseCreateAgreementRequest(body!)
  return jsonResponse(201, agreementJson(await createAgreement(service.id, request)))
}
