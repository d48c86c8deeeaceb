// The admin site's transaction search: payments and their refunds as rows of one list, newest
// first, with the admin site's status names. A page is read without loading every match: the
// largest source that an index answers alone is paged inside IndexedDB, and only the other
// (smaller, or filtered) sources are read in full as row keys and merged around it. Like the real
// service, it stops counting past 5,000: counting a large index range costs as much as reading it.
import type { PaymentRecord, RefundRecord } from '../model/types.ts'
import {
  paymentDisplayState,
  type PaymentDisplayState,
  refundDisplayState,
  type RefundDisplayState,
} from '../rules/transaction-display-states.ts'
import { sweepExpired } from './expiry.ts'
import { database } from './runtime.ts'
import {
  compareRows,
  type IndexedSource,
  keyOf,
  rowBefore,
  type RowKey,
  type RowSource,
  transactionSources,
  type TransactionQuery,
} from './transaction-sources.ts'

export type { TransactionQuery } from './transaction-sources.ts'

export interface PaymentRow {
  type: 'payment'
  payment: PaymentRecord
  state: PaymentDisplayState
}

export interface RefundRow {
  type: 'refund'
  refund: RefundRecord
  /** the payment refunded */
  payment: PaymentRecord
  state: RefundDisplayState
}

export type TransactionRow = PaymentRow | RefundRow

/** Above this many matches the count is not exact ("Over 5,000 transactions"). */
export const COUNT_LIMIT = 5000

export interface TransactionPage {
  /** How many transactions match; COUNT_LIMIT + 1 stands for "more than COUNT_LIMIT". */
  total: number
  /** Whether there are more matches after this page. */
  hasNextPage: boolean
  rows: TransactionRow[]
}

export interface PageRequest {
  /** 1 for the first page */
  page: number
  pageSize: number
}

type AnyRecord = PaymentRecord | RefundRecord

/** A source's newest `max` records (all of them for Infinity). */
function readRecords(source: RowSource, max: number): Promise<AnyRecord[]> {
  if (source.kind === 'scanned') return source.read(max)
  const collection = source.collection().reverse()
  return max === Infinity ? collection.toArray() : collection.limit(max).toArray()
}

/** A source's newest `max` rows as row keys (records are dropped, to keep memory small). */
async function readKeys(source: RowSource, max: number): Promise<RowKey[]> {
  return (await readRecords(source, max)).map((record) => keyOf(source.type, record))
}

/** Where `key` would go in the sorted `keys`: how many of them come before it. */
function rankIn(keys: readonly RowKey[], key: RowKey): number {
  let low = 0
  let high = keys.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (rowBefore(keys[middle]!, key)) low = middle + 1
    else high = middle
  }
  return low
}

interface KeyPage {
  total: number
  keys: RowKey[]
  /** records already read while paging, by id */
  loaded: Map<string, AnyRecord>
}

/** How many entries the collection has, reading no more than `limit` of their keys. */
async function countUpTo(source: IndexedSource, limit: number): Promise<number> {
  return (await source.collection().limit(limit).primaryKeys()).length
}

