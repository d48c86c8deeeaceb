// The upgrade from schema version 1 to 2, run by Dexie inside the version-change transaction when
// a browser that holds version-1 data first opens this code: every row of `events` moves into its
// payment's or refund's `history` (migrate-v1-events.ts), then Dexie drops the table.
import type { Transaction } from 'dexie'
import type { RefundRecord } from '../model/types.ts'
import { historiesFromV1Events, type V1EventRecord, type V1PaymentRecord, type V1RefundRecord } from './migrate-v1-events.ts'

/** Payments rewritten per step: bounded memory however much is stored (100,000 seeded payments). */
const PAYMENTS_PER_STEP = 2_000

export async function moveEventsIntoRecords(tx: Transaction, paymentsPerStep = PAYMENTS_PER_STEP): Promise<void> {
  const payments = tx.table<V1PaymentRecord, string>('payments')
  const refunds = tx.table<V1RefundRecord | RefundRecord, string>('refunds')
  const events = tx.table<V1EventRecord, number>('events')
  let after: string | undefined
  for (;;) {
    const from = after === undefined ? payments.orderBy('id') : payments.where('id').above(after)
    const chunk = await from.limit(paymentsPerStep).toArray()
    if (chunk.length === 0) break
    const first = chunk[0]!.id
    const last = chunk.at(-1)!.id
    // The `paymentId` index gives each payment's events in `seq` order; the refunds index gives
    // the chunk's refunds.
    const [chunkEvents, chunkRefunds] = await Promise.all([
      events.where('paymentId').between(first, last, true, true).toArray(),
      refunds.where('[paymentId+createdAt]').between([first, -Infinity], [last, Infinity], true, true).toArray(),
    ])
    const moved = historiesFromV1Events(chunk, chunkRefunds, chunkEvents)
    await Promise.all([payments.bulkPut(moved.payments), refunds.bulkPut(moved.refunds)])
    after = last
  }
  // A refund whose payment is not stored (never written by version 1's code) still gets a history.
  const orphans = await refunds.filter((refund) => !('history' in refund)).toArray()
  if (orphans.length > 0) {
    const ids = new Set(orphans.map((refund) => refund.id))
    const theirEvents = await events.filter((event) => event.kind === 'refund' && ids.has(event.refundId)).toArray()
    await refunds.bulkPut(historiesFromV1Events([], orphans, theirEvents).refunds)
  }
}
