// The one playground tab that answers for the bridge, over a WebSocket. A tab may connect only from
// the playground's own origin, with the pairing token the bridge printed (once) or with the session
// token the bridge gave it then (to come back after a reload): any other website the person visits
// could otherwise open ws://127.0.0.1 and drive or read the simulator.
import { randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { WebSocket } from 'ws'
import type { HeaderList, RelayedResponse, TabToBridge, WebhookPostRequest } from '../simulator/model/bridge-protocol.ts'
import { postWebhook, type WebhookPoster } from './webhook-poster.ts'

/** How long a client waits for the tab's answer before it gets 504. */
export const ANSWER_TIMEOUT_MS = 30_000

export interface RelayRequest {
  method: string
  path: string
  headers: HeaderList
  body: Uint8Array | null
}

interface Waiting {
  resolve: (response: RelayedResponse) => void
  reject: (error: Error) => void
  timer: ReturnType<typeof setTimeout>
}

const token = () => randomBytes(24).toString('base64url')

export type Refusal = { status: 403; reason: string }

export class TabLink {
  /** Printed in the pairing link; good for one connection only. */
  pairing: string | undefined = token()
  private session: string | undefined
  private socket: WebSocket | undefined
  private nextId = 1
  private readonly waiting = new Map<number, Waiting>()
  private readonly listeners = new Set<(connected: boolean) => void>()

  constructor(
    private readonly playgroundOrigin: string,
    private readonly bridgeUrl: string,
    private readonly poster: WebhookPoster = postWebhook,
    private readonly log: (line: string) => void = () => {},
  ) {}

  get connected(): boolean {
    return this.socket !== undefined
  }

  onChange(listener: (connected: boolean) => void): void {
    this.listeners.add(listener)
  }

  /** Decides whether an upgrade request may become the tab's connection; a refusal says why. */
  check(request: IncomingMessage): Refusal | undefined {
    const origin = request.headers.origin
    if (origin !== this.playgroundOrigin) {
      return { status: 403, reason: `a connection from ${origin ?? 'a page with no origin'}, not from the playground (${this.playgroundOrigin})` }
    }
    const params = new URL(request.url ?? '/', 'http://bridge').searchParams
    const pair = params.get('pair')
    const session = params.get('session')
    const paired = pair !== null && this.pairing !== undefined && pair === this.pairing
    const resumed = session !== null && this.session !== undefined && session === this.session
    if (!paired && !resumed) return { status: 403, reason: 'a connection without the current pairing or session token' }
    return undefined
  }

  /** Takes an accepted connection as the tab: the pairing token is used up, any older tab let go. */
  attach(socket: WebSocket): void {
    this.pairing = undefined
    this.session = token()
    this.socket?.close(4000, 'Another playground tab has connected to the bridge')
    this.socket = socket
    socket.send(JSON.stringify({ type: 'welcome', bridgeUrl: this.bridgeUrl, session: this.session }))
    socket.on('message', (data) => this.receive(String(data)))
    socket.on('close', () => {
      if (this.socket !== socket) return
      this.socket = undefined
      for (const [id, waiting] of this.waiting) {
        clearTimeout(waiting.timer)
        waiting.reject(new Error('The playground tab disconnected before answering'))
        this.waiting.delete(id)
      }
      for (const listener of this.listeners) listener(false)
    })
    for (const listener of this.listeners) listener(true)
  }

  private receive(text: string): void {
    let message: TabToBridge
    try {
      message = JSON.parse(text) as TabToBridge
    } catch {
      return
    }
    if (message.type === 'webhook-post') {
      this.sendWebhook(message)
      return
    }
    if (message.type !== 'response') return
    const waiting = this.waiting.get(message.id)
    if (!waiting) return
    clearTimeout(waiting.timer)
    this.waiting.delete(message.id)
    waiting.resolve(message)
  }

  /** Sends a webhook message for the tab, and tells it what came of it (on the socket that asked). */
  private sendWebhook(request: WebhookPostRequest): void {
    const socket = this.socket
    void this.poster(request).then((result) => {
      const outcome = result.status ?? (result.timedOut ? 'no answer within 3 seconds' : result.error)
      this.log(`${new Date().toISOString().slice(11, 19)} Webhook message POST ${request.url} → ${String(outcome)} (${result.durationMs} ms)`)
      if (socket && socket === this.socket) socket.send(JSON.stringify(result))
    })
  }

  /** Sends a request to the tab; resolves with its answer. */
  relay(request: RelayRequest): Promise<RelayedResponse> {
    const socket = this.socket
    if (!socket) return Promise.reject(new Error('No playground tab is connected'))
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id)
        reject(new Error(`The playground tab did not answer within ${ANSWER_TIMEOUT_MS / 1000} seconds`))
      }, ANSWER_TIMEOUT_MS)
      this.waiting.set(id, { resolve, reject, timer })
      const body = request.body === null ? null : Buffer.from(request.body).toString('base64')
      socket.send(JSON.stringify({ type: 'request', id, method: request.method, path: request.path, headers: request.headers, body }))
    })
  }

  close(): void {
    this.socket?.close(1001, 'The bridge is stopping')
  }
}
