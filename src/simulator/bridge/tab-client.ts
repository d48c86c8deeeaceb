// The playground tab's side of the local bridge: a WebSocket to the bridge on loopback. Each HTTP
// request a program sends the bridge arrives here, is answered by this page with the simulator's
// handlers (the same pipeline the service worker runs, on the same database) and goes back. The
// other way, this tab asks the bridge to POST webhook messages to callback URLs on the machine.
import { API_BASE_URL } from '../model/api-base.ts'
import {
  BRIDGE_SOCKET_PATH,
  fromBase64,
  toBase64,
  type BridgeToTab,
  type HeaderList,
  type RelayedRequest,
  type RelayedResponse,
  type WebhookPostRequest,
  type WebhookPostResult,
} from '../model/bridge-protocol.ts'
import type { DeliveryAnswer, OutgoingWebhook } from '../model/webhook-delivery-rules.ts'

export type TabCredential = { pair: string } | { session: string }

export interface TabClientEvents {
  /** The bridge accepted this tab; `session` lets it reconnect after a reload. */
  onConnected(bridgeUrl: string, session: string): void
  /** The connection ended; `replaced` when another tab took over. */
  onClosed(reason: { replaced: boolean; refused: boolean }): void
}

export type Answer = (request: Request, bridgeUrl: string) => Promise<Response>

function toRequest(message: RelayedRequest): Request {
  const headers = new Headers()
  for (const [name, value] of message.headers) {
    try {
      headers.append(name, value)
    } catch {
      // A header name or value a browser cannot carry (the real API never sees one either).
    }
  }
  const hasBody = message.body !== null && message.method !== 'GET' && message.method !== 'HEAD'
  return new Request(`${API_BASE_URL}${message.path}`, {
    method: message.method,
    headers,
    body: hasBody ? fromBase64(message.body!) : null,
  })
}

async function toMessage(id: number, response: Response): Promise<RelayedResponse> {
  // A network failure (a fault a trainer set): status 0, and the bridge drops the connection.
  if (response.type === 'error') return { type: 'response', id, status: 0, headers: [], body: '' }
  const headers: HeaderList = []
  response.headers.forEach((value, name) => headers.push([name, value]))
  return { type: 'response', id, status: response.status, headers, body: toBase64(new Uint8Array(await response.arrayBuffer())) }
}

export interface TabConnection {
  disconnect(): void
  /** Has the bridge POST a webhook message; resolves with what came of it. */
  postWebhook(outgoing: OutgoingWebhook): Promise<DeliveryAnswer>
}

/** How long the tab waits for the bridge's word on a webhook POST (the bridge itself gives up after 3 s). */
const WEBHOOK_RESULT_WAIT_MS = 15_000

function asAnswer(result: WebhookPostResult): DeliveryAnswer {
  if (result.status !== undefined) return { kind: 'answered', status: result.status }
  if (result.timedOut) return { kind: 'timeout' }
  return { kind: 'error', message: result.error ?? 'The bridge could not send the message' }
}

/** Connects to the bridge at `bridgeUrl` (http://127.0.0.1:<port>). */
export function connectTab(bridgeUrl: string, credential: TabCredential, answer: Answer, events: TabClientEvents): TabConnection {
  const address = new URL(BRIDGE_SOCKET_PATH, bridgeUrl.replace(/^http/, 'ws'))
  for (const [name, value] of Object.entries(credential)) address.searchParams.set(name, value)
  const socket = new WebSocket(address.href)
  let welcomed = false
  let nextPost = 1
  const posts = new Map<number, (answer: DeliveryAnswer) => void>()
  socket.addEventListener('message', (event) => {
    let message: BridgeToTab
    try {
      message = JSON.parse(String(event.data)) as BridgeToTab
    } catch {
      return
    }
    if (message.type === 'welcome') {
      welcomed = true
      events.onConnected(message.bridgeUrl, message.session)
      return
    }
    if (message.type === 'webhook-result') {
      posts.get(message.id)?.(asAnswer(message))
      posts.delete(message.id)
      return
    }
    if (message.type !== 'request') return
    let request: Request
    try {
      request = toRequest(message)
    } catch (error) {
      socket.send(JSON.stringify({ type: 'response', id: message.id, status: 400, headers: [['Content-Type', 'text/plain']], body: toBase64(new TextEncoder().encode(String(error))) }))
      return
    }
    answer(request, bridgeUrl)
      .then((response) => toMessage(message.id, response))
      .then((reply) => socket.send(JSON.stringify(reply)))
      .catch((error: unknown) => console.error('The bridge request could not be answered', error))
  })
  socket.addEventListener('close', (event) => {
    for (const settle of posts.values()) settle({ kind: 'error', message: 'The connection to the local bridge closed before it said what came of the message' })
    posts.clear()
    events.onClosed({ replaced: event.code === 4000, refused: !welcomed })
  })
  const postWebhook = (outgoing: OutgoingWebhook): Promise<DeliveryAnswer> => {
    if (socket.readyState !== WebSocket.OPEN) return Promise.resolve({ kind: 'error', message: 'The local bridge is not connected' })
    const id = nextPost++
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        posts.delete(id)
        resolve({ kind: 'error', message: 'The local bridge did not say what came of the message' })
      }, WEBHOOK_RESULT_WAIT_MS)
      posts.set(id, (result) => {
        clearTimeout(timer)
        resolve(result)
      })
      const request: WebhookPostRequest = { type: 'webhook-post', id, url: outgoing.url, headers: outgoing.headers, body: toBase64(new TextEncoder().encode(outgoing.body)) }
      socket.send(JSON.stringify(request))
    })
  }
  return { disconnect: () => socket.close(1000, 'Disconnected from the playground'), postWebhook }
}
