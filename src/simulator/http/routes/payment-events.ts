// GET /v1/payments/{paymentId}/events: the payment's status history.
import { notFound, OPERATION_ERRORS } from '../../model/errors.ts'
import { getPaymentEvents } from '../../services/payments.ts'
import { eventsJson } from '../present/events-json.ts'
import { jsonResponse } from '../responses.ts'
import type { Route } from '../route.ts'

export const paymentEventsRoute: Route = {
  method: 'GET',
  path: '/v1/payments/:paymentId/events',
  operation: 'getPaymentEvents',
  async handle({ service, params }) {
    const found = await getPaymentEvents(service.id, params.paymentId!)
    if (!found) throw notFound(OPERATION_ERRORS.getPaymentEvents.notFound)
    return jsonResponse(200, eventsJson(found.payment.id, found.events))
  },
}
