// The bridge sends webhook messages for the playground tab: a real HTTP POST from this machine to
// the callback URL, as pay-webhooks sends it (its 3-second timeout, redirects followed). Only the
// paired tab can ask (tab-link.ts), and only for http and https addresses.
import type { WebhookPostRequest, WebhookPostResult } from '../simulator/model/bridge-protocol.ts'
import { DELIVERY_TIMEOUT_MS } from '../simulator/model/webhook-delivery-rules.ts'

export type WebhookPoster = (request: WebhookPostRequest) => Promise<WebhookPostResult>

/** Why a request got no answer, in words close to the real service's HTTP client's. */
function describeFailure(url: URL, error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  const code = cause?.code
  if (code === 'ECONNREFUSED') return `Connect to ${url.origin} failed: Connection refused`
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `${url.hostname}: Name or service not known`
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `Connection reset by ${url.origin}`
  return cause?.message ?? (error instanceof Error ? error.message : String(error))
}

export const postWebhook: WebhookPoster = async (request) => {
  const started = Date.now()
  const done = (result: Omit<WebhookPostResult, 'type' | 'id' | 'durationMs'>): WebhookPostResult => ({
    type: 'webhook-result',
    id: request.id,
    ...result,
    durationMs: Date.now() - started,
  })
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return done({ error: `${request.url} is not a URL` })
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return done({ error: `The bridge only sends to http and https addresses, not ${url.protocol}` })
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: request.headers,
      // As text (the body is UTF-8 JSON, so the same bytes): Node's fetch cannot resend a byte body after a redirect.
      body: Buffer.from(request.body, 'base64').toString('utf8'),
      redirect: 'follow',
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    })
    await response.arrayBuffer().catch(() => undefined)
    return done({ status: response.status })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') return done({ timedOut: true })
    return done({ error: describeFailure(url, error) })
  }
}
