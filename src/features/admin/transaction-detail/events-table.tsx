// "Transaction events": the payment's history, newest first.
import type { PaymentEvent, PaymentRecord } from '../../../simulator/model/types.ts'
import { eventRows } from './event-rows.ts'

export function EventsTable({ payment, events }: { payment: PaymentRecord; events: readonly PaymentEvent[] }) {
  const rows = eventRows(payment, events)
  if (rows.length === 0) return null
  return (
    <>
      <h2 className="govuk-heading-m govuk-!-margin-top-8" id="transaction-events">
        Transaction events
      </h2>
      <table className="govuk-table app-events-table" aria-labelledby="transaction-events">
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th className="govuk-table__header govuk-!-width-one-half" scope="col">
              Event
            </th>
            <th className="govuk-table__header" scope="col">
              Amount
            </th>
            <th className="govuk-table__header govuk-table__header--numeric" scope="col">
              Date
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.key}>
              <td className="govuk-table__cell">
                <span className="app-event-name">{row.name}</span>
                {row.failure ? (
                  <>
                    <br />
                    {row.failure}
                  </>
                ) : null}
              </td>
              <td className="govuk-table__cell">{row.amount}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{row.date}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
