// The clock tool: the simulated time, then "move forward by N minutes, hours or days", showing the
// payments that will expire first and expiring them once the clock has moved.
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState, type FormEvent } from 'react'
import { describeError } from '../../../lib/describe-error.ts'
import { queryKeys } from '../../../lib/query-keys.ts'
import type { PaymentRecord } from '../../../simulator/model/types.ts'
import { advanceClock, now } from '../../../simulator/services/clock.ts'
import { paymentsExpiringBy, sweepExpired } from '../../../simulator/services/expiry.ts'
import { Button } from '../../../ui/button.tsx'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { focusByScript } from '../../../ui/focus-by-script.ts'
import { Input } from '../../../ui/input.tsx'
import { NotificationBanner } from '../../../ui/notification-banner.tsx'
import { Radios } from '../../../ui/radios.tsx'
import { useOutcome } from '../outcome.tsx'
import { ClockStatus } from './clock-status.tsx'
import { CLOCK_UNITS, type ClockAdvanceRequest, type ClockUnit, readClockForm } from './clock-words.ts'
import { ExpiryPreview } from './expiry-preview.tsx'

interface Preview {
  request: ClockAdvanceRequest
  at: number
  payments: PaymentRecord[]
}

export function ClockSection() {
  const queryClient = useQueryClient()
  const [amount, setAmount] = useState('')
  const [unit, setUnit] = useState<ClockUnit>('minutes')
  const [error, setError] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  const [preview, setPreview] = useState<Preview>()
  const [busy, setBusy] = useState(false)
  const { message: done, show: setDone, banner } = useOutcome('clock')

  useEffect(() => {
    const heading = preview ? document.getElementById('clock-preview-heading') : null
    if (heading) focusByScript(heading)
  }, [preview])

  const check = async (event: FormEvent) => {
    event.preventDefault()
    setAttempt((count) => count + 1)
    setDone(undefined)
    const result = readClockForm(amount, unit)
    if (!result.ok) return setError(result.error)
    setError(undefined)
    setBusy(true)
    try {
      const at = (await now()) + result.request.ms
      setPreview({ request: result.request, at, payments: await paymentsExpiringBy(at) })
    } catch (failure) {
      setError(`The preview could not be made: ${describeError(failure)}`)
      setAttempt((count) => count + 1)
    } finally {
      setBusy(false)
    }
  }

  const confirm = async () => {
    if (!preview) return
    setBusy(true)
    try {
      await advanceClock(preview.request.by)
      const expired = await sweepExpired()
      setDone(
        `The clock moved forward by ${preview.request.words}. ${
          expired === 0 ? 'No payments expired.' : expired === 1 ? '1 payment expired.' : `${expired.toLocaleString('en-GB')} payments expired.`
        }`,
      )
      setPreview(undefined)
      setAmount('')
      await queryClient.invalidateQueries({ queryKey: queryKeys.simulatorClock })
    } catch (failure) {
      setPreview(undefined)
      setError(`The clock could not be moved: ${describeError(failure)}`)
      setAttempt((count) => count + 1)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="clock-heading" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="clock-heading">
        Clock
      </h2>
      <p className="govuk-body">
        The simulator has its own clock. Move it forward to see what happens with time: a payment nobody finishes
        expires 90 minutes after it was created (failed, P0020), and one waiting for capture expires after 5 days.
      </p>
      <ClockStatus />
      {done && (
        <NotificationBanner type="success" ref={banner}>
          <p className="govuk-notification-banner__heading">{done}</p>
        </NotificationBanner>
      )}
      {preview ? (
        <ExpiryPreview
          words={preview.request.words}
          at={preview.at}
          payments={preview.payments}
          busy={busy}
          onConfirm={() => void confirm()}
          onChange={() => setPreview(undefined)}
        />
      ) : (
        <form noValidate onSubmit={(event) => void check(event)}>
          <ErrorSummary errors={error ? [{ text: error, fieldId: 'clock-amount' }] : []} focusKey={attempt} />
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Move the clock forward</legend>
            <Input
              id="clock-amount"
              label="How far"
              hint="A whole number, for example 91"
              inputMode="numeric"
              width={5}
              value={amount}
              error={error}
              onChange={(event) => setAmount(event.target.value)}
            />
            <Radios
              idPrefix="clock-unit"
              legend="Unit"
              legendAs="s"
              inline
              small
              items={CLOCK_UNITS.map(({ value, label }) => ({ value, label }))}
              value={unit}
              onChange={(value) => setUnit(value as ClockUnit)}
            />
          </fieldset>
          <Button type="submit" disabled={busy}>
            Check what will expire
          </Button>
        </form>
      )}
    </section>
  )
}
