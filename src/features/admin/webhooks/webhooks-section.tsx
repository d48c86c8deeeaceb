// #/admin/settings/webhooks/* — the current service's webhooks: the list, create, view (with its
// events), update, deactivate or activate, and one event's details.
import type { ReactNode } from 'react'
import { Route, Routes, useParams } from 'react-router'
import { pageTitle } from '../../../lib/page-title.ts'
import type { WebhookRecord } from '../../../simulator/model/webhook-types.ts'
import { BackLink } from '../../../ui/back-link.tsx'
import { AdminLayout } from '../admin-layout.tsx'
import { AdminLoading, AdminProblem } from '../admin-states.tsx'
import { useCurrentService } from '../use-current-service.ts'
import { ToggleWebhookPage } from './toggle-webhook-page.tsx'
import { useWebhook, useWebhookMessage } from './use-webhooks.ts'
import { WebhookDetailPage } from './webhook-detail-page.tsx'
import { WebhookEventPage } from './webhook-event-page.tsx'
import { WebhookFormPage } from './webhook-form-page.tsx'
import { webhookPaths } from './webhook-paths.ts'
import { WebhooksIndexPage } from './webhooks-index-page.tsx'

function NotFound({ what, back }: { what: string; back: string }) {
  return (
    <>
      <title>{pageTitle(`${what} not found`)}</title>
      <BackLink to={back} />
      <h1 className="govuk-heading-l">{what} not found</h1>
      <p className="govuk-body">This service has no {what.toLowerCase()} at this address.</p>
    </>
  )
}

/** Finds the webhook named in the address, then shows `render` for it. */
function WithWebhook({ serviceId, render }: { serviceId: string; render: (webhook: WebhookRecord) => ReactNode }) {
  const { webhookId = '' } = useParams()
  const webhook = useWebhook(serviceId, webhookId)
  if (webhook.isPending) return <AdminLoading what="the webhook" />
  if (webhook.isError) return <AdminProblem error={webhook.error} />
  return webhook.data ? render(webhook.data) : <NotFound what="Webhook" back={webhookPaths.index()} />
}

function EventOf({ webhook }: { webhook: WebhookRecord }) {
  const { messageId = '' } = useParams()
  const event = useWebhookMessage(webhook.serviceId, webhook.id, messageId)
  if (event.isPending) return <AdminLoading what="the event" />
  if (event.isError) return <AdminProblem error={event.error} />
  return event.data ? <WebhookEventPage webhook={webhook} event={event.data} /> : <NotFound what="Event" back={webhookPaths.detail(webhook.id)} />
}

export function WebhooksSection() {
  const service = useCurrentService()
  if (service.isPending) return <AdminLayout><AdminLoading what="the webhooks" /></AdminLayout>
  if (service.isError) return <AdminLayout><AdminProblem error={service.error} /></AdminLayout>
  const serviceId = service.data.id
  return (
    <AdminLayout>
      <Routes>
        <Route index element={<WebhooksIndexPage serviceId={serviceId} />} />
        <Route path="create" element={<WebhookFormPage serviceId={serviceId} />} />
        <Route path=":webhookId" element={<WithWebhook serviceId={serviceId} render={(webhook) => <WebhookDetailPage webhook={webhook} />} />} />
        <Route
          path=":webhookId/update"
          element={<WithWebhook serviceId={serviceId} render={(webhook) => <WebhookFormPage serviceId={serviceId} webhook={webhook} />} />}
        />
        <Route path=":webhookId/toggle-status" element={<WithWebhook serviceId={serviceId} render={(webhook) => <ToggleWebhookPage webhook={webhook} />} />} />
        <Route path=":webhookId/event/:messageId" element={<WithWebhook serviceId={serviceId} render={(webhook) => <EventOf webhook={webhook} />} />} />
        <Route path="*" element={<NotFound what="Page" back={webhookPaths.index()} />} />
      </Routes>
    </AdminLayout>
  )
}
