// Reading a webhook's messages and their deliveries, as the admin site's webhook pages show them
// (newest first, ten to a page, filtered by delivery status), and sending a message again.
import type { DeliveryStatus, WebhookDeliveryRecord, WebhookMessageRecord } from '../model/webhook-types.ts'
import { now } from './clock.ts'
import { database, inTransaction } from './runtime.ts'
import { getWebhook, UnknownWebhookError } from './webhooks.ts'

export const MESSAGES_PAGE_SIZE = 10

export interface MessagePage {
  messages: WebhookMessageRecord[]
  total: number
  /** The page shown: the one asked for, or the last one when that is past the end. */
  page: number
}

/**
 * A page of the webhook's messages, newest first. `status` keeps the messages whose latest finished
 * delivery has it; PENDING is a message none of whose deliveries has finished yet, or one waiting to
 * be retried ("Pending retry").
 */
export async function listMessages(serviceId: string, webhookId: string, options: { status?: DeliveryStatus; page?: number } = {}): Promise<MessagePage> {
  const db = database()
  return db.transaction('r', [db.webhooks, db.webhookMessages, db.webhookDeliveries], async () => {
    if (!(await getWebhook(serviceId, webhookId))) throw new UnknownWebhookError(`This service has no webhook ${webhookId}`)
    const all = await db.webhookMessages.where('[webhookId+createdAt]').between([webhookId, -Infinity], [webhookId, Infinity]).reverse().toArray()
    const chosen = options.status === undefined ? all : all.filter((message) => displayStatus(message) === options.status)
    const pages = Math.max(1, Math.ceil(chosen.length / MESSAGES_PAGE_SIZE))
    const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pages)
    return { messages: chosen.slice((page - 1) * MESSAGES_PAGE_SIZE, page * MESSAGES_PAGE_SIZE), total: chosen.length, page }
  })
}

/** A message's status as the list shows it: its latest finished delivery's, or pending before any. */
export const displayStatus = (message: WebhookMessageRecord): DeliveryStatus => message.lastDeliveryStatus ?? 'PENDING'

export interface MessageWithDeliveries {
  message: WebhookMessageRecord
  /** Newest first: a pending one (queued or due) before the attempts already made. */
  deliveries: WebhookDeliveryRecord[]
}

export async function getMessage(serviceId: string, webhookId: string, messageId: string): Promise<MessageWithDeliveries | undefined> {
  const db = database()
  return db.transaction('r', [db.webhooks, db.webhookMessages, db.webhookDeliveries], async () => {
    const message = await db.webhookMessages.get(messageId)
    if (!message || message.webhookId !== webhookId || !(await getWebhook(serviceId, webhookId))) return undefined
    const deliveries = await db.webhookDeliveries.where('messageId').equals(messageId).toArray()
    return { message, deliveries: deliveries.sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0)) }
  })
}

/**
 * Queues the message to be sent again now (a playground addition: the real admin site has no such
 * button). It counts as one more attempt: after six failed attempts there are no more retries.
 */
export function resendMessage(serviceId: string, webhookId: string, messageId: string): Promise<void> {
  return inTransaction(async () => {
    const db = database()
    const message = await db.webhookMessages.get(messageId)
    if (!message || message.webhookId !== webhookId || !(await getWebhook(serviceId, webhookId))) {
      throw new UnknownWebhookError(`This webhook has no message ${messageId}`)
    }
    const at = await now()
    await db.webhookDeliveries.add({ messageId, webhookId, serviceId, createdAt: at, sendAt: at, status: 'PENDING' })
  })
}

/** How long messages are kept (pay-webhooks' deletion job: "Events sent to your webhook are stored for 7 days"). */
export const MESSAGE_RETENTION_MS = 7 * 24 * 60 * 60_000

/** Deletes messages written more than 7 days ago (simulator clock), with their deliveries; resolves to how many. */
export function deleteOldMessages(): Promise<number> {
  return inTransaction(async () => {
    const db = database()
    const old = await db.webhookMessages.where('createdAt').below((await now()) - MESSAGE_RETENTION_MS).primaryKeys()
    if (old.length === 0) return 0
    await Promise.all([db.webhookMessages.bulkDelete(old), db.webhookDeliveries.where('messageId').anyOf(old).delete()])
    return old.length
  })
}
