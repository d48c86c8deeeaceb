// The bridge's HTTP side: listens on loopback only and answers `/v1/...` exactly as the API does,
// by relaying each request to the playground tab and its answer back. Links in answers point at
// the bridge; `next_url` still opens the playground's card page.
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import { WebSocketServer } from 'ws'
import { API_BASE_URL } from '../simulator/model/api-base.ts'
import { BRIDGE_SOCKET_PATH, type HeaderList } from '../simulator/model/bridge-protocol.ts'
import { TabLink } from './tab-link.ts'
import { postWebhook } from './webhook-poster.ts'

export const LOOPBACK = '127.0.0.1'
const MAX_BODY_BYTES = 10 * 1024 * 1024
/** Headers that describe one connection, not the message: never copied from the tab's answer. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding'])
const KEY_PATTERN = /api_(?:test|live)_[0-9a-z]+/gi

export interface RelayServer {
  url: string
  tab: TabLink
  close(): Promise<void>
}

export interface RelayServerOptions {
  port: number
  playgroundOrigin: string
  log?: (line: string) => void
}

function json(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) })
  response.end(text)
}

function readBody(request: IncomingMessage): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        request.destroy()
        reject(new Error('The request body is too large for the bridge'))
      } else chunks.push(chunk)
    })
    request.on('end', () => resolve(size === 0 ? null : Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

function headerList(request: IncomingMessage): HeaderList {
  const list: HeaderList = []
  for (let index = 0; index < request.rawHeaders.length; index += 2) {
    const name = request.rawHeaders[index]!
    if (!['host', 'connection', 'content-length', 'transfer-encoding'].includes(name.toLowerCase())) list.push([name, request.rawHeaders[index + 1]!])
  }
  return list
}

/** Points the API's links at the bridge the client called, in the body and the Location header. */
export function pointLinksAtBridge(text: string, bridgeUrl: string): string {
  return text.split(API_BASE_URL).join(bridgeUrl)
}

export function startRelayServer({ port, playgroundOrigin, log = () => {} }: RelayServerOptions): Promise<RelayServer> {
  const allowedHosts = new Set([`${LOOPBACK}:${port}`, `localhost:${port}`])
  const url = `http://${LOOPBACK}:${port}`
  const tab = new TabLink(playgroundOrigin, url, postWebhook, log)
  const sockets = new WebSocketServer({ noServer: true })

  const server = http.createServer(async (request, response) => {
    const started = Date.now()
    const host = request.headers.host ?? ''
    const path = request.url ?? '/'
    const done = (status: number) =>
      log(`${new Date().toISOString().slice(11, 19)} ${request.method} ${path.replace(KEY_PATTERN, '[redacted]')} → ${status} (${Date.now() - started} ms)`)
    // DNS rebinding: a website whose name now points at 127.0.0.1 would send its own name as Host.
    if (!allowedHosts.has(host)) {
      json(response, 403, { message: `The bridge only answers requests addressed to ${url} (or http://localhost:${port}), not to ${host || 'no host'}.` })
      done(403)
      return
    }
    if (!tab.connected) {
      json(response, 503, {
        message:
          'No playground tab is connected to the bridge. Open the pairing link that `npm run bridge` printed in its terminal (or paste it on the playground’s Simulator tools page), keep that tab open, and try again.',
      })
      done(503)
      return
    }
    try {
      const body = await readBody(request)
      const answer = await tab.relay({ method: request.method ?? 'GET', path, headers: headerList(request), body })
      if (answer.status === 0) {
        request.socket.destroy()
        done(0)
        return
      }
      const bridgeUrl = `http://${host}`
      const headers: Record<string, string> = {}
      for (const [name, value] of answer.headers) {
        if (HOP_BY_HOP.has(name.toLowerCase())) continue
        headers[name] = name.toLowerCase() === 'location' ? pointLinksAtBridge(value, bridgeUrl) : value
      }
      const raw = Buffer.from(answer.body, 'base64')
      const isJson = /json/i.test(answer.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '')
      const sent = isJson ? Buffer.from(pointLinksAtBridge(raw.toString('utf8'), bridgeUrl)) : raw
      response.writeHead(answer.status, { ...headers, 'Content-Length': sent.length })
      response.end(request.method === 'HEAD' ? undefined : sent)
      done(answer.status)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      json(response, message.includes('did not answer') ? 504 : 503, { message })
      done(503)
    }
  })

  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://bridge').pathname
    const refusal = path !== BRIDGE_SOCKET_PATH ? { status: 404, reason: `no WebSocket at ${path}` } : tab.check(request)
    if (!allowedHosts.has(request.headers.host ?? '') || refusal) {
      const reason = refusal?.reason ?? `a connection addressed to ${request.headers.host ?? 'no host'}`
      log(`Refused ${reason}.`)
      socket.end(`HTTP/1.1 ${refusal?.status ?? 403} Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
      return
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      tab.attach(ws)
      log('A playground tab connected: the bridge is answering.')
    })
  })
  tab.onChange((connected) => {
    if (!connected) log('The playground tab disconnected: requests get 503 until a tab reconnects.')
  })

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, LOOPBACK, () => {
      server.off('error', reject)
      resolve({
        url,
        tab,
        close: () =>
          new Promise((done) => {
            tab.close()
            sockets.close()
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })
}
