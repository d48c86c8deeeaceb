// Schema version 1 kept status histories in an `events` table, one row per status change.
// Version 2 keeps them inside the records: a payment's in `payment.history`, a refund's in
// `refund.history` (docs/decisions/004-storage-schema.md). This is the one transformation from the
// first shape to the second, used by the Dexie upgrade (database.ts) and by the import of a
// version-1 export file (services/export-validation.ts). Pure: no database.
import type { PaymentHistoryEntry, PaymentRecord, RefundHistoryEntry, RefundRecord } from '../model/types.ts'

/** A payment as schema version 1 stored it: no history of its own. */
export type V1PaymentRecord = Omit<PaymentRecord, 'history'>
/** A refund as schema version 1 stored it: no history of its own. */
export type V1RefundRecord = Omit<RefundRecord, 'history'>

/** A row of schema version 1's `events` table. */
export type V1EventRecord =
  | { seq?: number; paymentId: string; kind: 'payment'; status: PaymentHistoryEntry['status']; at: number }
  | { seq?: number; paymentId: string; kind: 'refund'; refundId: string; status: RefundHistoryEntry['status']; amount: number; at: number }

export interface V1Histories<P extends V1PaymentRecord, R extends V1RefundRecord> {
  payments: Array<P & { history: PaymentHistoryEntry[] }>
  refunds: Array<R & { history: RefundHistoryEntry[] }>
}

/**
 * Moves version-1 events into their records. Each payment's history is its payment events in
 * `seq` order (the order they were written); each refund's history is its refund events in `seq`
 * order. A refund with no events at all (version 1 always wrote two, so only a hand-edited file
 * has one) gets the one step its record proves: its status, at its creation time. A payment with
 * no events keeps an empty history, as it showed none before. Events whose payment or refund is
 * not given are dropped: there is nothing left to show them on. Records keep every other field.
 */
export function historiesFromV1Events<P extends V1PaymentRecord, R extends V1RefundRecord>(
  payments: readonly P[],
  refunds: readonly R[],
  events: readonly V1EventRecord[],
): V1Histories<P, R> {
  const paymentHistories = new Map<string, PaymentHistoryEntry[]>()
  const refundHistories = new Map<string, RefundHistoryEntry[]>()
  for (const payment of payments) paymentHistories.set(payment.id, [])
  for (const refund of refunds) refundHistories.set(refund.id, [])
  // Stored events come in `seq` order already; a file's may not. A stable sort keeps equal ones as given.
  const ordered = events.every((event, i) => i === 0 || (events[i - 1]!.seq ?? 0) <= (event.seq ?? 0))
    ? events
    : [...events].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))
  for (const event of ordered) {
    if (event.kind === 'payment') paymentHistories.get(event.paymentId)?.push({ status: event.status, at: event.at })
    else refundHistories.get(event.refundId)?.push({ status: event.status, at: event.at })
  }
  return {
    payments: payments.map((payment) => ({ ...payment, history: paymentHistories.get(payment.id)! })),
    refunds: refunds.map((refund) => {
      const history = refundHistories.get(refund.id)!
      return { ...refund, history: history.length > 0 ? history : [{ status: refund.status, at: refund.createdAt }] }
    }),
  }
}
