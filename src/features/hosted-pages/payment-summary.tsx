// The "Payment summary" box the card details and confirm pages share: what the payment is for and
// how much it is.
import { formatPence } from '../../lib/money.ts'
import type { PaymentRecord } from '../../simulator/model/types.ts'

export function PaymentSummary({ payment }: { payment: Pick<PaymentRecord, 'description' | 'amount'> }) {
  return (
    <section className="app-payment-summary" aria-labelledby="payment-summary-heading">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-2" id="payment-summary-heading">
        Payment summary
      </h2>
      <p className="govuk-body" id="payment-description">
        {payment.description}
      </p>
      <p className="govuk-body govuk-!-margin-bottom-0">
        Total amount:
        <span className="app-payment-summary__amount" id="amount" data-amount={payment.amount}>
          {formatPence(payment.amount)}
        </span>
      </p>
    </section>
  )
}
