// GET /v1/refunds: search the service's refunds, newest first.
import { operationError } from '../../operations/errors/build.ts'
import { searchRefunds as operation } from '../../operations/refunds/search-refunds.ts'
import { parseRefundSearch } from '../../rules/search-params.ts'
import { searchRefunds } from '../../services/payment-search.ts'
import { echoed, lastPage, pageLinks, REFUND_ECHO_ORDER, REFUND_SEARCH } from '../present/pagination-json.ts'
import { refundJson } from '../present/refund-json.ts'
import { jsonResponse } from '../responses.ts'
import type { RouteHandler } from '../route.ts'

export const searchRefundsHandler: RouteHandler = async ({ url, service }) => {
  const query = parseRefundSearch(url.searchParams)
  const { total, results } = await searchRefunds(service.id, query)
  if (total > 0 && query.page > lastPage(total, query.displaySize)) throw operationError(operation, 'P1100')
  const links = pageLinks(REFUND_SEARCH, echoed(query.given, REFUND_ECHO_ORDER), query, total)
  return jsonResponse(200, {
    total,
    count: results.length,
    page: query.page,
    results: results.map((refund) => refundJson(refund, { withSettlement: true, withPaymentId: true })),
    // The refund search writes a link it has no page for as an empty object.
    _links: { ...links, prev_page: links.prev_page ?? {}, next_page: links.next_page ?? {} },
  })
}
