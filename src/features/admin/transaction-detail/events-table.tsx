// "Transaction events": the payment's history and its dispute's, newest first.
import type { DisputeRecord } from '../../../simulator/model/dispute-types.ts'
import type { PaymentEvent, PaymentRecord } from '../../../simulator/model/types.ts'
import { Table } from '../../../ui/table.tsx'
import { eventRows, type EventRow } from './event-rows.ts'

const HEAD = [{ content: 'Event', className: 'app-events-table__event' }, 'Amount', { content: 'Date', numeric: true }]

function EventName({ row }: { row: EventRow }) {
  return (
    <>
      <span className="app-event-name">{row.name}</span>
      {row.failure ? (
        <>
          <br />
          {row.failure}
        </>
      ) : null}
    </>
  )
}

interface EventsTableProps {
  payment: PaymentRecord
  events: readonly PaymentEvent[]
  dispute?: DisputeRecord | undefined
}

export function EventsTable({ payment, events, dispute }: EventsTableProps) {
  const rows = eventRows(payment, events, dispute)
  if (rows.length === 0) return null
  return (
    <>
      <h2 className="govuk-heading-m govuk-!-margin-top-8" id="transaction-events">
        Transaction events
      </h2>
      <Table
        className="app-events-table"
        aria-labelledby="transaction-events"
        head={HEAD}
        rowKeys={rows.map((row) => row.key)}
        rows={rows.map((row) => [<EventName row={row} />, row.amount, { content: row.date, numeric: true }])}
      />
    </>
  )
}
