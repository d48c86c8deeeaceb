// The refund endpoints: refund a payment, list a payment's refunds, read one, search them all.
import { notFound, OPERATION_ERRORS, pageNotFound } from '../../model/errors.ts'
import { parseRefundRequest } from '../../rules/refund-request.ts'
import { parseRefundSearch } from '../../rules/search-params.ts'
import { searchRefunds } from '../../services/payment-search.ts'
import { findServicePayment } from '../../services/payments.ts'
import { createRefund, getRefund, listRefunds } from '../../services/refunds.ts'
import { get, paymentUrl } from '../present/links.ts'
import { echoed, lastPage, pageLinks, REFUND_ECHO_ORDER } from '../present/pagination-json.ts'
import { refundJson } from '../present/refund-json.ts'
import { jsonResponse } from '../responses.ts'
import type { Route } from '../route.ts'

export const refundRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1/payments/:paymentId/refunds',
    operation: 'createRefund',
    jsonBody: { parseErrorCode: 'P0697' },
    async handle({ service, params, body }) {
      const request = parseRefundRequest(body!)
      const paymentId = params.paymentId!
      // Without refund_amount_available the real API reads the payment first, so an unknown
      // payment is reported by that read (P0200) rather than by the refund (P0600).
      if (request.refundAmountAvailable === undefined && !(await findServicePayment(service.id, paymentId))) {
        throw notFound(OPERATION_ERRORS.getPayment.notFound)
      }
      const created = await createRefund(service.id, paymentId, request)
      if (!created) throw notFound(OPERATION_ERRORS.createRefund.notFound)
      return jsonResponse(202, refundJson(created.refund, { withSettlement: false }))
    },
  },
  {
    method: 'GET',
    path: '/v1/payments/:paymentId/refunds',
    operation: 'getPaymentRefunds',
    async handle({ service, params }) {
      const found = await listRefunds(service.id, params.paymentId!)
      if (!found) throw notFound(OPERATION_ERRORS.getPaymentRefunds.notFound)
      const self = `${paymentUrl(found.payment.id)}/refunds`
      return jsonResponse(200, {
        payment_id: found.payment.id,
        _links: { self: get(self), payment: get(paymentUrl(found.payment.id)) },
        _embedded: { refunds: found.refunds.map((refund) => refundJson(refund, { withSettlement: true })) },
      })
    },
  },
  {
    method: 'GET',
    path: '/v1/payments/:paymentId/refunds/:refundId',
    operation: 'getRefund',
    async handle({ service, params }) {
      const refund = await getRefund(service.id, params.paymentId!, params.refundId!)
      if (!refund) throw notFound(OPERATION_ERRORS.getRefund.notFound)
      return jsonResponse(200, refundJson(refund, { withSettlement: true }))
    },
  },
  {
    method: 'GET',
    path: '/v1/refunds',
    operation: 'searchRefunds',
    async handle({ url, service }) {
      const query = parseRefundSearch(url.searchParams)
      const { total, results } = await searchRefunds(service.id, query)
      if (total > 0 && query.page > lastPage(total, query.displaySize)) throw pageNotFound('P1100')
      const links = pageLinks('/v1/refunds', echoed(query.given, REFUND_ECHO_ORDER), query, total)
      return jsonResponse(200, {
        total,
        count: results.length,
        page: query.page,
        results: results.map((refund) => refundJson(refund, { withSettlement: true, withPaymentId: true })),
        // The refund search writes a link it has no page for as an empty object.
        _links: { ...links, prev_page: links.prev_page ?? {}, next_page: links.next_page ?? {} },
      })
    },
  },
]
