// The payment endpoints: create, read, search, cancel, capture, events.
import { notFound, OPERATION_ERRORS, pageNotFound, PayApiError } from '../../model/errors.ts'
import { parseCreatePaymentRequest } from '../../rules/create-payment-request.ts'
import { parsePaymentSearch } from '../../rules/search-params.ts'
import { createPayment } from '../../services/payment-creation.ts'
import { searchPayments } from '../../services/payment-search.ts'
import { cancelPayment, capturePayment, getPayment, getPaymentEvents } from '../../services/payments.ts'
import { eventsJson } from '../present/events-json.ts'
import { paymentUrl } from '../present/links.ts'
import { echoed, lastPage, PAYMENT_ECHO_ORDER, pageLinks } from '../present/pagination-json.ts'
import { paymentJson, paymentLinks } from '../present/payment-json.ts'
import { emptyResponse, jsonResponse, NO_CACHE_HEADERS } from '../responses.ts'
import type { Route } from '../route.ts'

const missing = (operation: keyof typeof OPERATION_ERRORS) => notFound(OPERATION_ERRORS[operation].notFound)

export const paymentRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1/payments',
    operation: 'createPayment',
    jsonBody: { parseErrorCode: 'P0197' },
    async handle({ request, service, body }) {
      const parsed = parseCreatePaymentRequest(body!)
      const { payment, token } = await createPayment(service.id, parsed, {
        idempotencyKey: request.headers.get('Idempotency-Key'),
      })
      return jsonResponse(201, paymentJson(payment, token), { Location: paymentUrl(payment.id), ...NO_CACHE_HEADERS })
    },
  },
  {
    method: 'GET',
    path: '/v1/payments',
    operation: 'searchPayments',
    async handle({ url, service }) {
      const query = parsePaymentSearch(url.searchParams)
      const { total, results } = await searchPayments(service.id, query)
      if (total > 0 && query.page > lastPage(total, query.displaySize)) throw pageNotFound('P0402')
      const body = {
        total,
        count: results.length,
        page: query.page,
        results: results.map((payment) => {
          const { _links: _ignored, ...fields } = paymentJson(payment)
          return { ...fields, _links: paymentLinks(payment) }
        }),
        _links: pageLinks('/v1/payments', echoed(query.given, PAYMENT_ECHO_ORDER), query, total),
      }
      return jsonResponse(200, body, { ...NO_CACHE_HEADERS })
    },
  },
  {
    method: 'GET',
    path: '/v1/payments/:paymentId',
    operation: 'getPayment',
    async handle({ service, params }) {
      const found = await getPayment(service.id, params.paymentId!)
      if (!found) throw missing('getPayment')
      return jsonResponse(200, paymentJson(found.payment, found.token), { ...NO_CACHE_HEADERS })
    },
  },
  {
    method: 'POST',
    path: '/v1/payments/:paymentId/cancel',
    operation: 'cancelPayment',
    async handle({ service, params }) {
      const result = await cancelPayment(service.id, params.paymentId!)
      if (result === 'not-found') throw missing('cancelPayment')
      if (result === 'not-cancellable') throw new PayApiError(400, 'P0501', 'Cancellation of payment failed')
      return emptyResponse(204)
    },
  },
  {
    method: 'POST',
    path: '/v1/payments/:paymentId/capture',
    operation: 'capturePayment',
    async handle({ service, params }) {
      const result = await capturePayment(service.id, params.paymentId!)
      if (result === 'not-found') throw missing('capturePayment')
      if (result === 'not-capturable') throw new PayApiError(409, 'P1003', 'Payment cannot be captured')
      return emptyResponse(204)
    },
  },
  {
    method: 'GET',
    path: '/v1/payments/:paymentId/events',
    operation: 'getPaymentEvents',
    async handle({ service, params }) {
      const found = await getPaymentEvents(service.id, params.paymentId!)
      if (!found) throw missing('getPaymentEvents')
      return jsonResponse(200, eventsJson(found.payment.id, found.events))
    },
  },
]
