// Webhook deliveries in a page: run now, on a tick (retries come due as time passes), whenever
// storage changes in any tab or the worker (a change wrote messages, the clock moved, a webhook
// changed), with this tab's ways of reaching callback URLs: the bridge when it holds it, else the
// browser's fetch. Several tabs may run at once; the claims in services/webhook-deliveries.ts make
// each delivery once. The service worker does not deliver: every change it makes reaches the pages.
// Messages older than 7 days (simulator clock) are deleted, as the real service deletes them.
import { Dexie } from 'dexie'
import { bridgeHeldElsewhere, bridgeWebhookSender } from './services/bridge.ts'
import { runtimeStoppedReason } from './services/runtime.ts'
import { anyDeliveryDue, runDueDeliveries, type WebhookTransports } from './services/webhook-deliveries.ts'
import { deleteOldMessages } from './services/webhook-messages.ts'
import { sendWithBrowserFetch } from './webhook-browser-fetch.ts'

export const DELIVERY_TICK_MS = 2_000
/** How often a page looks for messages past their 7 days (real time). */
const CLEAN_UP_EVERY_MS = 60_000
const WATCHED_TABLES = ['/webhookDeliveries/', '/webhooks/', '/meta/']

const transports: WebhookTransports = { bridge: bridgeWebhookSender, bridgeElsewhere: bridgeHeldElsewhere, browser: sendWithBrowserFetch }

/** Starts delivering in this page; returns a function that stops. */
export function startWebhookDeliveries(): () => void {
  let running = false
  let again = false
  let cleanedUpAt = 0
  const run = async () => {
    if (running) {
      again = true
      return
    }
    running = true
    try {
      do {
        again = false
        if (await anyDeliveryDue()) await runDueDeliveries(transports)
      } while (again)
      if (Date.now() - cleanedUpAt > CLEAN_UP_EVERY_MS) {
        cleanedUpAt = Date.now()
        await deleteOldMessages()
      }
    } catch (error) {
      if (runtimeStoppedReason() === undefined) console.error('Webhook messages could not be delivered', error)
    } finally {
      running = false
    }
  }
  const onChange = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((part) => WATCHED_TABLES.some((table) => part.includes(table)))) void run()
  }
  const tick = setInterval(() => void run(), DELIVERY_TICK_MS)
  Dexie.on('storagemutated', onChange)
  void run()
  return () => {
    clearInterval(tick)
    Dexie.on.storagemutated.unsubscribe(onChange)
  }
}
