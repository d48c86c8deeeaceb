// GET /v1/disputes: search the service's disputes, newest first. Its pagination sits under `links`
// (not `_links`), and the public API renames the back end's `state` filter back to `status` in every
// link but `next_page`, which its rewriting misses (pay-publicapi SearchDisputesService).
import { operationError } from '../../operations/errors/build.ts'
import { searchDisputes as operation } from '../../operations/disputes/search-disputes.ts'
import { parseDisputeSearch } from '../../rules/search-params.ts'
import { searchDisputes } from '../../services/dispute-search.ts'
import { disputeJson } from '../present/dispute-json.ts'
import { echoed, lastPage, pageLinks, type PageLinks } from '../present/pagination-json.ts'
import { jsonResponse } from '../responses.ts'
import type { RouteHandler } from '../route.ts'

const DISPUTE_SEARCH = { path: '/v1/disputes', transactionType: 'DISPUTE' }
/** The order the search back end echoes the filters in; it calls the status filter `state`. */
const ECHO_ORDER = ['from_date', 'to_date', 'state', 'from_settled_date', 'to_settled_date']

function withStatusRenamed(links: PageLinks): PageLinks {
  const rename = (link: { href: string }) => ({ href: link.href.replaceAll('state', 'status') })
  const renamed: PageLinks = { self: rename(links.self), first_page: rename(links.first_page), last_page: rename(links.last_page) }
  if (links.prev_page) renamed.prev_page = rename(links.prev_page)
  if (links.next_page) renamed.next_page = links.next_page
  return renamed
}

export const searchDisputesHandler: RouteHandler = async ({ url, service }) => {
  const query = parseDisputeSearch(url.searchParams)
  const { total, results } = await searchDisputes(service.id, query)
  // With no results at all, a page past the end is still answered with 200.
  if (total > 0 && query.page > lastPage(total, query.displaySize)) throw operationError(operation, 'P0402')
  return jsonResponse(200, {
    total,
    count: results.length,
    page: query.page,
    results: results.map(disputeJson),
    links: withStatusRenamed(pageLinks(DISPUTE_SEARCH, echoed(query.given, ECHO_ORDER), query, total)),
  })
}
