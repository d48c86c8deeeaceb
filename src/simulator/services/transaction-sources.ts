// Where the rows of an admin transaction search come from. Each filter picks the narrowest index
// (every payment index runs [service, value, created time]); a source that needs no further check
// is "indexed" and can be counted and paged inside IndexedDB, while one whose filters an index
// cannot answer (text fragments, card brand, a status that shares a stored state with others,
// refunds filtered by their payment) is read once and kept as a list of row keys.
import type { Collection } from 'dexie'
import type { PaymentRecord, RefundRecord } from '../model/types.ts'
import { brandLabel } from '../rules/cards/card-brands.ts'
import {
  externalStatusesFor,
  isPaymentDisplayState,
  paymentDisplayState,
  type PaymentDisplayState,
  refundStatusesFor,
  type TransactionDisplayState,
} from '../rules/transaction-display-states.ts'
import { likeMatcher } from './payment-search.ts'
import { database } from './runtime.ts'

export interface TransactionQuery {
  /** part of the reference, any case */
  reference?: string
  /** part of the email address, any case */
  email?: string
  /** part of the name on the card, any case */
  cardholderName?: string
  /** the card's last 4 digits */
  lastDigits?: string
  /** card brand ids (`visa`, `master-card`…); any of them */
  brands?: readonly string[]
  /** status names as the admin site shows them; any of them */
  states?: readonly TransactionDisplayState[]
  /** first instant included, epoch milliseconds */
  from?: number
  /** first instant no longer included */
  to?: number
}

export interface RowKey {
  type: 'payment' | 'refund'
  id: string
  createdAt: number
}

/** Whether `a` comes before `b` in the list: newest first, a refund before a payment made the same millisecond. */
export function rowBefore(a: RowKey, b: RowKey): boolean {
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt
  if (a.type !== b.type) return a.type === 'refund'
  return a.id > b.id
}

export const compareRows = (a: RowKey, b: RowKey): number => (rowBefore(a, b) ? -1 : rowBefore(b, a) ? 1 : 0)

export type AnyCollection = Collection<PaymentRecord, string> | Collection<RefundRecord, string>

export interface IndexedSource {
  kind: 'indexed'
  type: RowKey['type']
  /** a fresh collection each call (Dexie collections change as they are refined) */
  collection: () => AnyCollection
}

export interface ScannedSource {
  kind: 'scanned'
  type: RowKey['type']
  /** reads the matching records, newest first, stopping after `max` of them */
  read: (max: number) => Promise<Array<PaymentRecord | RefundRecord>>
}

export type RowSource = IndexedSource | ScannedSource

export const keyOf = (type: RowKey['type'], record: { id: string; createdAt: number }): RowKey => ({
  type,
  id: record.id,
  createdAt: record.createdAt,
})

/** The checks on a payment's own fields, which refunds also meet through their payment. */
function paymentFieldChecks(query: TransactionQuery, skipLastDigits: boolean): Array<(payment: PaymentRecord) => boolean> {
  const checks: Array<(payment: PaymentRecord) => boolean> = []
  if (query.reference !== undefined) {
    const matches = likeMatcher(query.reference)
    checks.push((p) => matches(p.reference))
  }
  if (query.email !== undefined) {
    const matches = likeMatcher(query.email)
    checks.push((p) => matches(p.email))
  }
  if (query.cardholderName !== undefined) {
    const matches = likeMatcher(query.cardholderName)
    checks.push((p) => matches(p.cardDetails?.cardholderName))
  }
  if (query.lastDigits !== undefined && !skipLastDigits) checks.push((p) => p.lastDigits === query.lastDigits)
  if (query.brands !== undefined && query.brands.length > 0) {
    const labels = new Set(query.brands.map(brandLabel).filter((label) => label !== ''))
    checks.push((p) => labels.has(p.cardDetails?.brandLabel ?? ''))
  }
  return checks
}

