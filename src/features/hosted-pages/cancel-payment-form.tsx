// "Cancel payment", in a form of its own below the page's main form: the payment fails (P0030) and
// the page for a cancelled payment takes the place of the form.
import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState, type FormEvent } from 'react'
import { queryKeys } from '../../lib/query-keys.ts'
import { cancelByUser, type HostedPayment, WrongStateError } from '../../simulator/services/hosted-session.ts'
import { Button } from '../../ui/button.tsx'
import { useEnglishPart, useMessages } from './i18n/language.tsx'

export function CancelPaymentForm({ paymentId, disabled }: { paymentId: string; disabled?: boolean }) {
  const messages = useMessages()
  const english = useEnglishPart()
  const queryClient = useQueryClient()
  const busy = useRef(false)
  const [cancelling, setCancelling] = useState(false)
  const [failed, setFailed] = useState(false)
  const cancel = async (event: FormEvent) => {
    event.preventDefault()
    if (busy.current) return
    busy.current = true
    setCancelling(true)
    try {
      const cancelled = await cancelByUser(paymentId)
      queryClient.setQueryData<HostedPayment>(queryKeys.hostedPayment(paymentId), (hosted) => hosted && { ...hosted, payment: cancelled })
    } catch (error) {
      // A payment that moved on meanwhile shows its own page once the query is refreshed below.
      if (!(error instanceof WrongStateError)) setFailed(true)
    } finally {
      busy.current = false
      setCancelling(false)
      await queryClient.invalidateQueries({ queryKey: queryKeys.hostedPayment(paymentId) })
    }
  }
  return (
    <form id="cancel" name="cancel" className="form" noValidate onSubmit={(event) => void cancel(event)}>
      {failed ? (
        // The playground's own message (the real pages have none for this), in English.
        <p className="govuk-error-message" role="alert" {...english}>
          <span className="govuk-visually-hidden">Error:</span> The payment could not be cancelled. Try again.
        </p>
      ) : null}
      <Button type="submit" variant="secondary" id="cancel-payment" name="cancel" disabled={disabled || cancelling}>
        {messages.commonButtons.cancelButton}
      </Button>
    </form>
  )
}
