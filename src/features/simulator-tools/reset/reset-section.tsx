// "Reset the playground", after a confirmation: everything goes, and the playground is as on a
// first visit (one "My test service", no keys, the clock at real time, no faults). Data the
// playground keeps in this browser's Web Storage (explorer history, remembered keys) goes too.
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { clearPlaygroundBrowserData } from '../../../lib/browser-storage.ts'
import { describeError } from '../../../lib/describe-error.ts'
import { resetPlayground } from '../../../simulator/services/reset.ts'
import { Button } from '../../../ui/button.tsx'
import { focusByScript } from '../../../ui/focus-by-script.ts'
import { NotificationBanner } from '../../../ui/notification-banner.tsx'
import { WarningText } from '../../../ui/warning-text.tsx'
import { useOutcome } from '../outcome.tsx'
import { stopSeeding } from '../seed/seed-runner.ts'

export function ResetSection() {
  const queryClient = useQueryClient()
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const { message: done, show: setDone, banner } = useOutcome('reset')
  const [failure, setFailure] = useState<string>()
  const question = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (confirming && question.current) focusByScript(question.current)
  }, [confirming])

  const reset = async () => {
    setBusy(true)
    setFailure(undefined)
    try {
      stopSeeding()
      const service = await resetPlayground()
      clearPlaygroundBrowserData()
      setConfirming(false)
      setDone(`The playground has been reset. It has one service, ${service.name}, with no API keys or payments.`)
      await queryClient.invalidateQueries()
    } catch (error) {
      setFailure(`The playground could not be reset: ${describeError(error)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="reset-heading" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="reset-heading">
        Reset
      </h2>
      <p className="govuk-body">
        Start again as on a first visit: one service, “My test service”, with its first settings, no API keys and no
        payments, the clock back at real time and no faults. The explorer’s history and remembered keys in this browser
        are cleared too.
      </p>
      {done && (
        <NotificationBanner type="success" ref={banner}>
          <p className="govuk-notification-banner__heading">{done}</p>
        </NotificationBanner>
      )}
      {failure && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {failure}
        </p>
      )}
      {confirming ? (
        <div className="app-confirm-panel">
          <h3 className="govuk-heading-m" ref={question} tabIndex={-1}>
            Are you sure you want to reset the playground?
          </h3>
          <WarningText>
            Every service, API key, payment and refund will be deleted. This cannot be undone: export first if you want
            to keep anything.
          </WarningText>
          <div className="govuk-button-group">
            <Button variant="warning" onClick={() => void reset()} disabled={busy}>
              Yes, reset everything
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)} disabled={busy}>
              No, keep everything
            </Button>
          </div>
        </div>
      ) : (
        <Button
          variant="warning"
          onClick={() => {
            setDone(undefined)
            setConfirming(true)
          }}
        >
          Reset the playground
        </Button>
      )}
    </section>
  )
}
