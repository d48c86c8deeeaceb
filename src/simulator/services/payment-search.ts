// Searching a service's payments, newest first. The most selective filter given picks an index
// whose entries run [service, value, created time], so a page is read straight off that index;
// filters with no index (email and name fragments) are checked on each candidate.
import type { Collection } from 'dexie'
import type { PaymentRecord, RefundRecord } from '../model/types.ts'
import type { Paging, PaymentSearchQuery, RefundSearchQuery } from '../rules/search-params.ts'
import { sweepExpired } from './expiry.ts'
import { database } from './runtime.ts'

export interface SearchPage<T> {
  total: number
  results: T[]
}

/** Inclusive millisecond bounds for created times strictly after `from` and before `to` (µs). */
export function createdBounds(from?: bigint, to?: bigint): [number, number] {
  const lower = from === undefined ? -Infinity : Number(from / 1000n) + 1
  const upper = to === undefined ? Infinity : Number((to + 999n) / 1000n) - 1
  return [lower, upper]
}

function candidates(serviceId: string, query: PaymentSearchQuery): Collection<PaymentRecord, string> {
  const payments = database().payments
  const [lower, upper] = createdBounds(query.fromDate, query.toDate)
  const keyed = (index: string, value: string) =>
    payments.where(`[serviceId+${index}+createdAt]`).between([serviceId, value, lower], [serviceId, value, upper], true, true)
  if (query.agreementId !== undefined) return keyed('agreementId', query.agreementId)
  if (query.reference !== undefined) return keyed('referenceKey', query.reference.toLowerCase())
  if (query.lastDigits !== undefined) return keyed('lastDigits', query.lastDigits)
  if (query.firstDigits !== undefined) return keyed('firstDigits', query.firstDigits)
  if (query.state !== undefined) return keyed('state', query.state)
  return payments.where('[serviceId+createdAt]').between([serviceId, lower], [serviceId, upper], true, true)
}

/**
 * The back end's `lower(column) LIKE lower('%' || fragment || '%')`: the fragment is not escaped,
 * so `%` and `_` in it are wildcards and a backslash makes the next character literal.
 */
export function likeMatcher(fragment: string): (text: string | null | undefined) => boolean {
  let pattern = ''
  const chars = [...`%${fragment.toLowerCase()}%`]
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!
    if (char === '%') pattern += '.*'
    else if (char === '_') pattern += '.'
    else pattern += (char === '\\' ? (chars[++i] ?? '') : char).replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
  }
  const regex = new RegExp(`^${pattern}$`, 'su')
  return (text) => text != null && regex.test(text.toLowerCase())
}

/** The filters an index cannot answer, as one predicate; undefined when there are none. */
function residualFilter(query: PaymentSearchQuery): ((payment: PaymentRecord) => boolean) | undefined {
  const checks: Array<(payment: PaymentRecord) => boolean> = []
  const { agreementId, lastDigits, firstDigits, state, email, cardholderName } = query
  // Payments of an agreement are read off its index; the other indexed filters become checks.
  // `first` is the filter the index answers when it is an earlier one than lastDigits in candidates().
  const first = agreementId ?? query.reference
  if (agreementId !== undefined && query.reference !== undefined) {
    const key = query.reference.toLowerCase()
    checks.push((p) => p.referenceKey === key)
  }
  if (first !== undefined && lastDigits !== undefined) checks.push((p) => p.lastDigits === lastDigits)
  if ((first ?? lastDigits) !== undefined && firstDigits !== undefined) checks.push((p) => p.firstDigits === firstDigits)
  if ((first ?? lastDigits ?? firstDigits) !== undefined && state !== undefined) checks.push((p) => p.state === state)
  if (email !== undefined) {
    const matches = likeMatcher(email)
    checks.push((p) => matches(p.email))
  }
  if (cardholderName !== undefined) {
    const matches = likeMatcher(cardholderName)
    checks.push((p) => matches(p.cardDetails?.cardholderName))
  }
  if (checks.length === 0) return undefined
  return (payment) => checks.every((check) => check(payment))
}

export async function readPage<T>(collection: Collection<T, string>, paging: Paging, filter?: (item: T) => boolean) {
  const offset = (paging.page - 1) * paging.displaySize
  if (!filter) {
    const total = await collection.clone().count()
    const results = offset >= total ? [] : await collection.reverse().offset(offset).limit(paging.displaySize).toArray()
    return { total, results }
  }
  const matches = await collection.reverse().filter(filter).toArray()
  return { total: matches.length, results: matches.slice(offset, offset + paging.displaySize) }
}

export async function searchPayments(serviceId: string, query: PaymentSearchQuery): Promise<SearchPage<PaymentRecord>> {
  await sweepExpired()
  // Settlement dates exist only for Stripe accounts, so on a sandbox account that filter matches nothing.
  if (query.fromSettledDate ?? query.toSettledDate) return { total: 0, results: [] }
  return readPage(candidates(serviceId, query), query, residualFilter(query))
}

export async function searchRefunds(serviceId: string, query: RefundSearchQuery): Promise<SearchPage<RefundRecord>> {
  if (query.fromSettledDate ?? query.toSettledDate) return { total: 0, results: [] }
  const [lower, upper] = createdBounds(query.fromDate, query.toDate)
  const collection = database()
    .refunds.where('[serviceId+createdAt]')
    .between([serviceId, lower], [serviceId, upper], true, true)
  return readPage(collection, query)
}
