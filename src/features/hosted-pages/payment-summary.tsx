// The "Payment summary" box the card details and confirm pages share, in the real pages' structure
// (`.payment-summary-wrap > .payment-summary`, `#payment-description`, `#amount` with `data-amount`):
// what the payment is for and how much it is. With a corporate card fee, the breakdown comes first
// (`#payment-summary-breakdown`: "Amount", then "Corporate card fee:") and the total includes the fee.
import { formatPence } from '../../lib/money.ts'
import type { PaymentRecord } from '../../simulator/model/types.ts'
import { useMessages } from './i18n/language.tsx'

export interface PaymentSummaryProps {
  payment: Pick<PaymentRecord, 'description' | 'amount'>
  /** The corporate card fee in pence, when one is added. */
  fee?: number | undefined
  className?: string
}

export function PaymentSummary({ payment, fee, className }: PaymentSummaryProps) {
  const { paymentSummary } = useMessages()
  const withFee = fee !== undefined && fee > 0
  return (
    <div className={className ? `payment-summary-wrap ${className}` : 'payment-summary-wrap'}>
      <section className="payment-summary" aria-labelledby="payment-summary-heading">
        <h2 className="govuk-heading-m" id="payment-summary-heading">
          {paymentSummary.title}
        </h2>
        <p className="govuk-body" id="payment-description">
          {payment.description}
        </p>
        {withFee ? (
          <p className="govuk-body" id="payment-summary-breakdown">
            {paymentSummary.amount}{' '}
            <span className="govuk-!-font-weight-bold" id="payment-summary-breakdown-amount">
              {formatPence(payment.amount)}
            </span>
            <br />
            {paymentSummary.corporateCardFee}{' '}
            <span className="govuk-!-font-weight-bold" id="payment-summary-corporate-card-fee">
              {formatPence(fee)}
            </span>
          </p>
        ) : null}
        <p className="govuk-body govuk-!-margin-bottom-0">
          {paymentSummary.totalAmount}{' '}
          <span className="amount govuk-!-font-size-36 govuk-!-font-weight-bold" id="amount" data-amount={(payment.amount / 100).toFixed(2)}>
            {formatPence(payment.amount + (withFee ? fee : 0))}
          </span>
        </p>
      </section>
    </div>
  )
}
