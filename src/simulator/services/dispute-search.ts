// GET /v1/disputes' search, as the search back end (pay-ledger) runs it: newest first; created
// dates strictly between from_date and to_date; the status filter read off its own index; settled
// dates from from_settled_date to to_settled_date, both days included, which only a lost dispute has.
import { disputeSettledAt } from '../model/dispute-lifecycle.ts'
import type { DisputeRecord } from '../model/dispute-types.ts'
import type { DisputeSearchQuery } from '../rules/search-params.ts'
import { toIsoDate } from './clock.ts'
import { createdBounds, readPage, type SearchPage } from './payment-search.ts'
import { database } from './runtime.ts'

function candidates(serviceId: string, query: DisputeSearchQuery) {
  const disputes = database().disputes
  const [lower, upper] = createdBounds(query.fromDate, query.toDate)
  if (query.status !== undefined) {
    const status = query.status
    return disputes.where('[serviceId+status+createdAt]').between([serviceId, status, lower], [serviceId, status, upper], true, true)
  }
  return disputes.where('[serviceId+createdAt]').between([serviceId, lower], [serviceId, upper], true, true)
}

/** The settled-date filter as one predicate; undefined when neither bound is given. */
function settledFilter({ fromSettledDate: from, toSettledDate: to }: DisputeSearchQuery) {
  if (from === undefined && to === undefined) return undefined
  return (dispute: DisputeRecord) => {
    const settledAt = disputeSettledAt(dispute)
    if (settledAt === undefined) return false
    // YYYY-MM-DD dates compare as text.
    const day = toIsoDate(settledAt)
    return (from === undefined || day >= from) && (to === undefined || day <= to)
  }
}

export function searchDisputes(serviceId: string, query: DisputeSearchQuery): Promise<SearchPage<DisputeRecord>> {
  return readPage(candidates(serviceId, query), query, settledFilter(query))
}
