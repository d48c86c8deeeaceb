// The bridge sends webhook messages for the paired tab: a real POST from this machine, with the
// exact bytes and headers the tab gave, the answer's status (or why there was none) sent back, and
// the real service's 3-second timeout.
import http, { type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { startRelayServer, type RelayServer } from '../../../src/bridge/relay-server.ts'
import { postWebhook } from '../../../src/bridge/webhook-poster.ts'
import { BRIDGE_SOCKET_PATH, type WebhookPostResult } from '../../../src/simulator/model/bridge-protocol.ts'

const PLAYGROUND = 'http://localhost:5173'
const BODY = '{"webhook_message_id":"abc","resource":{"description":"Café £5 — “quoted”"}}'
let port = 19_900 + Math.floor(Math.random() * 500)
const closers: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const close of closers.splice(0)) await close()
})

interface Received {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: Buffer
}

/** A little HTTP receiver on loopback: records each request and answers `status` (or never, for `hang`). */
async function receiver(answer: { status?: number; hang?: boolean; redirectTo?: string } = {}) {
  const received: Received[] = []
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) })
      if (answer.hang) return
      if (answer.redirectTo && request.url !== '/moved') {
        response.writeHead(307, { Location: answer.redirectTo }).end()
        return
      }
      response.writeHead(answer.status ?? 200).end('thanks')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  closers.push(() => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()) }))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received }
}

const request = (url: string) => ({
  type: 'webhook-post' as const,
  id: 7,
  url,
  headers: [['Content-Type', 'application/json'], ['Pay-Signature', 'ab'.repeat(32)]] as Array<[string, string]>,
  body: Buffer.from(BODY, 'utf8').toString('base64'),
})

describe('postWebhook', () => {
  it('POSTs the exact bytes with the tab’s headers, and returns the answer’s status', async () => {
    const target = await receiver({ status: 202 })
    const result = await postWebhook(request(`${target.url}/webhooks`))
    expect(result).toMatchObject({ type: 'webhook-result', id: 7, status: 202 })
    expect(target.received).toHaveLength(1)
    const [sent] = target.received
    expect(sent).toMatchObject({ method: 'POST', url: '/webhooks' })
    expect(sent!.headers['content-type']).toBe('application/json')
    expect(sent!.headers['pay-signature']).toBe('ab'.repeat(32))
    expect(sent!.body.equals(Buffer.from(BODY, 'utf8'))).toBe(true)
  })

  it('follows a redirect, as the real service’s HTTP client does', async () => {
    const target = await receiver({ status: 200 })
    const moving = await receiver({ redirectTo: `${target.url}/moved` })
    expect((await postWebhook(request(`${moving.url}/old`))).status).toBe(200)
    expect(target.received[0]!.body.toString('utf8')).toBe(BODY)
  })

  it('says the connection was refused when nothing listens there', async () => {
    const gone = await receiver()
    await closers.pop()!()
    const result = await postWebhook(request(`${gone.url}/webhooks`))
    expect(result.status).toBeUndefined()
    expect(result.error).toBe(`Connect to ${gone.url} failed: Connection refused`)
  })

  it('gives up after the real service’s 3 seconds', async () => {
    const target = await receiver({ hang: true })
    const result = await postWebhook(request(`${target.url}/slow`))
    expect(result).toMatchObject({ timedOut: true })
    expect(result.durationMs).toBeGreaterThanOrEqual(2_900)
    expect(result.durationMs).toBeLessThan(6_000)
  }, 10_000)

  it('sends only to http and https addresses', async () => {
    expect((await postWebhook(request('file:///etc/passwd'))).error).toBe('The bridge only sends to http and https addresses, not file:')
  })
})

describe('the bridge relays a webhook POST for its tab', () => {
  it('answers the tab that asked with the result, and logs the address and outcome', async () => {
    const target = await receiver({ status: 500 })
    const lines: string[] = []
    const bridge: RelayServer = await startRelayServer({ port: ++port, playgroundOrigin: PLAYGROUND, log: (line) => lines.push(line) })
    closers.push(() => bridge.close())
    const socket = new WebSocket(`ws://127.0.0.1:${port}${BRIDGE_SOCKET_PATH}?pair=${bridge.tab.pairing}`, { origin: PLAYGROUND })
    await new Promise((resolve) => socket.once('message', resolve)) // welcome
    const result = new Promise<WebhookPostResult>((resolve) => socket.on('message', (data) => resolve(JSON.parse(String(data)) as WebhookPostResult)))
    socket.send(JSON.stringify(request(`${target.url}/hooks`)))
    expect(await result).toMatchObject({ type: 'webhook-result', id: 7, status: 500 })
    expect(target.received[0]!.body.toString('utf8')).toBe(BODY)
    expect(lines.some((line) => line.includes(`Webhook message POST ${target.url}/hooks → 500`))).toBe(true)
    socket.close()
  })
})
