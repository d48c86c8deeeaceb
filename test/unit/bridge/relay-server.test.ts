// The bridge's HTTP and WebSocket sides, with a stand-in for the playground tab: it listens on
// loopback only, refuses other hosts, other origins and wrong tokens, relays requests and answers
// exactly, points links at itself, says clearly when no tab is connected, and logs no key.
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { startRelayServer, type RelayServer } from '../../../src/bridge/relay-server.ts'
import { BRIDGE_SOCKET_PATH, type RelayedRequest, type WelcomeMessage } from '../../../src/simulator/model/bridge-protocol.ts'

const PLAYGROUND = 'http://localhost:5173'
const KEY = 'api_test_0123456789abcdefghijklmnopqrstuv0123456789abcdefghijklmnopqrstuv'
let server: RelayServer
let port = 19_300 + Math.floor(Math.random() * 500)
const lines: string[] = []

async function start() {
  server = await startRelayServer({ port: ++port, playgroundOrigin: PLAYGROUND, log: (line) => lines.push(line) })
  return server
}

afterEach(async () => {
  lines.length = 0
  await server?.close()
})

/** Opens the tab's WebSocket; resolves with it once welcomed, or rejects with the refusal. */
function connectTab(query: string, origin = PLAYGROUND): Promise<{ socket: WebSocket; welcome: WelcomeMessage }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}${BRIDGE_SOCKET_PATH}?${query}`, { origin })
    socket.once('message', (data) => resolve({ socket, welcome: JSON.parse(String(data)) as WelcomeMessage }))
    socket.once('unexpected-response', (_request, response) => reject(new Error(`refused ${response.statusCode}`)))
    socket.once('error', reject)
  })
}

/** A stand-in tab that answers every request with `answer`. */
function answerWith(socket: WebSocket, answer: (request: RelayedRequest) => { status: number; headers: Array<[string, string]>; body: string }) {
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as RelayedRequest
    if (message.type !== 'request') return
    const { status, headers, body } = answer(message)
    socket.send(JSON.stringify({ type: 'response', id: message.id, status, headers, body: Buffer.from(body).toString('base64') }))
  })
}

describe('the bridge', () => {
  it('listens on the loopback address only', async () => {
    await start()
    expect(server.url).toBe(`http://127.0.0.1:${port}`)
    await expect(fetch(`http://[::1]:${port}/v1/payments`)).rejects.toThrow()
  })

  it('answers 503 with a JSON body saying to open the playground when no tab is connected', async () => {
    await start()
    const response = await fetch(`${server.url}/v1/payments`, { headers: { Authorization: `Bearer ${KEY}` } })
    expect(response.status).toBe(503)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect((await response.json()).message).toMatch(/No playground tab is connected to the bridge. Open the pairing link/)
  })

  it('refuses an HTTP request addressed to another host (DNS rebinding)', async () => {
    await start()
    const { socket } = await connectTab(`pair=${server.tab.pairing}`)
    answerWith(socket, () => ({ status: 200, headers: [], body: 'should not be reached' }))
    const http = await import('node:http')
    const status = await new Promise<number>((resolve) => {
      http.get({ host: '127.0.0.1', port, path: '/v1/payments', headers: { Host: `attacker.example:${port}` } }, (response) => resolve(response.statusCode ?? 0))
    })
    expect(status).toBe(403)
    socket.close()
  })

  it('refuses a WebSocket from any other origin, or with a wrong token, and takes the pairing token once', async () => {
    await start()
    const pairing = server.tab.pairing!
    await expect(connectTab(`pair=${pairing}`, 'https://any-website.example')).rejects.toThrow('refused 403')
    await expect(connectTab('pair=guessed-token')).rejects.toThrow('refused 403')
    const { socket, welcome } = await connectTab(`pair=${pairing}`)
    expect(welcome).toMatchObject({ type: 'welcome', bridgeUrl: server.url })
    await expect(connectTab(`pair=${pairing}`)).rejects.toThrow('refused 403')
    // The tab may come back after a reload with the session token it was given.
    socket.close()
    const again = await connectTab(`session=${welcome.session}`)
    expect(again.welcome.type).toBe('welcome')
    again.socket.close()
    expect(lines.filter((line) => line.startsWith('Refused'))).toHaveLength(3)
  })

  it('relays a request and its answer exactly, pointing the API’s links and Location at the bridge', async () => {
    await start()
    const { socket } = await connectTab(`pair=${server.tab.pairing}`)
    const seen: RelayedRequest[] = []
    answerWith(socket, (request) => {
      seen.push(request)
      const self = 'https://publicapi.payments.service.gov.uk/v1/payments/abc'
      return {
        status: 201,
        headers: [['Content-Type', 'application/json'], ['Location', self], ['Cache-Control', 'no-store']],
        body: JSON.stringify({ _links: { self: { href: self }, next_url: { href: 'http://localhost:5173/#/secure/t' } } }),
      }
    })
    const response = await fetch(`${server.url}/v1/payments?x=1`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
      body: '{"amount":100}',
    })
    expect(response.status).toBe(201)
    expect(response.headers.get('location')).toBe(`${server.url}/v1/payments/abc`)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({ _links: { self: { href: `${server.url}/v1/payments/abc` }, next_url: { href: 'http://localhost:5173/#/secure/t' } } })
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/v1/payments?x=1' })
    expect(Buffer.from(seen[0]!.body!, 'base64').toString()).toBe('{"amount":100}')
    expect(seen[0]!.headers).toContainEqual(['Authorization', `Bearer ${KEY}`])
    socket.close()
  })

  it('logs each request without any API key', async () => {
    await start()
    const { socket } = await connectTab(`pair=${server.tab.pairing}`)
    answerWith(socket, () => ({ status: 401, headers: [['Content-Type', 'text/plain']], body: 'Credentials are required to access this resource.' }))
    await fetch(`${server.url}/v1/payments?reference=${KEY}`, { headers: { Authorization: `Bearer ${KEY}` } })
    expect(lines.join('\n')).toMatch(/GET \/v1\/payments\?reference=\[redacted\] → 401/)
    expect(lines.join('\n')).not.toContain(KEY.slice(9))
    socket.close()
  })
})

describe('a network failure the tab reports (a fault a trainer set)', () => {
  it('drops the client’s connection without an answer', async () => {
    await start()
    const { socket } = await connectTab(`pair=${server.tab.pairing}`)
    answerWith(socket, () => ({ status: 0, headers: [], body: '' }))
    await expect(fetch(`${server.url}/v1/payments`, { headers: { Authorization: `Bearer ${KEY}` } })).rejects.toThrow(TypeError)
    socket.close()
  })
})
