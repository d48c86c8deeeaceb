// One event sent to a webhook, as the real admin site shows it ("View details"): the payment, when
// it happened, its status, the event body, and every delivery attempt. The playground adds the
// message exactly as sent, each attempt's Pay-Signature and where it went, and "Resend message".
import { useState } from 'react'
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { formatDateTime } from '../../../lib/dates.ts'
import { describeError } from '../../../lib/describe-error.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { eventTypeName } from '../../../simulator/model/webhook-events.ts'
import type { DeliveryRoute, WebhookRecord } from '../../../simulator/model/webhook-types.ts'
import { displayStatus, resendMessage, type MessageWithDeliveries } from '../../../simulator/services/webhook-messages.ts'
import { BackLink } from '../../../ui/back-link.tsx'
import { Button } from '../../../ui/button.tsx'
import { CodeBlock } from '../../../ui/code-block.tsx'
import { Details } from '../../../ui/details.tsx'
import { ScrollRegion } from '../../../ui/scroll-region.tsx'
import { SummaryList } from '../../../ui/summary-list.tsx'
import { Table } from '../../../ui/table.tsx'
import { webhookPaths } from './webhook-paths.ts'
import { DeliveryStatusTag } from './webhook-status-tags.tsx'

const ROUTE_TEXT: Record<DeliveryRoute, string> = { inbox: 'Playground inbox', bridge: 'Local bridge', browser: 'Browser' }

export function WebhookEventPage({ webhook, event }: { webhook: WebhookRecord; event: MessageWithDeliveries }) {
  const { message, deliveries } = event
  const heading = eventTypeName(message.eventType)
  const [resent, setResent] = useState<string>()
  const body = JSON.parse(message.body) as { resource: unknown }
  const resend = async () => {
    try {
      await resendMessage(webhook.serviceId, webhook.id, message.id)
      setResent('The message will be sent again now.')
    } catch (caught) {
      setResent(`The message could not be queued again: ${describeError(caught)}`)
    }
  }
  return (
    <>
      <title>{pageTitle(`${heading} event details - ${webhook.description}`)}</title>
      <BackLink to={webhookPaths.detail(webhook.id)} />
      <h1 className="govuk-heading-l">{heading}</h1>
      <SummaryList
        rows={[
          {
            key: 'GOV.UK payment ID',
            value: (
              <Link className="govuk-link app-break-anywhere" to={appPaths.transaction(message.resourceId)}>
                <span className="govuk-visually-hidden">GOV.UK payment ID </span>
                {message.resourceId}
              </Link>
            ),
          },
          { key: 'Event date', value: formatDateTime(message.eventDate) },
          { key: 'Status', value: <DeliveryStatusTag status={displayStatus(message)} /> },
        ]}
      />
      <Details summary={`${heading} event body`}>
        <CodeBlock code={JSON.stringify(body.resource, null, '\t')} label={`${heading} event body`} />
      </Details>
      <h2 className="govuk-heading-m">The message as sent</h2>
      <p className="govuk-body">
        Every attempt sends these exact bytes as a POST with <code className="app-code">Content-Type: application/json</code>{' '}
        and a <code className="app-code">Pay-Signature</code> header (shown with each attempt below).
      </p>
      <CodeBlock code={message.body} label="The message body, exactly as sent" />
      <h2 className="govuk-heading-m">Delivery attempts</h2>
      <ScrollRegion label="Delivery attempts, newest first">
        <Table
          caption="Delivery attempts, newest first"
          captionHidden
          head={['Attempt date', 'Status', 'Status code', 'Result', 'Sent to', 'Pay-Signature']}
          rowKeys={deliveries.map((delivery) => String(delivery.seq))}
          rows={deliveries.map((delivery) => [
            formatDateTime(delivery.sendAt),
            <DeliveryStatusTag status={delivery.status} />,
            delivery.statusCode ?? 'None',
            delivery.result ?? (delivery.status === 'PENDING' ? 'Not sent yet' : ''),
            delivery.route ? ROUTE_TEXT[delivery.route] : '',
            { content: delivery.signature ? <code className="app-code">{delivery.signature}</code> : '', className: 'app-break-anywhere' },
          ])}
        />
      </ScrollRegion>
      <Button variant="secondary" onClick={() => void resend()}>
        Resend message
      </Button>
      <p className="govuk-body" role="status">
        {resent}
      </p>
    </>
  )
}
