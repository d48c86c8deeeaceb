// public/service-worker.js runs msw's generated worker behind two listeners of its own. It is run
// here in a bare JavaScript context with a fake service worker scope, together with the real
// mockServiceWorker.js, and fed the events a browser would send.
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { describe, expect, it, vi } from 'vitest'
import { API_BASE_URL } from '../../../src/simulator/http/api-base.ts'
import { SITE_CACHE_PREFIX, siteCacheName } from '../../../src/static-host/site-cache.ts'

const SCOPE = 'https://example.github.io/pay-playground/'
const read = (file: string) => fs.readFileSync(path.join(process.cwd(), 'public', file), 'utf8')

interface FakeEvent {
  type: string
  stopped: boolean
  stopImmediatePropagation(): void
}

function fakeEvent<T extends object>(type: string, fields: T): FakeEvent & T {
  return {
    type,
    stopped: false,
    stopImmediatePropagation() {
      this.stopped = true
    },
    ...fields,
  }
}

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

function startWorker({ network }: { network: (request: Request) => Promise<Response> }) {
  const listeners = new Map<string, Array<(event: FakeEvent) => void>>()
  const cache = new FakeCache()
  const cacheNames: string[] = []
  const window = { id: 'tab-1', frameType: 'top-level', visibilityState: 'visible', postMessage: vi.fn() }
  const registration = { scope: SCOPE, unregister: vi.fn() }
  const scope: Record<string, unknown> = {
    URL,
    Request,
    Response,
    Headers,
    Symbol,
    Set,
    Promise,
    Reflect,
    Object,
    MessageChannel,
    console,
    crypto: globalThis.crypto,
    location: new URL(`${SCOPE}service-worker.js`),
    registration,
    clients: { get: async (id: string) => (id === window.id ? window : undefined), matchAll: async () => [window], claim: vi.fn() },
    skipWaiting: vi.fn(),
    caches: {
      open: async (name: string) => {
        cacheNames.push(name)
        return cache
      },
    },
    fetch: vi.fn(network),
    addEventListener: (type: string, listener: (event: FakeEvent) => void) => {
      listeners.set(type, [...(listeners.get(type) ?? []), listener])
    },
    importScripts: (file: string) => {
      expect(file).toBe('./mockServiceWorker.js')
      vm.runInContext(read('mockServiceWorker.js'), context)
    },
  }
  scope.self = scope
  const context = vm.createContext(scope)
  vm.runInContext(read('service-worker.js'), context)

  const dispatch = (event: FakeEvent) => {
    for (const listener of listeners.get(event.type) ?? []) {
      listener(event)
      if (event.stopped) break
    }
  }
  /** Sends a request through the worker: the response it answers with, or undefined for "network as usual". */
  const request = (url: string, init: RequestInit & { mode?: RequestMode } = {}): Promise<Response> | undefined => {
    const answers: Array<Promise<Response>> = []
    const base = new Request(url, { ...init, mode: init.mode === 'navigate' ? 'same-origin' : init.mode })
    // A Request cannot be built with mode "navigate"; the worker only reads the property.
    const req = init.mode === 'navigate' ? Object.defineProperty(base, 'mode', { value: 'navigate' }) : base
    dispatch(
      fakeEvent('fetch', {
        request: req,
        clientId: window.id,
        respondWith: (answer: Promise<Response>) => answers.push(answer),
      }),
    )
    expect(answers.length).toBeLessThanOrEqual(1)
    return answers[0]
  }
  /** The types of the messages msw has posted to the tab so far. */
  const posted = () => window.postMessage.mock.calls.map(([sent]) => (sent as { type: string }).type)
  /** Sends a message from the tab and waits until msw posts `reply` back: msw handles it asynchronously. */
  const message = async (data: string, reply: string) => {
    const before = posted().length
    dispatch(fakeEvent('message', { data, source: window, ports: [] }))
    await vi.waitFor(() => expect(posted().slice(before)).toContain(reply))
  }
  /** Tells msw the tab is closing. msw would handle it asynchronously, in order with other messages, so
   *  once it has answered a keep-alive sent after it, anything it would have done has been done. */
  const closeTab = async () => {
    dispatch(fakeEvent('message', { data: 'CLIENT_CLOSED', source: window, ports: [] }))
    await message('KEEPALIVE_REQUEST', 'KEEPALIVE_RESPONSE')
  }
  return { request, message, closeTab, cache, cacheNames, registration, fetch: scope.fetch as ReturnType<typeof vi.fn> }
}

