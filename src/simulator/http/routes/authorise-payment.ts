// POST /v1/auth: authorise a moto_api payment with card details (204), answered without an API key.
import { operationError } from '../../operations/errors/build.ts'
import { authorisePayment as operation } from '../../operations/authorisation/authorise-payment.ts'
import { NotAnObjectError, parseMotoCard } from '../../rules/moto-authorisation-request.ts'
import { now } from '../../services/clock.ts'
import { authoriseMotoPayment, type MotoAuthorisation } from '../../services/moto-authorisation.ts'
import { emptyResponse, loggedServerError } from '../responses.ts'
import type { OpenRouteHandler } from '../route.ts'

function answer(result: MotoAuthorisation): Response {
  switch (result.kind) {
    case 'authorised':
      return emptyResponse(204)
    case 'token-unknown':
      throw operationError(operation, 'P1211', 'unknown')
    case 'not-moto-api':
      throw operationError(operation, 'P1211', 'not-moto-api')
    case 'token-used':
      throw operationError(operation, 'P1212')
    case 'wrong-state':
      throw operationError(operation, 'P0198', 'wrong-state', { paymentId: result.paymentId })
    case 'refused':
      throw result.reason === 'card-type'
        ? operationError(operation, 'P0010', 'card-type', { type: result.cardType })
        : operationError(operation, 'P0010', result.reason)
    case 'declined':
      throw operationError(operation, 'P0010', 'declined')
    case 'error':
      throw operationError(operation, 'P0050')
  }
}

export const authorisePaymentHandler: OpenRouteHandler = async ({ body }) => {
  let card
  try {
    card = parseMotoCard(body!, await now())
  } catch (error) {
    if (error instanceof NotAnObjectError) return loggedServerError()
    throw error
  }
  return answer(await authoriseMotoPayment(card))
}
