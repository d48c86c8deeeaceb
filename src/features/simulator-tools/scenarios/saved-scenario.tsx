// A scenario just saved: its link to hand out (when it is short enough for one), and its file.
import { useEffect, useRef } from 'react'
import type { Scenario } from '../../../simulator/services/scenario-format.ts'
import { Button } from '../../../ui/button.tsx'
import { CopyButton } from '../../../ui/copy-button.tsx'
import { NotificationBanner } from '../../../ui/notification-banner.tsx'

export function SavedScenario({ scenario, link, onDownload }: { scenario: Scenario; link?: string; onDownload: () => void }) {
  const banner = useRef<HTMLDivElement>(null)
  useEffect(() => banner.current?.focus(), [scenario])
  const { payments, refunds } = scenario.data.tables
  return (
    <NotificationBanner type="success" ref={banner}>
      <h2 className="govuk-notification-banner__heading">Scenario “{scenario.name}” saved</h2>
      <p className="govuk-body">
        It holds {payments.length} {payments.length === 1 ? 'payment' : 'payments'} and {refunds.length} {refunds.length === 1 ? 'refund' : 'refunds'}.
      </p>
      {link ? (
        <>
          <p className="govuk-body">Hand out this link. It holds the whole scenario, so it works in any browser that can open the playground:</p>
          <p className="govuk-body app-scenario-link">
            <a className="govuk-notification-banner__link" id="scenario-link" href={link}>
              {link}
            </a>
          </p>
          <CopyButton text={link} label="Copy the link" what="The link" />
        </>
      ) : (
        <p className="govuk-body">It is too big for a link. Hand out the file instead: trainees open it on the Scenarios page.</p>
      )}
      <Button variant="secondary" onClick={onDownload}>
        Download the scenario file
      </Button>
    </NotificationBanner>
  )
}
