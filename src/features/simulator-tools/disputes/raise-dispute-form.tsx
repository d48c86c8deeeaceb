// "Raise a dispute": choose one of the service's recent successful payments (or type a payment ID)
// and the reason the paying user gave their bank. A refusal (not successful, already disputed,
// refunded in full…) is shown on the payment field, linked from the error summary.
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { formatDateTime } from '../../../lib/dates.ts'
import { describeError } from '../../../lib/describe-error.ts'
import { formatPence } from '../../../lib/money.ts'
import { queryKeys } from '../../../lib/query-keys.ts'
import { DISPUTE_REASONS, type DisputeRecord } from '../../../simulator/model/dispute-types.ts'
import { totalAmount } from '../../../simulator/model/refund-availability.ts'
import type { PaymentRecord } from '../../../simulator/model/types.ts'
import { disputablePayments } from '../../../simulator/services/dispute-queries.ts'
import { DisputeRefusedError, raiseDispute } from '../../../simulator/services/disputes.ts'
import { Button } from '../../../ui/button.tsx'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { Input } from '../../../ui/input.tsx'
import { Radios } from '../../../ui/radios.tsx'
import { Select } from '../../../ui/select.tsx'
import { reasonLabel } from './dispute-words.ts'
import {
  OTHER_PAYMENT,
  PAYMENT_CHOICE_ID,
  PAYMENT_ID_FIELD,
  paymentFieldOf,
  REASON_FIELD,
  readRaiseDispute,
  type RaiseDisputeFields,
} from './raise-dispute-fields.ts'

/** How many recent payments the form offers. */
const RECENT = 5
const START: RaiseDisputeFields = { choice: undefined, typedId: '', reason: 'fraudulent' }
const REASON_OPTIONS = DISPUTE_REASONS.map((reason) => ({ value: reason, text: reasonLabel(reason) }))

interface FieldError {
  fieldId: string
  error: string
}

function PaymentIdInput({ value, error, onChange }: { value: string; error?: string; onChange: (value: string) => void }) {
  return (
    <Input
      id={PAYMENT_ID_FIELD}
      label="Payment ID"
      hint="The payment_id the API gave, for example hu20sqlact5260q2nanm0q8u93"
      width={30}
      spellCheck={false}
      autoComplete="off"
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    />
  )
}

const paymentItem = (payment: PaymentRecord) => ({
  value: payment.id,
  label: `${payment.reference} — ${formatPence(totalAmount(payment))}`,
  hint: `Payment ID ${payment.id}, created ${formatDateTime(payment.createdAt)}`,
})

export function RaiseDisputeForm({ serviceId, onRaised }: { serviceId: string; onRaised: (dispute: DisputeRecord) => void }) {
  const queryClient = useQueryClient()
  const recent = useQuery({ queryKey: queryKeys.disputablePayments(serviceId), queryFn: () => disputablePayments(serviceId, RECENT) })
  const [fields, setFields] = useState<RaiseDisputeFields>(START)
  const [problem, setProblem] = useState<FieldError>()
  const [attempt, setAttempt] = useState(0)
  const [busy, setBusy] = useState(false)
  const payments = recent.data ?? []
  const listed = payments.length > 0
  const errorOn = (fieldId: string) => (problem?.fieldId === fieldId ? problem.error : undefined)
  const change = (next: Partial<RaiseDisputeFields>) => setFields((current) => ({ ...current, ...next }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setAttempt((count) => count + 1)
    const answer = readRaiseDispute(fields, listed)
    if (!answer.ok) return setProblem(answer)
    setBusy(true)
    try {
      const dispute = await raiseDispute(serviceId, answer.paymentId, answer.reason)
      setProblem(undefined)
      setFields(START)
      await queryClient.invalidateQueries({ queryKey: queryKeys.disputes(serviceId) })
      onRaised(dispute)
    } catch (error) {
      const message = error instanceof DisputeRefusedError ? error.message : `The dispute could not be raised: ${describeError(error)}`
      setProblem({ fieldId: paymentFieldOf(fields, listed), error: message })
    } finally {
      setBusy(false)
    }
  }

  const idInput = (
    <PaymentIdInput value={fields.typedId} error={errorOn(PAYMENT_ID_FIELD)} onChange={(typedId) => change({ typedId })} />
  )
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <h3 className="govuk-heading-m">Raise a dispute</h3>
      <ErrorSummary errors={problem ? [{ text: problem.error, fieldId: problem.fieldId }] : []} focusKey={attempt} />
      {recent.isPending ? null : listed ? (
        <Radios
          idPrefix={PAYMENT_CHOICE_ID}
          legend="Which payment does the paying user’s bank dispute?"
          legendAs="s"
          hint="The newest successful payments of this service that have not been disputed or refunded in full."
          error={errorOn(PAYMENT_CHOICE_ID)}
          items={[
            ...payments.map(paymentItem),
            { value: OTHER_PAYMENT, label: 'Another payment', conditional: idInput },
          ]}
          value={fields.choice}
          onChange={(choice) => change({ choice })}
        />
      ) : (
        <>
          <p className="govuk-body">
            None of this service’s payments can be disputed now: take a successful payment first. You can also enter a
            payment’s ID to see why it cannot be disputed.
          </p>
          {idInput}
        </>
      )}
      <Select
        id={REASON_FIELD}
        label="Reason"
        labelSize="s"
        hint="The reason the paying user gave their bank, as the admin site names it (and, in brackets, as the API does)"
        options={REASON_OPTIONS}
        value={fields.reason}
        error={errorOn(REASON_FIELD)}
        onChange={(event) => change({ reason: event.target.value })}
      />
      <Button type="submit" disabled={busy}>
        Raise dispute
      </Button>
    </form>
  )
}