/** A same-origin response from the network, as the browser types it. */
const ok = (body: string) => Promise.resolve(Object.defineProperty(new Response(body), 'type', { value: 'basic' }))
const offline = () => Promise.reject(new TypeError('Failed to fetch'))

describe('the playground service worker', () => {
  it('names the API address and the cache as the app does', () => {
    const source = read('service-worker.js')
    expect(source).toContain(`const API_ORIGIN = '${API_BASE_URL}'`)
    expect(source).toContain(`const CACHE_PREFIX = '${SITE_CACHE_PREFIX}'`)
  })

  it('passes requests to the API address on to msw, which answers them while a tab is active', async () => {
    const worker = startWorker({ network: () => ok('from the network') })
    expect(worker.request(`${API_BASE_URL}/v1/payments`)).toBeUndefined()
    await worker.message('MOCK_ACTIVATE', 'MOCKING_ENABLED')
    // msw now asks the tab for a mocked response (over a message channel that nothing answers here).
    expect(typeof worker.request(`${API_BASE_URL}/v1/payments`)?.then).toBe('function')
  })

  it('keeps every other request away from msw: other sites go to the network untouched', async () => {
    const worker = startWorker({ network: () => ok('from the network') })
    await worker.message('MOCK_ACTIVATE', 'MOCKING_ENABLED')
    expect(worker.request('https://fonts.example.com/font.woff2')).toBeUndefined()
    expect(worker.request(`${SCOPE}service-worker.js`, { method: 'POST', body: 'x' })).toBeUndefined()
    expect(worker.fetch).not.toHaveBeenCalled()
  })

  it('keeps the app page and built assets, and answers from them when the network is gone', async () => {
    let network = () => ok('fresh')
    const worker = startWorker({ network: () => network() })
    expect(await (await worker.request(SCOPE, { mode: 'navigate' }))?.text()).toBe('fresh')
    expect(await (await worker.request(`${SCOPE}assets/index-abc123.js`))?.text()).toBe('fresh')
    expect(worker.cacheNames.every((name) => name === siteCacheName(SCOPE))).toBe(true)

    network = offline
    expect(await (await worker.request(SCOPE, { mode: 'navigate' }))?.text()).toBe('fresh')
    expect(await (await worker.request(`${SCOPE}assets/index-abc123.js`))?.text()).toBe('fresh')
    await expect(worker.request(`${SCOPE}assets/never-seen.js`)).rejects.toThrow('Failed to fetch')
  })

  it('serves 404.html from the cache for any other address inside the site when offline', async () => {
    const worker = startWorker({ network: offline })
    await worker.cache.put(`${SCOPE}404.html`, new Response('not found page', { status: 404 }))
    expect(await (await worker.request(`${SCOPE}admin/transactions`, { mode: 'navigate' }))?.text()).toBe('not found page')
  })

  it('reads built assets from the cache first: their names change when their content does', async () => {
    const worker = startWorker({ network: () => ok('network copy') })
    await worker.cache.put(`${SCOPE}assets/app-1.js`, new Response('cached copy'))
    expect(await (await worker.request(`${SCOPE}assets/app-1.js`))?.text()).toBe('cached copy')
    expect(worker.fetch).not.toHaveBeenCalled()
  })

  it('stays registered when the last tab closes, and stops answering API requests for it', async () => {
    const worker = startWorker({ network: () => ok('network') })
    await worker.message('MOCK_ACTIVATE', 'MOCKING_ENABLED')
    expect(typeof worker.request(`${API_BASE_URL}/v1/payments`)?.then).toBe('function')
    await worker.closeTab()
    expect(worker.registration.unregister).not.toHaveBeenCalled()
    expect(worker.request(`${API_BASE_URL}/v1/payments`)).toBeUndefined()
  })

  it('relies on the msw worker version it was written for', () => {
    const msw = read('mockServiceWorker.js')
    expect(msw).toContain("const PACKAGE_VERSION = '2.15.0'")
    expect(msw).toContain('const activeClientIds = new Set()')
    expect(msw).toContain("case 'CLIENT_CLOSED'")
  })
})
