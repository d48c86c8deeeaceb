// The page's copy of the whole build in Cache Storage, for visits without a network.
import { describe, expect, it, vi } from 'vitest'
import { precacheSite } from '../../../src/static-host/precache.ts'
import { siteCacheName } from '../../../src/static-host/site-cache.ts'

const APP = 'https://me.github.io/pay-playground/'

class FakeCache {
  readonly entries = new Map<string, string>()
  constructor(private readonly site: Map<string, string>) {}
  async match(request: string) {
    const body = this.entries.get(String(request))
    return body === undefined ? undefined : new Response(body)
  }
  async add(url: string) {
    const body = this.site.get(url)
    if (body === undefined) throw new TypeError(`Failed to fetch ${url}`)
    this.entries.set(url, body)
  }
  async put(url: string, response: Response) {
    this.entries.set(url, await response.text())
  }
  async keys() {
    return [...this.entries.keys()].map((url) => ({ url }) as Request)
  }
  async delete(request: Request) {
    return this.entries.delete(request.url)
  }
}

function site(files: Record<string, string>, version: string) {
  const served = new Map(Object.entries(files).map(([file, body]) => [new URL(file, APP).href, body]))
  served.set(`${APP}precache-manifest.json`, JSON.stringify({ version, files: Object.keys(files) }))
  return served
}

function browserWith(served: Map<string, string>) {
  const caches = new Map<string, FakeCache>()
  const env = {
    fetch: vi.fn(async (input: RequestInfo | URL) => {
      const body = served.get(String(input))
      return body === undefined ? new Response('missing', { status: 404 }) : new Response(body)
    }) as unknown as typeof fetch,
    caches: {
      open: async (name: string) => {
        if (!caches.has(name)) caches.set(name, new FakeCache(served))
        return caches.get(name)!
      },
    } as unknown as CacheStorage,
  }
  return { env, caches }
}

describe('keeping an offline copy of the site', () => {
  it('stores every file of the build in the cache named for this copy of the site', async () => {
    const served = site({ 'index.html': 'page', 'assets/app-1.js': 'app', 'favicon.svg': 'icon' }, 'v1')
    const { env, caches } = browserWith(served)
    expect(await precacheSite(APP, env)).toBe('cached')
    const cache = caches.get(siteCacheName(APP))!
    expect(cache.entries.get(`${APP}assets/app-1.js`)).toBe('app')
    expect(cache.entries.get(`${APP}index.html`)).toBe('page')
    expect(cache.entries.get(`${APP}favicon.svg`)).toBe('icon')
  })

  it('does nothing more while the build is the same', async () => {
    const { env } = browserWith(site({ 'index.html': 'page' }, 'v1'))
    await precacheSite(APP, env)
    expect(await precacheSite(APP, env)).toBe('up-to-date')
  })

  it('after a new deployment, refreshes the page, adds new assets and drops files of the old build', async () => {
    const served = site({ 'index.html': 'old page', 'assets/app-1.js': 'old app' }, 'v1')
    const { env, caches } = browserWith(served)
    await precacheSite(APP, env)
    const cache = caches.get(siteCacheName(APP))!
    cache.entries.set(APP, 'the page as the worker keeps it')

    const next = site({ 'index.html': 'new page', 'assets/app-2.js': 'new app' }, 'v2')
    served.clear()
    for (const [url, body] of next) served.set(url, body)
    expect(await precacheSite(APP, env)).toBe('cached')
    expect(cache.entries.get(`${APP}index.html`)).toBe('new page')
    expect(cache.entries.get(`${APP}assets/app-2.js`)).toBe('new app')
    expect(cache.entries.has(`${APP}assets/app-1.js`)).toBe(false)
    expect(cache.entries.has(APP)).toBe(true)
  })

  it('tries again on the next visit when a file could not be fetched', async () => {
    const served = site({ 'index.html': 'page', 'assets/app-1.js': 'app' }, 'v1')
    served.delete(`${APP}assets/app-1.js`)
    const { env } = browserWith(served)
    await expect(precacheSite(APP, env)).rejects.toThrow('Failed to fetch')
    served.set(`${APP}assets/app-1.js`, 'app')
    expect(await precacheSite(APP, env)).toBe('cached')
  })

  it('does nothing where there is no list of files (the development server) or no Cache Storage', async () => {
    const { env } = browserWith(new Map())
    expect(await precacheSite(APP, env)).toBe('unavailable')
    expect(await precacheSite(APP, { ...env, caches: undefined })).toBe('unavailable')
  })
})
