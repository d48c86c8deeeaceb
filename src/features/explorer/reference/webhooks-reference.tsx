// The reference page's "Webhooks" section: which events exist and what sends each, what a message
// holds (with the real service's quirks), its signature, and how it is delivered and retried —
// in the real service and in the playground.
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { eventTypeName, type WebhookEventType } from '../../../simulator/model/webhook-events.ts'
import { ScrollRegion } from '../../../ui/scroll-region.tsx'
import { Table } from '../../../ui/table.tsx'

const CAUSES: ReadonlyArray<[WebhookEventType, string]> = [
  ['card_payment_succeeded', 'The user confirms the payment, or, with delayed capture, the service captures it (approved for capture).'],
  ['card_payment_captured', 'The payment is captured: in the sandbox, at once after it is approved.'],
  ['card_payment_failed', 'The card is declined or the provider errors; the user cancels, or goes back to the service; the service cancels it through the API.'],
  ['card_payment_expired', 'The payment expires: 90 minutes unfinished, or 5 days awaiting capture.'],
  ['card_payment_refunded', 'A refund succeeds. The message is about the payment: resource_id is the payment’s id.'],
]

const code = (text: string) => <code className="app-code">{text}</code>

export function WebhooksReference() {
  return (
    <>
      <h2 className="govuk-heading-m">Webhooks</h2>
      <p className="govuk-body">
        A webhook sends a {code('POST')} to your callback URL after payment events. Create one in the admin site under{' '}
        <Link className="govuk-link" to={appPaths.webhooks()}>
          Settings → Webhooks
        </Link>
        ; each change of a payment writes its messages in the same step as the change, and they are delivered straight after.
      </p>
      <ScrollRegion label="Webhook events">
        <Table
          caption="Webhook events"
          captionSize="s"
          firstCellIsHeader
          className="app-explorer-reference"
          head={['event_type', 'Name in the admin site', 'Sent when']}
          rows={CAUSES.map(([type, cause]) => [code(type), eventTypeName(type), cause])}
        />
      </ScrollRegion>
      <p className="govuk-body">
        The real service also has {code('card_payment_started')}, which nothing sends. The documentation’s{' '}
        {code('card_payment_settled')} does not exist in the real service.
      </p>
      <h3 className="govuk-heading-s">The message</h3>
      <p className="govuk-body">
        {code('{"webhook_message_id", "created_date", "resource_id", "api_version": 1, "resource_type": "payment", "event_type", "resource"}')}, in that
        order. The documentation calls the first key {code('id')}; the real service sends {code('webhook_message_id')}.{' '}
        {code('resource')} is the payment as the real service’s ledger holds it: like the API’s, but with no {code('_links')},{' '}
        {code('provider_id')}, {code('card_brand')} or {code('authorisation_mode')}, and its {code('state')} made from the ledger’s
        word for it — a failed payment reads {code('declined')}, {code('timedout')} or {code('cancelled')}, and a payment the
        service cancelled reads P0030 “Payment was cancelled by the user”, as the real service sends it.
      </p>
      <h3 className="govuk-heading-s">The signature</h3>
      <p className="govuk-body">
        The {code('Pay-Signature')} header is the lower-case hexadecimal HMAC-SHA256 of the body’s exact bytes, keyed with the
        webhook’s signing secret ({code('webhook_test_…')}). Each webhook’s page shows its secret and how to check it in
        Node.js, Python, Ruby and Java.
      </p>
      <h3 className="govuk-heading-s">Delivery and retries</h3>
      <p className="govuk-body">
        Any 2xx answer within 3 seconds is a success. Otherwise the message is sent again 60 seconds, 5 minutes, 1 hour, 1 day
        and 2 days after each failure, then no more. Messages may arrive more than once and in any order. Move the
        playground’s clock forward to see the retries come due.
      </p>
      <p className="govuk-body">
        In the playground, a webhook’s messages go to its inbox on the webhook’s page (choose what it answers to watch the
        retries), or to its callback URL: through the local bridge, from your machine, when one is connected; otherwise from
        the browser, which only works if your endpoint allows cross-origin requests from the playground.
      </p>
    </>
  )
}
