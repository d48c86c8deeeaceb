// The worker keeps the site's files and answers from them when the network is gone; it leaves
// every other request (other sites, other methods) to the browser.
import { describe, expect, it, vi } from 'vitest'
import { answerSiteRequest, type SiteFiles } from '../../../src/worker/site-files.ts'

const SCOPE = 'https://example.github.io/pay-playground/'

class FakeCache {
  readonly entries = new Map<string, Response>()
  async match(request: Request | string) {
    const url = new URL(typeof request === 'string' ? request : request.url)
    url.search = ''
    return this.entries.get(url.href)?.clone()
  }
  async put(request: Request | string, response: Response) {
    this.entries.set(typeof request === 'string' ? request : request.url, response)
  }
}

/** A same-origin response from the network, as the browser types it. */
const ok = (body: string) => Promise.resolve(Object.defineProperty(new Response(body), 'type', { value: 'basic' }))
const offline = () => Promise.reject(new TypeError('Failed to fetch'))

function siteWith(network: () => Promise<Response>) {
  const cache = new FakeCache()
  const kept: Array<Promise<unknown>> = []
  const site: SiteFiles = { scope: SCOPE, cache: async () => cache as unknown as Cache, fetch: vi.fn(network) }
  const request = (url: string, navigate = false, init: RequestInit = {}) => {
    const base = new Request(url, init)
    // A Request cannot be built with mode "navigate"; the worker only reads the property.
    return answerSiteRequest(site, navigate ? Object.defineProperty(base, 'mode', { value: 'navigate' }) : base, (work) => kept.push(work))
  }
  return { site, cache, request, kept }
}

describe('the site files the worker keeps', () => {
  it('leaves other sites and other methods to the browser', () => {
    const { request, site } = siteWith(() => ok('network'))
    expect(request('https://fonts.example.com/font.woff2')).toBeUndefined()
    expect(request(`${SCOPE}anything`, false, { method: 'POST', body: 'x' })).toBeUndefined()
    expect(site.fetch).not.toHaveBeenCalled()
  })

  it('keeps the app page and built assets, and answers from them when the network is gone', async () => {
    let network = () => ok('fresh')
    const { request, kept } = siteWith(() => network())
    expect(await (await request(SCOPE, true))?.text()).toBe('fresh')
    // The copy is kept while the worker lives on after answering.
    expect(kept).toHaveLength(1)
    await Promise.all(kept)
    expect(await (await request(`${SCOPE}assets/index-abc123.js`))?.text()).toBe('fresh')
    network = offline
    expect(await (await request(SCOPE, true))?.text()).toBe('fresh')
    expect(await (await request(`${SCOPE}index.html?x=1`, true))?.text()).toBe('fresh')
    expect(await (await request(`${SCOPE}assets/index-abc123.js`))?.text()).toBe('fresh')
    await expect(request(`${SCOPE}assets/never-seen.js`)).rejects.toThrow('Failed to fetch')
  })

  it('serves 404.html from the cache for any other address inside the site when offline', async () => {
    const { request, cache } = siteWith(offline)
    await cache.put(`${SCOPE}404.html`, new Response('not found page', { status: 404 }))
    expect(await (await request(`${SCOPE}admin/transactions`, true))?.text()).toBe('not found page')
  })

  it('reads built assets from the cache first: their names change when their content does', async () => {
    const { request, cache, site } = siteWith(() => ok('network copy'))
    await cache.put(`${SCOPE}assets/app-1.js`, new Response('cached copy'))
    expect(await (await request(`${SCOPE}assets/app-1.js`))?.text()).toBe('cached copy')
    expect(site.fetch).not.toHaveBeenCalled()
  })

  it('reads other files from the network first, and from the cache only when offline', async () => {
    let network = () => ok('openapi v2')
    const { request, cache } = siteWith(() => network())
    await cache.put(`${SCOPE}openapi.json`, new Response('openapi v1'))
    expect(await (await request(`${SCOPE}openapi.json`))?.text()).toBe('openapi v2')
    network = offline
    expect(await (await request(`${SCOPE}openapi.json`))?.text()).toBe('openapi v1')
  })
})
