// The service worker floor: what the trip through a service worker costs on this machine with
// nothing else in it. A tiny site of the bench's own (never part of the playground) registers a
// worker that relays every request to its page and answers with what the page sends back, as
// msw's worker does: page -> worker -> page -> worker -> page, with a small JSON answer. Set beside
// the playground's "refused before storage" figure, it shows how much of a round trip is the
// worker hop itself and how much is msw and the simulator.
import http from 'node:http'
import type { Browser } from 'playwright-core'
import { freePort, type Started } from './site.ts'

const FLOOR_PATH = '/worker-floor/'

/** The page: registers the worker, then answers each relayed request from its message handler. */
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Service worker floor</title></head><body>
<script>
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (event.data?.type !== 'request') return
    const answer = { code: 'P0120', description: 'Unauthorised', path: new URL(event.data.url).pathname }
    const body = new TextEncoder().encode(JSON.stringify(answer)).buffer
    event.ports[0].postMessage({ status: 401, headers: { 'Content-Type': 'application/json' }, body }, [body])
  })
  window.workerReady = navigator.serviceWorker.register('sw.js').then(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
    }
  })
</script>
</body></html>`

/** The worker: every request under api/ goes to the page that made it, with its headers and body. */
const WORKER = `
self.addEventListener('install', () => self.skipWaiting())
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()))
self.addEventListener('fetch', (event) => {
  if (!new URL(event.request.url).pathname.includes('/api/')) return
  event.respondWith((async () => {
    const client = await self.clients.get(event.clientId)
    const body = await event.request.arrayBuffer()
    const channel = new MessageChannel()
    const answered = new Promise((resolve) => { channel.port1.onmessage = (message) => resolve(message.data) })
    const headers = Object.fromEntries(event.request.headers.entries())
    client.postMessage({ type: 'request', url: event.request.url, method: event.request.method, headers, body }, [channel.port2, body])
    const answer = await answered
    return new Response(answer.body, { status: answer.status, headers: answer.headers })
  })())
})`

export async function serveWorkerFloor(): Promise<Started> {
  const port = await freePort()
  const server = http.createServer((request, response) => {
    const file = request.url === `${FLOOR_PATH}sw.js` ? WORKER : request.url === FLOOR_PATH ? PAGE : undefined
    if (file === undefined) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'Content-Type': file === WORKER ? 'text/javascript' : 'text/html', 'Cache-Control': 'no-store' })
    response.end(file)
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}${FLOOR_PATH}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** Times `runs` GETs (after `warmUp` uncounted ones) from fetch() to the whole body read, `pace` ms apart. */
export async function workerFloorTimes(browser: Browser, url: string, runs: number, warmUp: number, pace: number): Promise<number[]> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(url)
    await page.evaluate(() => (window as unknown as { workerReady: Promise<void> }).workerReady)
    return await page.evaluate(
      async ({ runs, warmUp, pace }) => {
        const times: number[] = []
        for (let run = -warmUp; run < runs; run++) {
          const started = performance.now()
          const response = await fetch(`api/v1/payments/floor${run}`, { headers: { Accept: 'application/json' } })
          await response.text()
          const took = performance.now() - started
          if (response.status !== 401) throw new Error(`The worker floor answered ${response.status}`)
          if (run >= 0) times.push(took)
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, pace - took)))
        }
        return times
      },
      { runs, warmUp, pace },
    )
  } finally {
    await context.close()
  }
}
