// "Webhook details": the form to create a webhook or update one — callback URL, description and the
// payment events to send — checked as the real admin site checks it, errors linked to their fields.
import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { describeError } from '../../../lib/describe-error.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { OFFERED_EVENT_TYPES } from '../../../simulator/model/webhook-events.ts'
import type { WebhookRecord } from '../../../simulator/model/webhook-types.ts'
import { DESCRIPTION_MAX_LENGTH, type WebhookForm, type WebhookFormField } from '../../../simulator/rules/webhook-form.ts'
import { createWebhook, updateWebhook, WebhookFormError } from '../../../simulator/services/webhooks.ts'
import { BackLink } from '../../../ui/back-link.tsx'
import { Button } from '../../../ui/button.tsx'
import { Checkboxes } from '../../../ui/checkboxes.tsx'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { Input } from '../../../ui/input.tsx'
import { webhookPaths } from './webhook-paths.ts'

const FIELD_IDS: Record<WebhookFormField, string> = { callbackUrl: 'callback-url', description: 'description', subscriptions: 'subscriptions' }

export function WebhookFormPage({ serviceId, webhook }: { serviceId: string; webhook?: WebhookRecord }) {
  const navigate = useNavigate()
  const [form, setForm] = useState<WebhookForm>({
    callbackUrl: webhook?.callbackUrl ?? '',
    description: webhook?.description ?? '',
    subscriptions: webhook?.subscriptions ?? [],
  })
  const [errors, setErrors] = useState<Partial<Record<WebhookFormField, string>>>({})
  const [attempt, setAttempt] = useState(0)
  const [pending, setPending] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setAttempt((count) => count + 1)
    try {
      if (webhook) {
        await updateWebhook(serviceId, webhook.id, form)
        await navigate(webhookPaths.detail(webhook.id))
      } else {
        await createWebhook(serviceId, form)
        await navigate(webhookPaths.index())
      }
    } catch (caught) {
      setErrors(caught instanceof WebhookFormError ? caught.errors : { callbackUrl: `The webhook could not be saved: ${describeError(caught)}` })
      setPending(false)
    }
  }

  const summary = (Object.keys(FIELD_IDS) as WebhookFormField[])
    .filter((field) => errors[field] !== undefined)
    .map((field) => ({ text: errors[field]!, fieldId: FIELD_IDS[field] }))
  return (
    <>
      <title>{pageTitle(summary.length > 0 ? 'Error: Webhook details' : 'Webhook details')}</title>
      <BackLink to={webhook ? webhookPaths.detail(webhook.id) : webhookPaths.index()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} focusKey={attempt} />
          <h1 className="govuk-heading-l">Webhook details</h1>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <Input
              id={FIELD_IDS.callbackUrl}
              label="Callback URL"
              labelSize="s"
              hint="The HTTPS URL GOV.UK Pay will send webhook messages to"
              type="url"
              spellCheck={false}
              autoComplete="url"
              error={errors.callbackUrl}
              value={form.callbackUrl}
              onChange={(event) => setForm({ ...form, callbackUrl: event.target.value })}
            />
            <Input
              id={FIELD_IDS.description}
              label="Description"
              labelSize="s"
              hint="Short summary of what this webhook will be used for"
              maxLength={DESCRIPTION_MAX_LENGTH}
              spellCheck
              error={errors.description}
              value={form.description}
              onChange={(event) => setForm({ ...form, description: event.target.value })}
            />
            <Checkboxes
              idPrefix={FIELD_IDS.subscriptions}
              legend="Which payment events should we send?"
              error={errors.subscriptions}
              items={OFFERED_EVENT_TYPES.map((offered) => ({ value: offered.type, label: offered.name }))}
              values={form.subscriptions}
              onChange={(subscriptions) => setForm({ ...form, subscriptions })}
            />
            <Button type="submit" disabled={pending}>
              Save
            </Button>
          </form>
        </div>
      </div>
    </>
  )
}
