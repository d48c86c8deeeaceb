// The "Transaction events" table's rows: the first time the payment reached each state, each step
// of each refund and of the dispute, newest first, with the code and message of a failure. A
// dispute's amount is shown as taken back (with a minus) except once it is won, as the admin site does.
import type { DisputeRecord } from '../../../simulator/model/dispute-types.ts'
import { externalState } from '../../../simulator/model/payment-status.ts'
import type { PaymentEvent, PaymentRecord } from '../../../simulator/model/types.ts'
import { formatDateTime } from '../../../lib/dates.ts'
import { formatPence } from '../../../lib/money.ts'
import { disputeStatusName } from '../../../simulator/rules/dispute-display-names.ts'
import { refundDisplayState } from '../../../simulator/rules/transaction-display-states.ts'
import { paymentEventName } from './status-names.ts'

export interface EventRow {
  key: string
  name: string
  /** "{code} - {message}" when the event is a failure. */
  failure?: string
  amount: string
  date: string
}

function toRow(payment: PaymentRecord, event: PaymentEvent): EventRow {
  const date = formatDateTime(event.at)
  if (event.kind === 'refund') {
    return {
      key: `refund:${event.refundId}:${event.status}`,
      name: refundDisplayState(event.status),
      amount: `–${formatPence(event.amount)}`,
      date,
    }
  }
  const state = externalState(event.status)
  const name = paymentEventName(event.status)
  return {
    key: `payment:${name}:${state.code ?? ''}`,
    name,
    ...(state.code && state.message ? { failure: `${state.code} - ${state.message}` } : {}),
    amount: formatPence(payment.amount),
    date,
  }
}

function disputeRows(dispute: DisputeRecord): Array<EventRow & { at: number }> {
  return dispute.history.map(({ status, at }) => ({
    key: `dispute:${status}`,
    name: disputeStatusName(status),
    amount: status === 'won' ? formatPence(dispute.amount) : `–${formatPence(dispute.amount)}`,
    date: formatDateTime(at),
    at,
  }))
}

/**
 * Rows for `events` (oldest first, as getPaymentEvents gives them) and the dispute's history: one
 * per state reached, newest first.
 */
export function eventRows(payment: PaymentRecord, events: readonly PaymentEvent[], dispute?: DisputeRecord): EventRow[] {
  const timed = [...events.map((event) => ({ ...toRow(payment, event), at: event.at })), ...(dispute ? disputeRows(dispute) : [])]
  // A stable sort: the payment's own events keep their order, and a dispute follows what came before it.
  timed.sort((a, b) => a.at - b.at)
  const seen = new Set<string>()
  const rows: EventRow[] = []
  for (const { at: _at, ...row } of timed) {
    if (seen.has(row.key)) continue
    seen.add(row.key)
    rows.push(row)
  }
  return rows.reverse()
}
