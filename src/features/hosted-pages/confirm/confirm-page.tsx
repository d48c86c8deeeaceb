// `#/card_details/:paymentId/confirm`: the confirm page while the payment is authorised, and the
// page for its status otherwise (so the Back button after confirming shows the payment's outcome).
import { useParams } from 'react-router'
import { PaymentGate } from '../payment-gate.tsx'
import { ConfirmForm } from './confirm-form.tsx'

export function ConfirmPage() {
  const { paymentId = '' } = useParams()
  return (
    <PaymentGate paymentId={paymentId} address="confirm">
      {(hosted) => <ConfirmForm hosted={hosted} />}
    </PaymentGate>
  )
}
