// GET /v1/payments/{paymentId}/events: the payment's status history.
import { roleError } from '../../operations/errors/build.ts'
import { getPaymentEvents as operation } from '../../operations/payments/get-payment-events.ts'
import { getPaymentEvents } from '../../services/payments.ts'
import { eventsJson } from '../present/events-json.ts'
import { jsonResponse } from '../responses.ts'
import type { RouteHandler } from '../route.ts'

export const paymentEventsHandler: RouteHandler = async ({ service, params }) => {
  const found = await getPaymentEvents(service.id, params.paymentId!)
  if (!found) throw roleError(operation, 'not-found')
  return jsonResponse(200, eventsJson(found.payment.id, found.events))
}
