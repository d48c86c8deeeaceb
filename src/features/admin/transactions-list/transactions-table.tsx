// The table of transactions, one row per payment or refund, as the real list shows them. The
// reference links to the payment's detail page (a refund's links to the payment it refunds).
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { formatDateTime } from '../../../lib/dates.ts'
import { formatPence } from '../../../lib/money.ts'
import type { TransactionRow } from '../../../simulator/services/transactions.ts'

const EMAIL_LENGTH = 20

/** The email as the list shows it: cut to 20 characters, with an ellipsis. */
export function shortEmail(email: string | undefined): string {
  if (!email) return ''
  return email.length > EMAIL_LENGTH ? `${email.slice(0, EMAIL_LENGTH)}…` : email
}

/** "£12.34" for a payment; a refund takes money back, so it gets an en dash: "–£5.00". */
export function rowAmount(row: TransactionRow): string {
  return row.type === 'refund' ? `–${formatPence(row.refund.amount)}` : formatPence(row.payment.amount)
}

const rowKey = (row: TransactionRow) => (row.type === 'refund' ? `refund-${row.refund.id}` : `payment-${row.payment.id}`)
const rowCreated = (row: TransactionRow) => (row.type === 'refund' ? row.refund.createdAt : row.payment.createdAt)

export function TransactionsTable({ rows }: { rows: readonly TransactionRow[] }) {
  return (
    <table className="govuk-table app-transactions-table" id="transactions-list">
      <caption className="govuk-table__caption govuk-visually-hidden">Transactions</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Reference number
          </th>
          <th scope="col" className="govuk-table__header">
            Email
          </th>
          <th scope="col" className="govuk-table__header">
            Amount
          </th>
          <th scope="col" className="govuk-table__header">
            Card brand
          </th>
          <th scope="col" className="govuk-table__header">
            State
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Date created
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={rowKey(row)}>
            <th scope="row" className="govuk-table__header app-transactions-table__reference">
              <Link className="govuk-link" to={appPaths.transaction(row.payment.id)}>
                {row.payment.reference}
              </Link>
            </th>
            <td className="govuk-table__cell">{shortEmail(row.payment.email)}</td>
            <td className="govuk-table__cell app-transactions-table__amount">{rowAmount(row)}</td>
            <td className="govuk-table__cell">{row.payment.cardDetails?.brandLabel ?? ''}</td>
            <td className="govuk-table__cell">{row.state}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric app-transactions-table__date">{formatDateTime(rowCreated(row))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
