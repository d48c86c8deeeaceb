// A little HTTP receiver for webhook messages, started by a test on loopback: it records each
// request's method, headers and exact body bytes, answers as told, and can allow the playground's
// page to call it from the browser (CORS) or not.
import http, { type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ReceivedMessage {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: Buffer
}

export interface WebhookReceiver {
  url: string
  /** The POSTs received, in order (CORS preflights are not counted). */
  received: ReceivedMessage[]
  close(): Promise<void>
}

export async function startWebhookReceiver(options: { status?: number; allowOrigin?: string } = {}): Promise<WebhookReceiver> {
  const received: ReceivedMessage[] = []
  const cors = (response: http.ServerResponse) => {
    if (!options.allowOrigin) return
    response.setHeader('Access-Control-Allow-Origin', options.allowOrigin)
    response.setHeader('Access-Control-Allow-Headers', 'content-type, pay-signature')
    response.setHeader('Access-Control-Allow-Methods', 'POST')
  }
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      cors(response)
      if (request.method === 'POST') {
        received.push({ method: request.method, path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) })
        response.writeHead(options.status ?? 200).end()
      } else {
        response.writeHead(204).end()
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
