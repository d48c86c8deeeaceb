// "Events": the webhook's messages, newest first, ten to a page, filtered by delivery status, each
// linking to its details — as the real admin site lists them.
import { useState, type FormEvent } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { formatDateTime } from '../../../lib/dates.ts'
import { eventTypeName } from '../../../simulator/model/webhook-events.ts'
import type { DeliveryStatus, WebhookRecord } from '../../../simulator/model/webhook-types.ts'
import { displayStatus, MESSAGES_PAGE_SIZE } from '../../../simulator/services/webhook-messages.ts'
import { Button } from '../../../ui/button.tsx'
import { Pagination } from '../../../ui/pagination.tsx'
import { ScrollRegion } from '../../../ui/scroll-region.tsx'
import { Select } from '../../../ui/select.tsx'
import { Table } from '../../../ui/table.tsx'
import { AdminLoading, AdminProblem } from '../admin-states.tsx'
import { webhookPaths } from './webhook-paths.ts'
import { DeliveryStatusTag } from './webhook-status-tags.tsx'
import { useWebhookMessages } from './use-webhooks.ts'

const FILTERS: ReadonlyArray<{ value: string; text: string; status?: DeliveryStatus }> = [
  { value: 'all', text: 'All' },
  { value: 'successful', text: 'Successful', status: 'SUCCESSFUL' },
  { value: 'failed', text: 'Failed', status: 'FAILED' },
  { value: 'pending', text: 'Pending retry', status: 'PENDING' },
  { value: 'will_not_send', text: 'Will not send', status: 'WILL_NOT_SEND' },
]

export function WebhookEventsSection({ webhook }: { webhook: WebhookRecord }) {
  const [search] = useSearchParams()
  const navigate = useNavigate()
  const filter = FILTERS.find((option) => option.value === search.get('deliveryStatus')) ?? FILTERS[0]!
  const page = Math.max(1, Number(search.get('page')) || 1)
  const [chosen, setChosen] = useState(filter.value)
  const messages = useWebhookMessages(webhook.serviceId, webhook.id, filter.status, page)
  const pathFor = (value: string, pageNumber: number) => webhookPaths.detail(webhook.id, new URLSearchParams({ deliveryStatus: value, page: String(pageNumber) }))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void navigate(pathFor(chosen, 1))
  }
  return (
    <>
      <h2 id="events" className="govuk-heading-m">
        Events
      </h2>
      <p className="govuk-body">Events sent to your webhook are stored for 7 days.</p>
      <form onSubmit={submit} noValidate>
        <Select
          id="filter-events"
          label="Filter events by delivery status"
          labelSize="s"
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
          options={FILTERS.map(({ value, text }) => ({ value, text }))}
        />
        <Button type="submit">Update</Button>
      </form>
      {messages.isPending ? <AdminLoading what="the events" /> : null}
      {messages.isError ? <AdminProblem error={messages.error} /> : null}
      {messages.data ? (
        <>
          <ScrollRegion label="Events sent to this webhook">
            <Table
              caption="Events sent to this webhook"
              captionHidden
              head={['GOV.UK payment ID', 'Event name', 'Delivery status', 'Event date']}
              rowKeys={messages.data.messages.map((message) => message.id)}
              rows={messages.data.messages.map((message) => [
                { content: message.resourceId, className: 'app-break-anywhere' },
                <>
                  {eventTypeName(message.eventType)}
                  <br />
                  <Link className="govuk-link govuk-link--no-visited-state" to={webhookPaths.event(webhook.id, message.id)}>
                    View details<span className="govuk-visually-hidden"> of the {eventTypeName(message.eventType).toLowerCase()} event for payment {message.resourceId}</span>
                  </Link>
                </>,
                <DeliveryStatusTag status={displayStatus(message)} />,
                formatDateTime(message.eventDate),
              ])}
            />
          </ScrollRegion>
          <Pagination
            currentPage={messages.data.page}
            pageCount={Math.ceil(messages.data.total / MESSAGES_PAGE_SIZE)}
            pathFor={(pageNumber) => pathFor(filter.value, pageNumber)}
            landmarkLabel="Pages of events"
          />
          <p className="govuk-body">
            {messages.data.total > 0
              ? `Showing ${(messages.data.page - 1) * MESSAGES_PAGE_SIZE + 1} to ${(messages.data.page - 1) * MESSAGES_PAGE_SIZE + messages.data.messages.length} of ${messages.data.total} events`
              : '0 events'}
          </p>
        </>
      ) : null}
    </>
  )
}
