// "Are you sure you want to deactivate {description}?" (or activate): Yes changes the webhook's
// status and goes back to it with a banner; No goes back unchanged.
import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { describeError } from '../../../lib/describe-error.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import type { WebhookRecord } from '../../../simulator/model/webhook-types.ts'
import { setWebhookStatus } from '../../../simulator/services/webhooks.ts'
import { BackLink } from '../../../ui/back-link.tsx'
import { Button } from '../../../ui/button.tsx'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { Radios } from '../../../ui/radios.tsx'
import { withFlash } from '../flash.tsx'
import { webhookPaths } from './webhook-paths.ts'

const CONFIRM_ID = 'toggle-active'

export function ToggleWebhookPage({ webhook }: { webhook: WebhookRecord }) {
  const navigate = useNavigate()
  const activating = webhook.status === 'INACTIVE'
  const verb = activating ? 'activate' : 'deactivate'
  const [answer, setAnswer] = useState<string>()
  const [error, setError] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  const [pending, setPending] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (pending) return
    setAttempt((count) => count + 1)
    if (answer === undefined) {
      setError(`Confirm if you want to ${verb} ${webhook.description}`)
      return
    }
    if (answer === 'no') {
      await navigate(webhookPaths.detail(webhook.id))
      return
    }
    setPending(true)
    try {
      await setWebhookStatus(webhook.serviceId, webhook.id, activating ? 'ACTIVE' : 'INACTIVE')
      await navigate(webhookPaths.detail(webhook.id), withFlash(`${webhook.description} updated to ${activating ? 'active' : 'inactive'}`))
    } catch (caught) {
      setError(`The webhook could not be changed: ${describeError(caught)}`)
      setPending(false)
    }
  }
  const title = `${activating ? 'Activate' : 'Deactivate'} webhook - ${webhook.description}`
  return (
    <>
      <title>{pageTitle(error ? `Error: ${title}` : title)}</title>
      <BackLink to={webhookPaths.detail(webhook.id)} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <form onSubmit={(event) => void submit(event)} noValidate>
            <ErrorSummary errors={error ? [{ text: error, fieldId: CONFIRM_ID }] : []} focusKey={attempt} />
            <Radios
              idPrefix={CONFIRM_ID}
              legend={`Are you sure you want to ${verb} ${webhook.description}?`}
              legendAs="heading-l"
              hint={activating ? undefined : 'A deactivated webhook sends no messages: the events it gets are kept as “Will not send”.'}
              error={error}
              value={answer}
              onChange={setAnswer}
              items={[
                { value: 'yes', label: 'Yes' },
                { value: 'no', label: 'No' },
              ]}
            />
            <Button type="submit" disabled={pending}>
              Save changes
            </Button>
          </form>
        </div>
      </div>
    </>
  )
}
