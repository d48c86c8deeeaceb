// Running the deliveries the outbox queued, after the change that wrote them has committed, on the
// simulator clock. Every page runs them (on a tick, when storage changes, after the clock moves);
// several tabs may try at once, so a delivery is first claimed in a transaction, and only the
// context holding the claim records its result. A delivery is made at its due time: when the clock
// jumps, the attempts due in between are made one after another, each dated when it was due, and
// each failure queues the next retry from that time (model/webhook-delivery-rules.ts).
import { DELIVERY_TIMEOUT_MS, judgeAnswer, nextAttemptAt, type DeliveryAnswer, type OutgoingWebhook } from '../model/webhook-delivery-rules.ts'
import { SIGNATURE_HEADER, signWebhookBody } from '../model/webhook-signature.ts'
import type { DeliveryRoute, WebhookDeliveryRecord, WebhookMessageRecord, WebhookRecord } from '../model/webhook-types.ts'
import { now } from './clock.ts'
import { database, inTransaction } from './runtime.ts'

export type { OutgoingWebhook }

/** How this context can reach callback URLs. */
export interface WebhookTransports {
  /** Sends through the local bridge; undefined unless this context holds the bridge's connection. */
  bridge(): ((outgoing: OutgoingWebhook) => Promise<DeliveryAnswer>) | undefined
  /** True while another tab holds the bridge: callback deliveries are left to that tab. */
  bridgeElsewhere(): boolean
  /** Sends with the browser's own fetch (only reaches endpoints that allow cross-origin requests). */
  browser(outgoing: OutgoingWebhook): Promise<DeliveryAnswer>
}

/** How long a claim holds a delivery (real time) before another context may take it over. */
export const CLAIM_MS = 30_000
/** At most this many attempts in one run, so a run always ends; the next tick goes on. */
const MAX_PER_RUN = 500

