// GET /v1/refunds: search the service's refunds, newest first.
import { pageNotFound } from '../../model/errors.ts'
import { parseRefundSearch } from '../../rules/search-params.ts'
import { searchRefunds } from '../../services/payment-search.ts'
import { echoed, lastPage, pageLinks, REFUND_ECHO_ORDER } from '../present/pagination-json.ts'
import { refundJson } from '../present/refund-json.ts'
import { jsonResponse } from '../responses.ts'
import type { Route } from '../route.ts'

export const searchRefundsRoute: Route = {
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
}
