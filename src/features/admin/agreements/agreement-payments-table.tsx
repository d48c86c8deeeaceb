// "Transactions" on an agreement's page: its set-up payment and the payments taken with it, newest
// first, each linking to the payment's page. The admin site's transactions list cannot filter by
// agreement yet, so the rest of a long history is found through the API explorer.
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { formatDateTime } from '../../../lib/dates.ts'
import { formatPence } from '../../../lib/money.ts'
import type { PaymentRecord } from '../../../simulator/model/types.ts'
import { paymentDisplayState } from '../../../simulator/rules/transaction-display-states.ts'
import { Table } from '../../../ui/table.tsx'

interface AgreementPaymentsProps {
  agreementId: string
  payments: readonly PaymentRecord[]
  paymentCount: number
}

export function AgreementPayments({ agreementId, payments, paymentCount }: AgreementPaymentsProps) {
  return (
    <>
      <h2 className="govuk-heading-m govuk-!-margin-top-9" id="transactions-heading">
        Transactions
      </h2>
      {payments.length === 0 ? (
        <p className="govuk-body" id="no-transactions">
          No transactions found for this agreement.
        </p>
      ) : (
        <Table
          id="transactions-list"
          className="app-agreement-payments"
          aria-labelledby="transactions-heading"
          head={['Reference', 'State', 'Amount', { content: 'Date created', numeric: true }]}
          rowKeys={payments.map((payment) => payment.id)}
          rows={payments.map((payment) => [
            {
              className: 'app-agreement-payments__reference',
              content: (
                <Link className="govuk-link" to={appPaths.transaction(payment.id)}>
                  {payment.reference}
                </Link>
              ),
            },
            paymentDisplayState(payment.status),
            formatPence(payment.amount),
            { content: formatDateTime(payment.createdAt), numeric: true },
          ])}
        />
      )}
      {paymentCount > payments.length ? (
        <p className="govuk-body" id="more-transactions">
          These are the {payments.length} newest of the agreement’s {paymentCount.toLocaleString('en-GB')} payments.
        </p>
      ) : null}
      {payments.length > 0 ? (
        <p className="govuk-body">
          <Link className="govuk-link govuk-link--no-visited-state" to={appPaths.explorerWith('search-payments', { query: { agreement_id: agreementId } })}>
            Search this agreement’s payments in the API explorer
          </Link>
        </p>
      ) : null}
    </>
  )
}
