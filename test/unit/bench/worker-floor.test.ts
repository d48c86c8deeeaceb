// The bench's service worker floor site: a page that registers a relaying worker, the worker
// itself, and nothing else. (`npm run bench -- --quick` in .ci/run drives it in Chromium.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Started } from '../../bench/site.ts'
import { serveWorkerFloor } from '../../bench/worker-floor.ts'

let site: Started
beforeAll(async () => {
  site = await serveWorkerFloor()
})
afterAll(() => site.stop())

describe('the service worker floor site', () => {
  it('serves a page that registers the worker next to it and answers relayed requests', async () => {
    const response = await fetch(site.url)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html')
    const html = await response.text()
    expect(html).toContain("register('sw.js')")
    expect(html).toContain("addEventListener('message'")
  })

  it('serves the worker as JavaScript that relays only requests under api/', async () => {
    const response = await fetch(new URL('sw.js', site.url))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript')
    const worker = await response.text()
    expect(worker).toContain("includes('/api/')")
    expect(worker).toContain('client.postMessage')
  })

  it('answers 404 for anything else, so a relayed request can never reach the network', async () => {
    expect((await fetch(new URL('api/v1/payments/x', site.url))).status).toBe(404)
    expect((await fetch(new URL('/', site.url))).status).toBe(404)
  })
})
