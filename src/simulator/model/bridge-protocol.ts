// The messages between the local bridge (src/bridge/, Node) and the playground tab that answers for
// it, over one WebSocket. Bodies travel as base64, so every byte a client sends or gets is kept.

/** The bridge's WebSocket path; the tab adds `?pair=<token>` or `?session=<token>`. */
export const BRIDGE_SOCKET_PATH = '/playground-tab'
export const DEFAULT_BRIDGE_PORT = 9292

export type HeaderList = Array<[string, string]>

/** The bridge tells a tab it is connected, and how to reconnect after a reload. */
export interface WelcomeMessage {
  type: 'welcome'
  /** The bridge's own address, e.g. `http://127.0.0.1:9292`. */
  bridgeUrl: string
  /** A token this tab (and only it) may reconnect with, in place of the pairing token. */
  session: string
}

/** An HTTP request a client sent the bridge, to be answered as the API would. */
export interface RelayedRequest {
  type: 'request'
  id: number
  method: string
  /** Path and query, e.g. `/v1/payments?state=success`. */
  path: string
  headers: HeaderList
  /** base64, or null for no body */
  body: string | null
}

export interface RelayedResponse {
  type: 'response'
  id: number
  /** 0 for a network failure: the bridge then drops the client's connection without answering. */
  status: number
  headers: HeaderList
  /** base64 */
  body: string
}

/**
 * The tab asks the bridge to send a webhook message: a POST to a URL the person's machine can reach
 * (http://localhost:3000/webhooks too), as the real service would send it to the callback URL.
 */
export interface WebhookPostRequest {
  type: 'webhook-post'
  id: number
  url: string
  headers: HeaderList
  /** base64 of the body's UTF-8 bytes */
  body: string
}

/** What came of a webhook POST: the status the URL answered with, or why there was none. */
export interface WebhookPostResult {
  type: 'webhook-result'
  id: number
  /** The final answer's status (redirects are followed, as the real service's HTTP client does). */
  status?: number
  /** No answer within the real service's 3 seconds. */
  timedOut?: boolean
  /** Why there was no answer: the connection was refused, the name not found… */
  error?: string
  durationMs: number
}

export type BridgeToTab = WelcomeMessage | RelayedRequest | WebhookPostResult
export type TabToBridge = RelayedResponse | WebhookPostRequest

/** Reads a pairing link: the playground's address with `#/bridge?url=<bridge>&pair=<token>`. */
export function readPairingLink(link: string): { bridgeUrl: string; pair: string } | undefined {
  let hash: string
  try {
    hash = new URL(link.trim()).hash
  } catch {
    return undefined
  }
  const match = /^#\/bridge\?(.*)$/.exec(hash)
  if (!match) return undefined
  const params = new URLSearchParams(match[1])
  const bridgeUrl = params.get('url')
  const pair = params.get('pair')
  if (!bridgeUrl || !pair || !/^http:\/\/(127\.0\.0\.1|localhost):\d+$/.test(bridgeUrl)) return undefined
  return { bridgeUrl, pair }
}

export function pairingLink(playgroundUrl: string, bridgeUrl: string, pair: string): string {
  const base = playgroundUrl.split('#')[0]!
  return `${base}#/bridge?${new URLSearchParams({ url: bridgeUrl, pair }).toString()}`
}

export const toBase64 = (bytes: Uint8Array): string => {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

export const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (char) => char.charCodeAt(0))
