// GET /v1/agreements: the service's agreements, newest first, 20 at most a page, with `_links`.
import { operationError } from '../../operations/errors/build.ts'
import { searchAgreements as operation } from '../../operations/agreements/search-agreements.ts'
import { parseAgreementSearch } from '../../rules/agreement-search-params.ts'
import { searchAgreements } from '../../services/agreement-search.ts'
import { agreementJson } from '../present/agreement-json.ts'
import { AGREEMENT_SEARCH, lastPage, pageLinks } from '../present/pagination-json.ts'
import { jsonResponse } from '../responses.ts'
import type { RouteHandler } from '../route.ts'

export const searchAgreementsHandler: RouteHandler = async ({ url, service }) => {
  const query = parseAgreementSearch(url.searchParams)
  const { total, results } = await searchAgreements(service.id, query)
  if (total > 0 && query.page > lastPage(total, query.displaySize)) throw operationError(operation, 'P2402')
  // The search back end writes the filters it applied, the status as its enum's name.
  const echoed: Array<[string, string]> = []
  if (query.status !== undefined) echoed.push(['status', query.status.toUpperCase()])
  if (query.reference !== undefined) echoed.push(['reference', query.reference])
  return jsonResponse(200, {
    total,
    count: results.length,
    page: query.page,
    results: results.map(agreementJson),
    _links: pageLinks(AGREEMENT_SEARCH, echoed, query, total),
  })
}
