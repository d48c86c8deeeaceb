// Webhooks of a service, as the admin site manages them (pay-webhooks WebhookService): create with
// a callback URL, description and events; update those; deactivate and activate; read the signing
// secret. The form is checked as the real admin site checks it (rules/webhook-form.ts).
import { random130Bits } from '../model/ids.ts'
import type { InboxAnswer, WebhookDestination, WebhookRecord, WebhookStatus } from '../model/webhook-types.ts'
import { checkWebhookForm, type WebhookForm, type WebhookFormField } from '../rules/webhook-form.ts'
import { now } from './clock.ts'
import { database, inTransaction } from './runtime.ts'

/** The form was refused; `errors` holds each field's message, as the admin site shows them. */
export class WebhookFormError extends Error {
  override name = 'WebhookFormError'
  constructor(readonly errors: Partial<Record<WebhookFormField, string>>) {
    super(Object.values(errors).join('; '))
  }
}

export class UnknownWebhookError extends Error {
  override name = 'UnknownWebhookError'
}

/** A test-mode signing secret: `webhook_test_` and 130 random bits in base 32 (pay-webhooks IdGenerator). */
export const newSigningKey = (): string => `webhook_test_${random130Bits()}`

/** Where new webhooks send their messages, and what the inbox answers, until someone changes it. */
export const DEFAULT_DESTINATION: WebhookDestination = 'inbox'
export const DEFAULT_INBOX_ANSWER: InboxAnswer = 200

function checked(form: WebhookForm) {
  const result = checkWebhookForm(form)
  if (!result.ok) throw new WebhookFormError(result.errors)
  return result.form
}

export async function createWebhook(serviceId: string, form: WebhookForm): Promise<WebhookRecord> {
  const { callbackUrl, description, subscriptions } = checked(form)
  return inTransaction(async () => {
    const webhook: WebhookRecord = {
      id: random130Bits(),
      serviceId,
      callbackUrl,
      description,
      subscriptions,
      status: 'ACTIVE',
      signingKey: newSigningKey(),
      createdAt: await now(),
      destination: DEFAULT_DESTINATION,
      inboxAnswer: DEFAULT_INBOX_ANSWER,
    }
    await database().webhooks.add(webhook)
    return webhook
  })
}

/** The service's webhooks, oldest first. */
export async function listWebhooks(serviceId: string): Promise<WebhookRecord[]> {
  const webhooks = await database().webhooks.where('serviceId').equals(serviceId).toArray()
  return webhooks.sort((a, b) => a.createdAt - b.createdAt)
}

/** A webhook of the service; undefined for an unknown id or another service's webhook. */
export async function getWebhook(serviceId: string, webhookId: string): Promise<WebhookRecord | undefined> {
  const webhook = await database().webhooks.get(webhookId)
  return webhook?.serviceId === serviceId ? webhook : undefined
}

function changeWebhook(serviceId: string, webhookId: string, change: (webhook: WebhookRecord) => void): Promise<WebhookRecord> {
  return inTransaction(async () => {
    const webhook = await getWebhook(serviceId, webhookId)
    if (!webhook) throw new UnknownWebhookError(`This service has no webhook ${webhookId}`)
    change(webhook)
    await database().webhooks.put(webhook)
    return webhook
  })
}

/** Replaces the callback URL, description and events ("Update webhook"). */
export function updateWebhook(serviceId: string, webhookId: string, form: WebhookForm): Promise<WebhookRecord> {
  const { callbackUrl, description, subscriptions } = checked(form)
  return changeWebhook(serviceId, webhookId, (webhook) => Object.assign(webhook, { callbackUrl, description, subscriptions }))
}

/** Deactivates or activates a webhook. A deactivated one still gets messages; none is sent. */
export function setWebhookStatus(serviceId: string, webhookId: string, status: WebhookStatus): Promise<WebhookRecord> {
  return changeWebhook(serviceId, webhookId, (webhook) => {
    webhook.status = status
  })
}

/** Where the playground sends the webhook's messages, and what its inbox answers. */
export function setWebhookDelivery(
  serviceId: string,
  webhookId: string,
  delivery: { destination: WebhookDestination; inboxAnswer: InboxAnswer },
): Promise<WebhookRecord> {
  if (!Number.isInteger(delivery.inboxAnswer) || (delivery.inboxAnswer !== 0 && (delivery.inboxAnswer < 100 || delivery.inboxAnswer > 599))) {
    return Promise.reject(new RangeError('The inbox answers with a status from 100 to 599, or 0 for no answer'))
  }
  return changeWebhook(serviceId, webhookId, (webhook) => Object.assign(webhook, delivery))
}
