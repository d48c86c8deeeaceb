// The playground's own part of a webhook: where its messages go (the playground's inbox, or the
// callback URL through the local bridge or the browser), and what the inbox answers, so a team can
// watch the real service's retries. Not in the real admin site.
import { useState, useSyncExternalStore, type FormEvent } from 'react'
import { describeError } from '../../../lib/describe-error.ts'
import { reasonPhrase } from '../../../simulator/model/webhook-delivery-rules.ts'
import type { WebhookDestination, WebhookRecord } from '../../../simulator/model/webhook-types.ts'
import { checkWebhookForm } from '../../../simulator/rules/webhook-form.ts'
import { bridgeStatus, onBridgeStatus } from '../../../simulator/services/bridge.ts'
import { setWebhookDelivery } from '../../../simulator/services/webhooks.ts'
import { Button } from '../../../ui/button.tsx'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { Radios } from '../../../ui/radios.tsx'
import { Select } from '../../../ui/select.tsx'
import { WarningText } from '../../../ui/warning-text.tsx'

const ANSWERS = [200, 201, 202, 204, 203, 301, 400, 401, 404, 410, 429, 500, 502, 503, 0]

function answerText(status: number): string {
  if (status === 0) return 'No answer (the attempt times out after 3 seconds)'
  const phrase = reasonPhrase(status)
  return phrase ? `${status} ${phrase}` : `${status} (a status the real service has no name for: it counts as an error)`
}

const DESTINATION_ID = 'delivery-destination'
const ANSWER_ID = 'inbox-answer'

export function PlaygroundDeliveryForm({ webhook }: { webhook: WebhookRecord }) {
  const bridge = useSyncExternalStore(onBridgeStatus, bridgeStatus, bridgeStatus)
  const [destination, setDestination] = useState<WebhookDestination>(webhook.destination)
  const [answer, setAnswer] = useState(String(webhook.inboxAnswer))
  const [saved, setSaved] = useState<string>()
  const [error, setError] = useState<string>()
  const checked = checkWebhookForm(webhook)
  const realServiceWouldSay = checked.ok ? checked.form.realServiceWouldSay : undefined
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaved(undefined)
    try {
      await setWebhookDelivery(webhook.serviceId, webhook.id, { destination, inboxAnswer: Number(answer) })
      setSaved(destination === 'inbox' ? `Messages now go to the playground’s inbox, which answers ${answerText(Number(answer))}.` : 'Messages now go to the callback URL.')
      setError(undefined)
    } catch (caught) {
      setError(`The delivery settings could not be saved: ${describeError(caught)}`)
    }
  }
  const bridgeNote =
    bridge.kind === 'connected'
      ? `The local bridge at ${bridge.bridgeUrl} is connected: it sends each message from your machine, as the real service sends from its servers.`
      : 'No local bridge is connected, so the browser sends each message. That only works if your endpoint allows cross-origin requests from this page; connect the bridge (npm run bridge) to send from your machine instead.'
  return (
    <>
      <h2 className="govuk-heading-m">Where the playground sends messages</h2>
      {realServiceWouldSay ? (
        <WarningText>
          The real GOV.UK Pay would refuse this callback URL (“{realServiceWouldSay}”): it sends only to HTTPS addresses with a
          domain name. The playground takes it so that the local bridge can deliver to your machine.
        </WarningText>
      ) : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={error ? [{ text: error, fieldId: DESTINATION_ID }] : []} />
        <Radios
          idPrefix={DESTINATION_ID}
          legend="Send this webhook’s messages to"
          legendAs="s"
          error={error}
          value={destination}
          onChange={(value) => setDestination(value as WebhookDestination)}
          items={[
            {
              value: 'inbox',
              label: 'The playground’s inbox',
              hint: 'Always reachable. Choose what it answers to see how the real service treats each answer and retries.',
              conditional: (
                <Select
                  id={ANSWER_ID}
                  label="What the inbox answers"
                  value={answer}
                  onChange={(event) => setAnswer(event.target.value)}
                  options={ANSWERS.map((status) => ({ value: String(status), text: answerText(status) }))}
                />
              ),
            },
            { value: 'callback', label: 'The callback URL', hint: bridgeNote },
          ]}
        />
        <Button type="submit" variant="secondary">
          Save delivery settings
        </Button>
        <p className="govuk-body" role="status">
          {saved}
        </p>
      </form>
    </>
  )
}
