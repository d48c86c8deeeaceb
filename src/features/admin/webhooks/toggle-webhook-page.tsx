// "Are you sure you want to deactivate {description}?" (or activate): Yes changes the webhook's
// status and goes back to it with a banner; No goes back unchanged.
import type { WebhookRecord } from '../../../simulator/model/webhook-types.ts'
import { setWebhookStatus } from '../../../simulator/services/webhooks.ts'
import { YesNoPage } from '../yes-no-page.tsx'
import { webhookPaths } from './webhook-paths.ts'

export function ToggleWebhookPage({ webhook }: { webhook: WebhookRecord }) {
  const activating = webhook.status === 'INACTIVE'
  const verb = activating ? 'activate' : 'deactivate'
  return (
    <YesNoPage
      title={`${activating ? 'Activate' : 'Deactivate'} webhook - ${webhook.description}`}
      back={webhookPaths.detail(webhook.id)}
      idPrefix="toggle-active"
      question={`Are you sure you want to ${verb} ${webhook.description}?`}
      hint={activating ? undefined : 'A deactivated webhook sends no messages: the events it gets are kept as “Will not send”.'}
      noAnswer={`Confirm if you want to ${verb} ${webhook.description}`}
      change={async () => {
        await setWebhookStatus(webhook.serviceId, webhook.id, activating ? 'ACTIVE' : 'INACTIVE')
        return `${webhook.description} updated to ${activating ? 'active' : 'inactive'}`
      }}
      failed="The webhook could not be changed"
    />
  )
}
