// The "Payment summary" box the card details and confirm pages share, in the real pages' structure
// (`.payment-summary-wrap > .payment-summary`, `#payment-description`, `#amount` with `data-amount`):
// what the payment is for and how much it is.
import { formatPence } from '../../lib/money.ts'
import type { PaymentRecord } from '../../simulator/model/types.ts'
import { useMessages } from './i18n/language.tsx'

export function PaymentSummary({ payment, className }: { payment: Pick<PaymentRecord, 'description' | 'amount'>; className?: string }) {
  const { paymentSummary } = useMessages()
  return (
    <div className={className ? `payment-summary-wrap ${className}` : 'payment-summary-wrap'}>
      <section className="payment-summary" aria-labelledby="payment-summary-heading">
        <h2 className="govuk-heading-m" id="payment-summary-heading">
          {paymentSummary.title}
        </h2>
        <p className="govuk-body" id="payment-description">
          {payment.description}
        </p>
        <p className="govuk-body govuk-!-margin-bottom-0">
          {paymentSummary.totalAmount}{' '}
          <span className="amount govuk-!-font-size-36 govuk-!-font-weight-bold" id="amount" data-amount={(payment.amount / 100).toFixed(2)}>
            {formatPence(payment.amount)}
          </span>
        </p>
      </section>
    </div>
  )
}