/** Keys at positions [offset, offset + limit) of all the sources merged; total capped at countLimit + 1. */
async function pageKeys(sources: RowSource[], offset: number, limit: number, countLimit: number): Promise<KeyPage> {
  const indexed = sources.filter((source): source is IndexedSource => source.kind === 'indexed')
  const counts = await Promise.all(indexed.map((source) => countUpTo(source, countLimit + 1)))
  let big: IndexedSource | undefined
  let bigCount = 0
  for (const [index, source] of indexed.entries()) {
    const count = counts[index] ?? 0
    if (big === undefined || count > bigCount) [big, bigCount] = [source, count]
  }
  // A row's place in the merged list is at least its place in its own source, so no source needs
  // reading past the end of the page, or past the count limit for the total.
  const enough = Math.max(offset + limit, countLimit + 1)
  const others = await Promise.all(sources.filter((source) => source !== big).map((source) => readKeys(source, enough)))
  const listed = others.flat().sort(compareRows)
  const loaded = new Map<string, AnyRecord>()
  const total = Math.min(listed.length + bigCount, countLimit + 1)
  if (big === undefined) return { total, keys: listed.slice(offset, offset + limit), loaded }

  // Rows of `big` before index `first` all sit above the page, however many listed rows precede them
  // (when a source was cut short at `enough`, `first` is 0).
  const first = Math.max(0, offset - listed.length)
  const bigType = big.type
  const window: AnyRecord[] = await big.collection().reverse().offset(first).limit(offset + limit - first).toArray()
  // With `big` used up before `first`, the page starts past the last row of all.
  if (window.length === 0 && first > 0) return { total, keys: [], loaded }
  for (const record of window) loaded.set(record.id, record)
  const windowKeys = window.map((record) => keyOf(bigType, record))
  let i = 0
  let j = first === 0 ? 0 : rankIn(listed, windowKeys[0]!)
  let position = first === 0 ? 0 : first + j
  const keys: RowKey[] = []
  while (keys.length < limit) {
    const fromBig = windowKeys[i]
    const fromListed = listed[j]
    if (fromBig === undefined && fromListed === undefined) break
    const takeBig = fromBig !== undefined && (fromListed === undefined || rowBefore(fromBig, fromListed))
    const key = takeBig ? fromBig : fromListed!
    if (takeBig) i++
    else j++
    if (position >= offset) keys.push(key)
    position++
  }
  return { total, keys, loaded }
}

/** Turns row keys into rows, reading the records not yet read and each refund's payment. */
async function rowsFor(keys: readonly RowKey[], loaded: Map<string, AnyRecord>): Promise<TransactionRow[]> {
  const db = database()
  const missingRefunds = keys.filter((key) => key.type === 'refund' && !loaded.has(key.id)).map((key) => key.id)
  for (const refund of await db.refunds.bulkGet(missingRefunds)) if (refund) loaded.set(refund.id, refund)
  const paymentIds = new Set<string>()
  for (const key of keys) {
    const record = loaded.get(key.id)
    if (key.type === 'payment' && !record) paymentIds.add(key.id)
    if (key.type === 'refund' && record) paymentIds.add((record as RefundRecord).paymentId)
  }
  const payments = new Map<string, PaymentRecord>()
  for (const record of loaded.values()) if ('referenceKey' in record) payments.set(record.id, record)
  const toRead = [...paymentIds].filter((id) => !payments.has(id))
  for (const payment of await db.payments.bulkGet(toRead)) if (payment) payments.set(payment.id, payment)

  const rows: TransactionRow[] = []
  for (const key of keys) {
    if (key.type === 'payment') {
      const payment = payments.get(key.id)
      if (payment) rows.push({ type: 'payment', payment, state: paymentDisplayState(payment.status) })
    } else {
      const refund = loaded.get(key.id) as RefundRecord | undefined
      const payment = refund && payments.get(refund.paymentId)
      if (refund && payment) rows.push({ type: 'refund', refund, payment, state: refundDisplayState(refund.status) })
    }
  }
  return rows
}

/**
 * One page of the service's transactions matching `query`, and how many match in all (up to
 * COUNT_LIMIT; COUNT_LIMIT + 1 means more; tests may set a smaller limit).
 */
export async function searchTransactions(
  serviceId: string,
  query: TransactionQuery,
  paging: PageRequest,
  { countLimit = COUNT_LIMIT }: { countLimit?: number } = {},
): Promise<TransactionPage> {
  await sweepExpired()
  const offset = (Math.max(1, Math.floor(paging.page)) - 1) * paging.pageSize
  // One row more than the page shows whether another page follows.
  const sources = transactionSources(serviceId, query)
  const { total, keys, loaded } = await pageKeys(sources, offset, paging.pageSize + 1, countLimit)
  return { total, hasNextPage: keys.length > paging.pageSize, rows: await rowsFor(keys.slice(0, paging.pageSize), loaded) }
}

/** Every transaction matching `query`, newest first (for the CSV download). */
export async function listTransactions(serviceId: string, query: TransactionQuery): Promise<TransactionRow[]> {
  await sweepExpired()
  const loaded = new Map<string, AnyRecord>()
  const keys: RowKey[] = []
  for (const source of transactionSources(serviceId, query)) {
    const records = await readRecords(source, Infinity)
    for (const record of records) {
      loaded.set(record.id, record)
      keys.push(keyOf(source.type, record))
    }
  }
  return rowsFor(keys.sort(compareRows), loaded)
}