const contextId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`

interface Claimed {
  delivery: WebhookDeliveryRecord & { seq: number }
  webhook: WebhookRecord
  message: WebhookMessageRecord
  route: DeliveryRoute | 'inactive'
}

function routeFor(webhook: WebhookRecord, transports: WebhookTransports): Claimed['route'] | undefined {
  if (webhook.status !== 'ACTIVE') return 'inactive'
  if (webhook.destination === 'inbox') return 'inbox'
  if (transports.bridge()) return 'bridge'
  return transports.bridgeElsewhere() ? undefined : 'browser'
}

/** The due deliveries, oldest first. */
async function dueDeliveries(at: number): Promise<WebhookDeliveryRecord[]> {
  return database().webhookDeliveries.where('[status+sendAt]').between(['PENDING', -Infinity], ['PENDING', at], true, true).toArray()
}

/** Whether any delivery is due now (a cheap read, for the pages' tick). */
export async function anyDeliveryDue(): Promise<boolean> {
  const db = database()
  return db.transaction('r', [db.meta, db.webhookDeliveries], async () => {
    const at = await now()
    return (await db.webhookDeliveries.where('[status+sendAt]').between(['PENDING', -Infinity], ['PENDING', at], true, true).count()) > 0
  })
}

function claimNext(transports: WebhookTransports, owner: string): Promise<Claimed | undefined> {
  return inTransaction(async () => {
    const db = database()
    for (const delivery of await dueDeliveries(await now())) {
      if (delivery.claimedUntil !== undefined && delivery.claimedUntil > Date.now()) continue
      const [webhook, message] = await Promise.all([db.webhooks.get(delivery.webhookId), db.webhookMessages.get(delivery.messageId)])
      if (!webhook || !message) {
        await db.webhookDeliveries.delete(delivery.seq!)
        continue
      }
      const route = routeFor(webhook, transports)
      if (route === undefined) continue
      const claimed = { ...delivery, seq: delivery.seq!, claimedUntil: Date.now() + CLAIM_MS, claimedBy: owner }
      await db.webhookDeliveries.put(claimed)
      return { delivery: claimed, webhook, message, route }
    }
    return undefined
  })
}

async function inboxAnswer(webhook: WebhookRecord): Promise<DeliveryAnswer> {
  return webhook.inboxAnswer === 0 ? { kind: 'timeout' } : { kind: 'answered', status: webhook.inboxAnswer }
}

interface Attempt {
  answer: DeliveryAnswer
  signature?: string
  responseTimeMs?: number
  url?: string
}

async function attempt({ webhook, message, route }: Claimed, transports: WebhookTransports): Promise<Attempt> {
  if (route === 'inactive') return { answer: { kind: 'error', message: 'Webhook not active' } }
  const signature = await signWebhookBody(webhook.signingKey, message.body)
  if (route === 'inbox') {
    const answer = await inboxAnswer(webhook)
    return { answer, signature, responseTimeMs: answer.kind === 'timeout' ? DELIVERY_TIMEOUT_MS : 0, url: 'inbox' }
  }
  const outgoing: OutgoingWebhook = {
    url: webhook.callbackUrl,
    headers: [
      ['Content-Type', 'application/json'],
      [SIGNATURE_HEADER, signature],
    ],
    body: message.body,
  }
  const send = route === 'bridge' ? transports.bridge() : transports.browser
  const started = Date.now()
  let answer: DeliveryAnswer
  try {
    answer = send ? await send(outgoing) : { kind: 'error', message: 'The local bridge disconnected before the message was sent' }
  } catch (error) {
    answer = { kind: 'error', message: error instanceof Error ? error.message : String(error) }
  }
  return { answer, signature, responseTimeMs: Date.now() - started, url: webhook.callbackUrl }
}

/** Records an attempt's result, if this context still holds the claim; queues the retry a failure earns. */
function record(claimed: Claimed, made: Attempt, owner: string): Promise<void> {
  return inTransaction(async () => {
    const db = database()
    const current = await db.webhookDeliveries.get(claimed.delivery.seq)
    if (!current || current.status !== 'PENDING' || current.claimedBy !== owner) return
    const attemptAt = current.sendAt
    const outcome =
      claimed.route === 'inactive' ? { status: 'WILL_NOT_SEND' as const, result: 'Webhook not active' } : judgeAnswer(made.answer)
    const { claimedUntil: _until, claimedBy: _by, ...rest } = current
    const finished: WebhookDeliveryRecord = { ...rest, ...outcome }
    if (claimed.route !== 'inactive') finished.route = claimed.route
    if (made.signature !== undefined) finished.signature = made.signature
    if (made.responseTimeMs !== undefined) finished.responseTimeMs = made.responseTimeMs
    if (made.url !== undefined) finished.url = made.url
    await db.webhookDeliveries.put(finished)
    const message = await db.webhookMessages.get(current.messageId)
    if (message) await db.webhookMessages.put({ ...message, lastDeliveryStatus: outcome.status })
    if (outcome.status !== 'FAILED') return
    const failedBefore = (await db.webhookDeliveries.where('messageId').equals(current.messageId).filter((d) => d.status === 'FAILED').count()) - 1
    const retryAt = nextAttemptAt(failedBefore, attemptAt)
    if (retryAt === undefined) return
    await db.webhookDeliveries.add({
      messageId: current.messageId,
      webhookId: current.webhookId,
      serviceId: current.serviceId,
      createdAt: attemptAt,
      sendAt: retryAt,
      status: 'PENDING',
    })
  })
}

/**
 * Makes every delivery due now, one after another, until none is left (or this context cannot make
 * the rest: another tab's bridge). Resolves to how many attempts this context made.
 */
export async function runDueDeliveries(transports: WebhookTransports, owner = contextId): Promise<number> {
  let made = 0
  while (made < MAX_PER_RUN) {
    const claimed = await claimNext(transports, owner)
    if (!claimed) break
    await record(claimed, await attempt(claimed, transports), owner)
    made++
  }
  return made
}
