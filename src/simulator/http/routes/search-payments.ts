// GET /v1/payments: search the service's payments, newest first, with HAL pagination links.
import { operationError } from '../../operations/errors/build.ts'
import { searchPayments as operation } from '../../operations/payments/search-payments.ts'
import { parsePaymentSearch } from '../../rules/search-params.ts'
import { searchPayments } from '../../services/payment-search.ts'
import { echoed, lastPage, PAYMENT_ECHO_ORDER, PAYMENT_SEARCH, pageLinks } from '../present/pagination-json.ts'
import { searchResultJson } from '../present/payment-json.ts'
import { jsonResponse, NO_CACHE_HEADERS } from '../responses.ts'
import type { RouteHandler } from '../route.ts'

export const searchPaymentsHandler: RouteHandler = async ({ url, service }) => {
  const query = parsePaymentSearch(url.searchParams)
  const { total, results } = await searchPayments(service.id, query)
  if (total > 0 && query.page > lastPage(total, query.displaySize)) throw operationError(operation, 'P0402')
  const body = {
    total,
    count: results.length,
    page: query.page,
    results: results.map(searchResultJson),
    _links: pageLinks(PAYMENT_SEARCH, echoed(query.given, PAYMENT_ECHO_ORDER), query, total),
  }
  return jsonResponse(200, body, { ...NO_CACHE_HEADERS })
}
