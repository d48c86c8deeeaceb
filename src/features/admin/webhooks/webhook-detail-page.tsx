// A webhook, as the real admin site shows it on "View": its description and status, callback URL,
// events and creation date, "Update webhook" and "Deactivate webhook", the signing secret, then
// its events. The playground adds where it sends the messages.
import { useNavigate } from 'react-router'
import { formatDateAndMinutes } from '../../../lib/dates.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import type { WebhookRecord } from '../../../simulator/model/webhook-types.ts'
import { BackLink } from '../../../ui/back-link.tsx'
import { Button } from '../../../ui/button.tsx'
import { SummaryList } from '../../../ui/summary-list.tsx'
import { FlashBanner, useFlash } from '../flash.tsx'
import { PlaygroundDeliveryForm } from './playground-delivery-form.tsx'
import { SigningSecretSection } from './signing-secret-section.tsx'
import { WebhookEventsSection } from './webhook-events-section.tsx'
import { webhookPaths } from './webhook-paths.ts'
import { WebhookStatusTag } from './webhook-status-tags.tsx'
import { WebhookSubscriptions } from './webhook-subscriptions.tsx'

export function WebhookDetailPage({ webhook }: { webhook: WebhookRecord }) {
  const flash = useFlash()
  const navigate = useNavigate()
  return (
    <>
      <title>{pageTitle(webhook.description)}</title>
      <BackLink to={webhookPaths.index()} />
      <FlashBanner message={flash} />
      <h1 className="govuk-heading-l">
        {webhook.description} <WebhookStatusTag status={webhook.status} />
      </h1>
      <SummaryList
        rows={[
          { key: 'Callback URL', value: <span className="app-break-anywhere">{webhook.callbackUrl}</span> },
          { key: 'Payment events sent by this webhook', value: <WebhookSubscriptions subscriptions={webhook.subscriptions} /> },
          { key: 'Date created', value: formatDateAndMinutes(webhook.createdAt) },
        ]}
      />
      <div className="govuk-button-group">
        <Button variant="secondary" onClick={() => void navigate(webhookPaths.update(webhook.id))}>
          Update webhook
        </Button>
        <Button variant="secondary" onClick={() => void navigate(webhookPaths.toggle(webhook.id))}>
          {webhook.status === 'ACTIVE' ? 'Deactivate webhook' : 'Activate webhook'}
        </Button>
      </div>
      <SigningSecretSection webhook={webhook} />
      <PlaygroundDeliveryForm webhook={webhook} />
      <WebhookEventsSection webhook={webhook} />
    </>
  )
}
