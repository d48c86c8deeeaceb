// The "Confirm your payment" page for an authorised payment, in the real pages' structure
// (`main.confirm-page` › `.confirm-page__content`, the details table with `#card-number`…,
// `form#confirmation` with `#confirm`, `form#cancel`): the payment summary, the card and address as
// kept, "Confirm payment" (disabled once pressed, so a double click captures once) and "Cancel
// payment". Confirming captures the payment (or leaves it capturable with delayed capture) and goes
// back to the service through `#/return/:paymentId`, this page held on screen until then. A
// corporate card's fee, added when the card was authorised, shows in the summary with the new total.
import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { queryKeys } from '../../../lib/query-keys.ts'
import { hostedPageFacts } from '../../../simulator/services/card-page-facts.ts'
import { confirmPayment, type HostedPayment, WrongStateError } from '../../../simulator/services/hosted-session.ts'
import { Button } from '../../../ui/button.tsx'
import { Table } from '../../../ui/table.tsx'
import { CancelPaymentForm } from '../cancel-payment-form.tsx'
import { useGateHold } from '../gate-hold.ts'
import { useMessages } from '../i18n/language.tsx'
import { HostedErrorPage } from '../outcome-pages.tsx'
import { FormPageMain } from '../page-main.tsx'
import { PaymentSummary } from '../payment-summary.tsx'
import { TestPaymentBanner } from '../test-payment-banner.tsx'
import { confirmRows } from './confirm-details.ts'

export function ConfirmForm({ hosted }: { hosted: HostedPayment }) {
  const messages = useMessages()
  const { payment, service } = hosted
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const gate = useGateHold()
  const sending = useRef(false)
  const [confirming, setConfirming] = useState(false)
  const [failed, setFailed] = useState(false)

  const confirm = async (event: FormEvent) => {
    event.preventDefault()
    if (sending.current) return
    sending.current = true
    setConfirming(true)
    gate.hold(hosted)
    try {
      await confirmPayment(payment.id)
      // Held until the return page replaces this one.
      await navigate(appPaths.returnToService(payment.id))
    } catch (error) {
      // A payment that moved on meanwhile (cancelled by the service, expired) shows its own page.
      if (!(error instanceof WrongStateError)) setFailed(true)
      sending.current = false
      setConfirming(false)
      gate.release()
      await queryClient.invalidateQueries({ queryKey: queryKeys.hostedPayment(payment.id) })
    }
  }

  if (failed) return <HostedErrorPage />
  const rows = confirmRows(payment, service.settings, messages).map((row) => [
    row.label,
    { content: row.value, id: row.id, className: 'govuk-!-width-two-thirds' },
  ])
  return (
    <FormPageMain className="confirm-page">
      <title>{pageTitle(messages.confirmDetails.title)}</title>
      <TestPaymentBanner />
      <div className="confirm-page__content">
        <h1 className="govuk-heading-xl govuk-!-margin-bottom-6">{messages.confirmDetails.title}</h1>
        <PaymentSummary payment={payment} fee={hostedPageFacts(hosted).corporateSurcharge} className="govuk-!-margin-bottom-2" />
        <Table rows={rows} firstCellIsHeader className="app-confirm-table" />
        <form id="confirmation" className="form" noValidate onSubmit={(event) => void confirm(event)}>
          <Button type="submit" id="confirm" disabled={confirming}>
            {messages.commonButtons.confirmButton}
          </Button>
        </form>
        <CancelPaymentForm paymentId={payment.id} disabled={confirming} />
      </div>
    </FormPageMain>
  )
}
