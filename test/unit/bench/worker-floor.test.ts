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

/** A file of the site as the browser gets it. */
async function served(path: string) {
  const response = await fetch(new URL(path, site.url))
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() }
}

describe('the service worker floor site', () => {
  it('serves a page that registers the worker next to it and answers relayed requests', async () => {
    const page = await served('')
    expect(page).toMatchObject({ status: 200, type: 'text/html' })
    expect(page.text).toContain("register('sw.js')")
    expect(page.text).toContain("addEventListener('message'")
  })

  it('serves the worker as JavaScript that relays only requests under api/', async () => {
    const worker = await served('sw.js')
    expect(worker).toMatchObject({ status: 200, type: 'text/javascript' })
    expect(worker.text).toContain("includes('/api/')")
    expect(worker.text).toContain('client.postMessage')
  })

  it('answers 404 for anything else, so a relayed request can never reach the network', async () => {
    expect((await served('api/v1/payments/x')).status).toBe(404)
    expect((await served('/')).status).toBe(404)
  })
})
