// "Cancel payment" for a payment the user has not finished: the same cancellation as the API's
// POST /v1/payments/{id}/cancel (the payment ends `cancelled`, P0040), after a confirmation step.
import { useMutation } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { API_CANCELLABLE } from '../../../simulator/model/state-machine.ts'
import type { PaymentRecord } from '../../../simulator/model/types.ts'
import { cancelPayment } from '../../../simulator/services/payments.ts'
import { Button } from '../../../ui/button.tsx'
import { focusByScript } from '../../../ui/focus-by-script.ts'
import { WarningText } from '../../../ui/warning-text.tsx'
import type { Outcome } from './outcome.tsx'

export const CANCEL_MESSAGES = {
  'not-cancellable': 'The payment can no longer be cancelled: it has finished since this page was shown.',
  'not-found': 'The payment could not be found, so it was not cancelled.',
} as const

export function CancelPanel({ serviceId, payment, onOutcome }: { serviceId: string; payment: PaymentRecord; onOutcome: (outcome: Outcome) => void }) {
  const [confirming, setConfirming] = useState(false)
  const confirmHeading = useRef<HTMLParagraphElement>(null)
  const cancel = useMutation({
    mutationFn: () => cancelPayment(serviceId, payment.id),
    onSuccess: (result) => {
      setConfirming(false)
      onOutcome(result === 'cancelled' ? { kind: 'cancelled' } : { kind: 'cancel-failed', message: CANCEL_MESSAGES[result] })
    },
    onError: (error) => onOutcome({ kind: 'cancel-failed', message: String(error) }),
  })
  useEffect(() => {
    if (confirming && confirmHeading.current) focusByScript(confirmHeading.current)
  }, [confirming])
  if (!API_CANCELLABLE.includes(payment.status)) return null
  return (
    <section aria-labelledby="cancel-heading">
      <h2 className="govuk-heading-m" id="cancel-heading">
        Cancel payment
      </h2>
      {!confirming ? (
        <>
          <p className="govuk-body">
            The user has not finished this payment. You can cancel it, as your service can through the API with{' '}
            <code className="app-code">POST /v1/payments/{'{paymentId}'}/cancel</code>.
          </p>
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            Cancel payment
          </Button>
        </>
      ) : (
        <>
          <p className="govuk-body govuk-!-font-weight-bold" tabIndex={-1} ref={confirmHeading}>
            Are you sure you want to cancel this payment?
          </p>
          <WarningText>The user will not be able to finish paying. This cannot be undone.</WarningText>
          <div className="govuk-button-group">
            <Button variant="warning" disabled={cancel.isPending} onClick={() => cancel.mutate()}>
              Yes, cancel this payment
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              No, keep the payment
            </Button>
          </div>
        </>
      )}
    </section>
  )
}
