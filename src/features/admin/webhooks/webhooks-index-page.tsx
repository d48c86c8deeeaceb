// "Webhooks": the service's active and deactivated webhooks, each with its callback URL and the
// events it sends, and "Create a new webhook" — as the real admin site lists them.
import { Link, useNavigate } from 'react-router'
import { pageTitle } from '../../../lib/page-title.ts'
import type { WebhookRecord } from '../../../simulator/model/webhook-types.ts'
import { Button } from '../../../ui/button.tsx'
import { SummaryCard, SummaryList } from '../../../ui/summary-list.tsx'
import { AdminLoading, AdminProblem } from '../admin-states.tsx'
import { FlashBanner, useFlash } from '../flash.tsx'
import { webhookPaths } from './webhook-paths.ts'
import { WebhookStatusTag } from './webhook-status-tags.tsx'
import { WebhookSubscriptions } from './webhook-subscriptions.tsx'
import { useServiceWebhooks } from './use-webhooks.ts'

const DOCS = 'https://docs.payments.service.gov.uk/webhooks/'

function WebhookCard({ webhook }: { webhook: WebhookRecord }) {
  return (
    <SummaryCard
      title={
        <>
          {webhook.description}
          <br />
          <span className="govuk-!-display-inline-block govuk-!-margin-top-1">
            <WebhookStatusTag status={webhook.status} />
          </span>
        </>
      }
      actions={[
        { text: 'View', to: webhookPaths.detail(webhook.id), visuallyHiddenText: webhook.description },
        { text: 'Update', to: webhookPaths.update(webhook.id), visuallyHiddenText: webhook.description },
      ]}
    >
      <SummaryList
        rows={[
          { key: 'Callback URL', value: <span className="app-break-anywhere">{webhook.callbackUrl}</span> },
          { key: 'Payment events sent by this webhook', value: <WebhookSubscriptions subscriptions={webhook.subscriptions} /> },
        ]}
      />
    </SummaryCard>
  )
}

export function WebhooksIndexPage({ serviceId }: { serviceId: string }) {
  const webhooks = useServiceWebhooks(serviceId)
  const flash = useFlash()
  const navigate = useNavigate()
  const active = webhooks.data?.filter((webhook) => webhook.status === 'ACTIVE') ?? []
  const deactivated = webhooks.data?.filter((webhook) => webhook.status === 'INACTIVE') ?? []
  return (
    <>
      <title>{pageTitle('Webhooks')}</title>
      <FlashBanner message={flash} />
      <h1 className="govuk-heading-l">Webhooks</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">Use webhooks to send a message to your application when a payment is processed.</p>
          <p className="govuk-body">
            Find out more about{' '}
            <a className="govuk-link" href={DOCS} rel="noreferrer noopener" target="_blank">
              setting up webhooks in your application (opens in new tab)
            </a>
            .
          </p>
          <p className="govuk-body">
            In the playground, a webhook’s messages go to the playground’s own inbox, where you can read every message and
            make it fail, or to your callback URL through the <Link className="govuk-link" to="/simulator">local bridge</Link>.
          </p>
        </div>
      </div>
      <Button onClick={() => void navigate(webhookPaths.create())}>Create a new webhook</Button>
      {webhooks.isPending ? <AdminLoading what="the webhooks" /> : null}
      {webhooks.isError ? <AdminProblem error={webhooks.error} /> : null}
      {webhooks.data && webhooks.data.length === 0 ? <h2 className="govuk-heading-m">There are no configured webhooks</h2> : null}
      {active.length > 0 ? <h2 className="govuk-heading-m">Active webhooks ({active.length})</h2> : null}
      {active.map((webhook) => (
        <WebhookCard key={webhook.id} webhook={webhook} />
      ))}
      {deactivated.length > 0 ? <h2 className="govuk-heading-m">Deactivated webhooks ({deactivated.length})</h2> : null}
      {deactivated.map((webhook) => (
        <WebhookCard key={webhook.id} webhook={webhook} />
      ))}
    </>
  )
}
