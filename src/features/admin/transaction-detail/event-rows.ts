// The "Transaction events" table's rows: the first time the payment reached each state, and each
// step of each refund, newest first, with the code and message of a failure.
import { externalState } from '../../../simulator/model/payment-status.ts'
import type { PaymentEvent, PaymentRecord } from '../../../simulator/model/types.ts'
import { formatDateTime } from '../../../lib/dates.ts'
import { formatPence } from '../../../lib/money.ts'
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

/** Rows for `events` (oldest first, as getPaymentEvents gives them): one per state reached, newest first. */
export function eventRows(payment: PaymentRecord, events: readonly PaymentEvent[]): EventRow[] {
  const seen = new Set<string>()
  const rows: EventRow[] = []
  for (const event of events) {
    const row = toRow(payment, event)
    if (seen.has(row.key)) continue
    seen.add(row.key)
    rows.push(row)
  }
  return rows.reverse()
}
