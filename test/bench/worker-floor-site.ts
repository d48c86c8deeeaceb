// The service worker floors: what a trip through a service worker costs on this machine with nothing
// else in it. A tiny site of the bench's own (never part of the playground) has one page and one
// bare worker for each way of answering, each in its own scope:
// - one-trip: the worker answers each request itself with a small JSON body, as the playground's
//   worker does with msw's getResponse: page -> worker -> page;
// - relay: the worker hands each request to its page and answers with what the page sends back, as
//   msw's setupWorker does: page -> worker -> page -> worker -> page.
// Both take requests to the API's real address, as the playground's page sends them, and answer
// every one of them, so none can reach the network.
import http from 'node:http'
import { API_BASE_URL } from './operations.ts'
import { freePort, type Started } from './site.ts'

export const FLOOR_KINDS = ['one-trip', 'relay'] as const
export type FloorKind = (typeof FLOOR_KINDS)[number]

const FLOOR_ROOT = '/worker-floor/'

/** The small JSON body of every answer; `floor` names the worker that made it, for the bench to check. */
const ANSWER = `(kind, url) => JSON.stringify({ floor: kind, path: new URL(url).pathname, description: 'Answered by the bench floor' })`

const RELAY_LISTENER = `
  const answer = ${ANSWER}
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (event.data?.type !== 'request') return
    const body = new TextEncoder().encode(answer('relay', event.data.url)).buffer
    event.ports[0].postMessage({ status: 200, headers: { 'Content-Type': 'application/json' }, body }, [body])
  })`

/** The page: registers its worker and resolves `workerReady` once the worker controls it. */
function page(kind: FloorKind): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Service worker floor: ${kind}</title></head><body>
<script>${kind === 'relay' ? RELAY_LISTENER : ''}
  window.workerReady = navigator.serviceWorker.register('sw.js').then(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
    }
  })
</script>
</body></html>`
}

const ANSWER_ITSELF = `
  const answer = ${ANSWER}
  event.respondWith(new Response(answer('one-trip', event.request.url), { status: 200, headers: { 'Content-Type': 'application/json' } }))`

const RELAY_TO_PAGE = `
  event.respondWith((async () => {
    const client = await self.clients.get(event.clientId)
    const body = await event.request.arrayBuffer()
    const channel = new MessageChannel()
    const answered = new Promise((resolve) => { channel.port1.onmessage = (message) => resolve(message.data) })
    const headers = Object.fromEntries(event.request.headers.entries())
    client.postMessage({ type: 'request', url: event.request.url, method: event.request.method, headers, body }, [channel.port2, body])
    const answer = await answered
    return new Response(answer.body, { status: answer.status, headers: answer.headers })
  })())`

/** The worker: takes over at once, and answers every request to the API's address. */
function worker(kind: FloorKind): string {
  return `
self.addEventListener('install', () => self.skipWaiting())
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()))
self.addEventListener('fetch', (event) => {
  if (new URL(event.request.url).origin !== ${JSON.stringify(new URL(API_BASE_URL).origin)}) return${kind === 'one-trip' ? ANSWER_ITSELF : RELAY_TO_PAGE}
})`
}

/** The files of the site by address: a page and a worker per kind. */
export function floorFiles(): Map<string, { type: string; text: string }> {
  const files = new Map<string, { type: string; text: string }>()
  for (const kind of FLOOR_KINDS) {
    files.set(`${FLOOR_ROOT}${kind}/`, { type: 'text/html', text: page(kind) })
    files.set(`${FLOOR_ROOT}${kind}/sw.js`, { type: 'text/javascript', text: worker(kind) })
  }
  return files
}

export interface FloorSite {
  /** The page of each kind. */
  urls: Record<FloorKind, string>
  stop: Started['stop']
}

export async function serveWorkerFloors(): Promise<FloorSite> {
  const port = await freePort()
  const files = floorFiles()
  const server = http.createServer((request, response) => {
    const file = files.get(request.url ?? '')
    if (!file) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store' })
    response.end(file.text)
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${port}`
  return {
    urls: { 'one-trip': `${origin}${FLOOR_ROOT}one-trip/`, relay: `${origin}${FLOOR_ROOT}relay/` },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
