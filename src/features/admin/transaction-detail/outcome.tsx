// What happened after a refund or cancellation from the detail page, shown at the top of the page:
// a success banner that takes focus, or an error summary.
import { useEffect, useRef } from 'react'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { NotificationBanner } from '../../../ui/notification-banner.tsx'

export type Outcome =
  | { kind: 'refunded' }
  | { kind: 'refund-failed'; message: string; fieldId?: string }
  | { kind: 'cancelled' }
  | { kind: 'cancel-failed'; message: string }

function SuccessBanner({ heading, body }: { heading: string; body: string }) {
  const banner = useRef<HTMLDivElement>(null)
  useEffect(() => banner.current?.focus(), [])
  return (
    <NotificationBanner type="success" ref={banner}>
      <p className="govuk-notification-banner__heading">{heading}</p>
      <p className="govuk-body">{body}</p>
    </NotificationBanner>
  )
}

export function OutcomeMessage({ outcome }: { outcome: Outcome | undefined }) {
  switch (outcome?.kind) {
    case 'refunded':
      return <SuccessBanner heading="Refund successful" body="It may take up to 6 days to process." />
    case 'cancelled':
      return (
        <SuccessBanner
          heading="Payment cancelled"
          body="The payment has ended with the status Cancelled (P0040), as if your service had cancelled it through the API. No money was taken."
        />
      )
    case 'refund-failed':
      return <ErrorSummary title="Refund failed" errors={[{ text: outcome.message, fieldId: outcome.fieldId }]} />
    case 'cancel-failed':
      return <ErrorSummary title="The payment was not cancelled" errors={[{ text: outcome.message }]} />
    default:
      return null
  }
}
