// A webhook's events as the real admin site lists them: sorted by event type, each by its name.
import { eventTypeName, type WebhookEventType } from '../../../simulator/model/webhook-events.ts'

export function WebhookSubscriptions({ subscriptions }: { subscriptions: readonly WebhookEventType[] }) {
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {[...subscriptions].sort().map((type) => (
        <li key={type}>{eventTypeName(type)}</li>
      ))}
    </ul>
  )
}
