// The "Confirm your payment" page for an authorised payment: the payment summary, the card and
// address as kept, "Confirm payment" (disabled once pressed, so a double click captures once) and
// "Cancel payment". Confirming captures the payment (or leaves it capturable with delayed
// capture) and goes back to the service through `#/return/:paymentId`.
import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { queryKeys } from '../../../lib/query-keys.ts'
import { confirmPayment, type HostedPayment, WrongStateError } from '../../../simulator/services/hosted-session.ts'
import { Button } from '../../../ui/button.tsx'
import { Table } from '../../../ui/table.tsx'
import { CancelPaymentForm } from '../cancel-payment-form.tsx'
import { HostedErrorPage } from '../outcome-pages.tsx'
import { PaymentSummary } from '../payment-summary.tsx'
import { TestPaymentBanner } from '../test-payment-banner.tsx'
import { confirmRows } from './confirm-details.ts'

export function ConfirmForm({ hosted }: { hosted: HostedPayment }) {
  const { payment, service } = hosted
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const sending = useRef(false)
  const [confirming, setConfirming] = useState(false)
  const [failed, setFailed] = useState(false)

  const confirm = async (event: FormEvent) => {
    event.preventDefault()
    if (sending.current) return
    sending.current = true
    setConfirming(true)
    try {
      await confirmPayment(payment.id)
      navigate(appPaths.returnToService(payment.id))
    } catch (error) {
      // A payment that moved on meanwhile (cancelled by the service, expired) shows its own page.
      if (!(error instanceof WrongStateError)) setFailed(true)
      sending.current = false
      setConfirming(false)
      await queryClient.invalidateQueries({ queryKey: queryKeys.hostedPayment(payment.id) })
    }
  }

  if (failed) return <HostedErrorPage />
  const rows = confirmRows(payment, service.settings).map((row) => [row.label, { content: row.value, id: row.id }])
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{pageTitle('Confirm your payment')}</title>
        <TestPaymentBanner />
        <h1 className="govuk-heading-xl">Confirm your payment</h1>
        <PaymentSummary payment={payment} />
        <Table rows={rows} firstCellIsHeader className="app-confirm-table" />
        <form id="confirmation" noValidate onSubmit={(event) => void confirm(event)}>
          <Button type="submit" id="confirm" disabled={confirming}>
            Confirm payment
          </Button>
        </form>
        <CancelPaymentForm paymentId={payment.id} disabled={confirming} />
      </div>
    </div>
  )
}
