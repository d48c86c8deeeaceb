// `#/card_details/:paymentId`: the card details form while the payment takes card details, and the
// page for its status otherwise.
import { useParams } from 'react-router'
import { PaymentGate } from '../payment-gate.tsx'
import { CardDetailsForm } from './card-details-form.tsx'

export function CardDetailsPage() {
  const { paymentId = '' } = useParams()
  return (
    <PaymentGate paymentId={paymentId} address="card-details">
      {(hosted) => <CardDetailsForm hosted={hosted} />}
    </PaymentGate>
  )
}
