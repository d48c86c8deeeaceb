// A table of labelled values, one row each (the label is the row's header), as the admin site
// lays out a transaction.
import type { ReactNode } from 'react'

export interface DetailRow {
  label: string
  value: ReactNode
  /** An id for the value cell, so tests and links can find it. */
  id?: string
}

export function DetailTable({ rows }: { rows: readonly DetailRow[] }) {
  return (
    <table className="govuk-table app-detail-table">
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.label}>
            <th className="govuk-table__header govuk-!-width-one-third" scope="row">
              {row.label}
            </th>
            <td className="govuk-table__cell" id={row.id}>
              {row.value}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** What a cell says when there is no value. */
export function NotProvided() {
  return <span className="app-secondary-text">Not provided</span>
}

export const valueOrNone = (value: string | null | undefined): ReactNode =>
  value === null || value === undefined || value === '' ? <NotProvided /> : value
