// "Refund payment": a full (or remaining) or partial refund, shown only while the payment can be
// refunded. The form opens from a button, as on the real admin site. A payment that cannot be
// refunded because it is disputed says so instead.
import { useMutation } from '@tanstack/react-query'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { formatPence } from '../../../lib/money.ts'
import { refundBlockedByDispute, refundSummary } from '../../../simulator/model/refund-availability.ts'
import type { PaymentRecord } from '../../../simulator/model/types.ts'
import { Button } from '../../../ui/button.tsx'
import { Input } from '../../../ui/input.tsx'
import { Radios } from '../../../ui/radios.tsx'
import type { Outcome } from './outcome.tsx'
import { requestRefund, type RefundChoice } from './refund-request.ts'

export const REFUND_AMOUNT_ID = 'refund-amount'

export interface RefundPanelProps {
  serviceId: string
  payment: PaymentRecord
  /** The inline error on the amount field, from the last attempt. */
  amountError?: string
  onOutcome: (outcome: Outcome) => void
}

function DisputedRefund() {
  return (
    <section aria-labelledby="refund-heading">
      <h2 className="govuk-heading-m" id="refund-heading">
        Refund
      </h2>
      <p className="govuk-body">You cannot refund this payment because it is being disputed.</p>
    </section>
  )
}

export function RefundPanel({ serviceId, payment, amountError, onOutcome }: RefundPanelProps) {
  const summary = refundSummary(payment)
  const [open, setOpen] = useState(false)
  const [type, setType] = useState<'full' | 'partial'>('full')
  const [amountText, setAmountText] = useState('')
  const opener = useRef<HTMLButtonElement>(null)
  const focusOpener = useRef(false)
  // Opening moves focus into the form; cancelling brings it back to the button that opened it.
  useEffect(() => {
    if (open) document.getElementById('refund-type')?.focus()
    else if (focusOpener.current) opener.current?.focus()
    focusOpener.current = false
  }, [open])
  const refund = useMutation({
    mutationFn: (choice: RefundChoice) => requestRefund(serviceId, payment.id, summary.amount_available, choice),
    onSuccess: (result) => {
      if (result.ok) {
        setOpen(false)
        setType('full')
        setAmountText('')
        onOutcome({ kind: 'refunded' })
      } else {
        const onAmount = result.field === 'amount' && type === 'partial'
        onOutcome({ kind: 'refund-failed', message: result.message, ...(onAmount ? { fieldId: REFUND_AMOUNT_ID } : {}) })
      }
    },
    onError: (error) => onOutcome({ kind: 'refund-failed', message: String(error) }),
  })
  if (summary.status === 'unavailable' && refundBlockedByDispute(payment)) return <DisputedRefund />
  if (summary.status !== 'available') return null

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (refund.isPending) return
    refund.mutate(type === 'full' ? { kind: 'full' } : { kind: 'partial', amountText })
  }
  const alreadyRefunded = payment.refundedAmount > 0
  const available = formatPence(summary.amount_available)
  return (
    <section aria-labelledby="refund-heading">
      <h2 className="govuk-heading-m" id="refund-heading">
        Refund
      </h2>
      {!open ? (
        <>
          <p className="govuk-body">Make a full or partial refund.</p>
          <Button variant="secondary" ref={opener} onClick={() => setOpen(true)}>
            Refund payment
          </Button>
        </>
      ) : (
        <form onSubmit={submit} noValidate id="refund-form">
          <Radios
            idPrefix="refund-type"
            legend="How much do you want to refund?"
            legendAs="s"
            value={type}
            onChange={(value) => setType(value === 'partial' ? 'partial' : 'full')}
            items={[
              {
                value: 'full',
                label: alreadyRefunded ? 'Remaining amount' : 'Full refund',
                hint: alreadyRefunded
                  ? `Refund the remaining ${available} (${formatPence(payment.refundedAmount)} has already been refunded)`
                  : `Refund the full amount of ${available}`,
              },
              {
                value: 'partial',
                label: 'Partial refund',
                hint: 'Refund a partial amount',
                conditional: (
                  <Input
                    id={REFUND_AMOUNT_ID}
                    label="Refund amount"
                    hint="In pounds and pence, for example 10.50"
                    prefix="£"
                    width={10}
                    inputMode="decimal"
                    spellCheck={false}
                    autoComplete="off"
                    value={amountText}
                    error={amountError}
                    onChange={(event) => setAmountText(event.target.value)}
                  />
                ),
              },
            ]}
          />
          <div className="govuk-button-group">
            <Button type="submit" variant="warning" disabled={refund.isPending}>
              Confirm refund
            </Button>
            <button
              type="button"
              className="govuk-link app-link-button"
              onClick={() => {
                focusOpener.current = true
                setOpen(false)
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  )
}