const allOf =
  <T>(checks: Array<(item: T) => boolean>) =>
  (item: T) =>
    checks.every((check) => check(item))

/** Inclusive millisecond bounds of the query's date range. */
function bounds(query: TransactionQuery): [number, number] {
  return [query.from ?? -Infinity, query.to === undefined ? Infinity : query.to - 1]
}

const FAILED_NAMES: readonly PaymentDisplayState[] = ['Declined', 'Timed out', 'Cancelled']

function paymentSources(serviceId: string, query: TransactionQuery): RowSource[] {
  const names = query.states?.filter(isPaymentDisplayState)
  if (names !== undefined && names.length === 0) return []
  const [lower, upper] = bounds(query)
  const payments = () => database().payments
  const byLastDigits = query.lastDigits !== undefined
  const ranges: Array<() => Collection<PaymentRecord, string>> = []
  const statuses = names === undefined ? [] : externalStatusesFor(names)
  if (byLastDigits) {
    const digits = query.lastDigits ?? ''
    ranges.push(() => payments().where('[serviceId+lastDigits+createdAt]').between([serviceId, digits, lower], [serviceId, digits, upper], true, true))
  } else if (names !== undefined) {
    for (const status of statuses) {
      ranges.push(() => payments().where('[serviceId+state+createdAt]').between([serviceId, status, lower], [serviceId, status, upper], true, true))
    }
  } else {
    ranges.push(() => payments().where('[serviceId+createdAt]').between([serviceId, lower], [serviceId, upper], true, true))
  }

  const checks = paymentFieldChecks(query, byLastDigits)
  // A failed payment was declined, timed out or cancelled: its stored state cannot tell which.
  const failedSplit = names !== undefined && statuses.includes('failed') && !FAILED_NAMES.every((name) => names.includes(name))
  if (names !== undefined && (byLastDigits || failedSplit)) {
    const wanted = new Set<string>(names)
    checks.push((p) => wanted.has(paymentDisplayState(p.status)))
  }
  if (checks.length === 0) return ranges.map((collection) => ({ kind: 'indexed', type: 'payment', collection }))
  const matches = allOf(checks)
  return ranges.map((collection) => ({
    kind: 'scanned',
    type: 'payment',
    read: (max) => collection().reverse().filter(matches).limit(max).toArray(),
  }))
}

function refundSources(serviceId: string, query: TransactionQuery): RowSource[] {
  const statuses = query.states === undefined ? undefined : refundStatusesFor(query.states)
  if (statuses !== undefined && statuses.length === 0) return []
  const [lower, upper] = bounds(query)
  const collection = () => database().refunds.where('[serviceId+createdAt]').between([serviceId, lower], [serviceId, upper], true, true)
  const parentChecks = paymentFieldChecks(query, false)
  const statusSplit = statuses !== undefined && statuses.length < 3
  if (parentChecks.length === 0 && !statusSplit) return [{ kind: 'indexed', type: 'refund', collection }]
  const read = async (max: number) => {
    let refunds = await collection().reverse().toArray()
    if (statuses !== undefined) refunds = refunds.filter((refund) => statuses.includes(refund.status))
    if (parentChecks.length === 0) return refunds.slice(0, max)
    const parentIds = [...new Set(refunds.map((refund) => refund.paymentId))]
    const parents = await database().payments.bulkGet(parentIds)
    const matches = allOf(parentChecks)
    const matching = new Set(parents.filter((p): p is PaymentRecord => p !== undefined && matches(p)).map((p) => p.id))
    return refunds.filter((refund) => matching.has(refund.paymentId)).slice(0, max)
  }
  return [{ kind: 'scanned', type: 'refund', read }]
}

/** The sources of the rows matching `query`, payments first. */
export function transactionSources(serviceId: string, query: TransactionQuery): RowSource[] {
  return [...paymentSources(serviceId, query), ...refundSources(serviceId, query)]
}
