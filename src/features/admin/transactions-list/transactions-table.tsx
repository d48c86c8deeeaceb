// The table of transactions, one row per payment or refund, as the real list shows them. The
// reference links to the payment's detail page (a refund's links to the payment it refunds).
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { formatDateTime } from '../../../lib/dates.ts'
import { formatPence } from '../../../lib/money.ts'
import type { TransactionRow } from '../../../simulator/services/transactions.ts'
import { ScrollRegion } from '../../../ui/scroll-region.tsx'
import { Table } from '../../../ui/table.tsx'

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

const HEAD = ['Reference number', 'Email', 'Amount', 'Card brand', 'State', { content: 'Date created', numeric: true }]

export function TransactionsTable({ rows }: { rows: readonly TransactionRow[] }) {
  return (
    <ScrollRegion label="Transactions">
      <Table
        id="transactions-list"
        className="app-transactions-table"
        caption="Transactions"
        captionHidden
        head={HEAD}
        firstCellIsHeader
        rowKeys={rows.map(rowKey)}
        rows={rows.map((row) => [
          {
            className: 'app-transactions-table__reference',
            content: (
              <Link className="govuk-link" to={appPaths.transaction(row.payment.id)}>
                {row.payment.reference}
              </Link>
            ),
          },
          shortEmail(row.payment.email),
          { content: rowAmount(row), className: 'app-transactions-table__amount' },
          row.payment.cardDetails?.brandLabel ?? '',
          row.state,
          { content: formatDateTime(rowCreated(row)), numeric: true, className: 'app-transactions-table__date' },
        ])}
      />
    </ScrollRegion>
  )
}
