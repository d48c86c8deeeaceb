// Search results with HAL pagination links built the way the real API builds them: the search
// back end writes the filters it used into each link (in its own order, with the account id and
// the transaction type), then the public API drops those and rebuilds the query through Jersey
// and a hash map (see java-query-order.ts for each step and its encoding).
import { API_BASE_URL } from '../../model/api-base.ts'
import type { Paging } from '../../rules/search-params.ts'
import { paginationQuery } from './java-query-order.ts'

export interface PageLinks {
  self: { href: string }
  first_page: { href: string }
  last_page: { href: string }
  prev_page?: { href: string }
  next_page?: { href: string }
}

/** A search: the public API's path, and the search back end's transaction type for it (none for agreements). */
export interface SearchKind {
  path: string
  transactionType?: string
}

export const PAYMENT_SEARCH: SearchKind = { path: '/v1/payments', transactionType: 'PAYMENT' }
export const REFUND_SEARCH: SearchKind = { path: '/v1/refunds', transactionType: 'REFUND' }
export const AGREEMENT_SEARCH: SearchKind = { path: '/v1/agreements' }

/** The names the public API removes from the back end's links (PaginationDecorator.queryParametersToBeExcluded). */
const EXCLUDED = ['account_id', 'gateway_account_id', 'transaction_type']

export function lastPage(total: number, displaySize: number): number {
  return Math.max(1, Math.ceil(total / displaySize))
}

/**
 * @param search  which search, e.g. PAYMENT_SEARCH
 * @param echoed  the filters as the back end echoes them, in its order, raw, without page and size
 */
export function pageLinks(search: SearchKind, echoed: Array<[string, string]>, paging: Paging, total: number): PageLinks {
  const last = lastPage(total, paging.displaySize)
  const href = (page: number) => {
    // The back end's link: account_id first (its value never reaches the public link, so it is left
    // out here), the filters, transaction_type, then page and display_size.
    const query = paginationQuery(
      [
        ['account_id', ''],
        ...echoed,
        ...(search.transactionType === undefined ? [] : [['transaction_type', search.transactionType] as [string, string]]),
        ['page', String(page)],
        ['display_size', String(paging.displaySize)],
      ],
      EXCLUDED,
    )
    return { href: `${API_BASE_URL}${search.path}?${query}` }
  }
  const links: PageLinks = { self: href(paging.page), first_page: href(1), last_page: href(last) }
  if (paging.page > 1) links.prev_page = href(paging.page > last ? last : paging.page - 1)
  if (paging.page < last) links.next_page = href(paging.page + 1)
  return links
}

/** The order in which the payment search back end echoes the filters it applied. */
export const PAYMENT_ECHO_ORDER = [
  'from_date',
  'to_date',
  'email',
  'reference',
  'cardholder_name',
  'first_digits_card_number',
  'last_digits_card_number',
  'state',
  'from_settled_date',
  'to_settled_date',
  'agreement_id',
]

export const REFUND_ECHO_ORDER = ['from_date', 'to_date', 'from_settled_date', 'to_settled_date']

export function echoed(given: Map<string, string>, order: string[]): Array<[string, string]> {
  return order.flatMap((name) => {
    const value = given.get(name)
    return value === undefined ? [] : [[name, value] as [string, string]]
  })
}
