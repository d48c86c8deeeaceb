// The bench's service worker floor site: for each floor a page that registers its worker, and the
// worker itself, run here with a stand-in for the worker's global scope. (`npm run bench -- --quick`
// in .ci/run drives both in Chromium.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_BASE_URL } from '../../bench/operations.ts'
import { FLOOR_KINDS, floorFiles, serveWorkerFloors, type FloorSite } from '../../bench/worker-floor-site.ts'

let site: FloorSite
beforeAll(async () => {
  site = await serveWorkerFloors()
})
afterAll(() => site.stop())

/** A file of the site as the browser gets it. */
async function served(url: string) {
  const response = await fetch(url)
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() }
}

interface FetchEvent {
  request: Request
  clientId: string
  respondWith: (answer: Response | Promise<Response>) => void
}

interface Client {
  postMessage: (message: { type: string; url: string; method: string }, transfer: [MessagePort, ArrayBuffer]) => void
}

/** Runs a worker script against a stand-in scope; returns what its fetch listener answers, if anything. */
function startWorker(kind: (typeof FLOOR_KINDS)[number], client?: Client) {
  const script = floorFiles().get(`/worker-floor/${kind}/sw.js`)!.text
  const listeners = new Map<string, (event: FetchEvent) => void>()
  const scope = {
    addEventListener: (type: string, listener: (event: FetchEvent) => void) => listeners.set(type, listener),
    skipWaiting: () => Promise.resolve(),
    clients: { get: async () => client, claim: () => Promise.resolve() },
  }
  new Function('self', script)(scope)
  return (request: Request): Promise<Response> | undefined => {
    let answer: Promise<Response> | undefined
    listeners.get('fetch')!({ request, clientId: 'page', respondWith: (response) => (answer = Promise.resolve(response)) })
    return answer
  }
}

const apiRequest = () => new Request(`${API_BASE_URL}/v1/payments/floor1`, { headers: { Authorization: 'Bearer x' } })

describe('the service worker floor site', () => {
  it('serves a page per floor that registers the worker beside it, in a scope of its own', async () => {
    for (const kind of FLOOR_KINDS) {
      const page = await served(site.urls[kind])
      expect(page).toMatchObject({ status: 200, type: 'text/html' })
      expect(page.text).toContain("register('sw.js')")
      expect(await served(`${site.urls[kind]}sw.js`)).toMatchObject({ status: 200, type: 'text/javascript' })
    }
    expect(site.urls['one-trip']).not.toBe(site.urls.relay)
  })

  it('answers 404 for anything else', async () => {
    expect((await served(`${site.urls['one-trip']}v1/payments/x`)).status).toBe(404)
    expect((await served(new URL('/', site.urls.relay).href)).status).toBe(404)
  })
})

describe('the one-trip worker', () => {
  it('answers a request to the API’s address itself with a small JSON body that names it', async () => {
    const response = await startWorker('one-trip')(apiRequest())
    expect(response?.status).toBe(200)
    expect(response?.headers.get('content-type')).toBe('application/json')
    const body = await response!.text()
    expect(JSON.parse(body)).toMatchObject({ floor: 'one-trip', path: '/v1/payments/floor1' })
    expect(body.length).toBeLessThan(200)
  })

  it('leaves any other request to the browser', () => {
    expect(startWorker('one-trip')(new Request('http://127.0.0.1/worker-floor/one-trip/'))).toBeUndefined()
  })
})

describe('the relay worker', () => {
  it('hands the request to its page and answers with what the page sends back', async () => {
    const relayed: string[] = []
    const page: Client = {
      postMessage: (message, [port]) => {
        relayed.push(`${message.method} ${message.url}`)
        const body = new TextEncoder().encode('{"floor":"relay"}').buffer
        port.postMessage({ status: 200, headers: { 'Content-Type': 'application/json' }, body }, [body])
      },
    }
    const response = await startWorker('relay', page)(apiRequest())
    expect(relayed).toEqual([`GET ${API_BASE_URL}/v1/payments/floor1`])
    expect(await response?.json()).toEqual({ floor: 'relay' })
  })

  it('leaves any other request to the browser', () => {
    expect(startWorker('relay')(new Request('http://127.0.0.1/worker-floor/relay/'))).toBeUndefined()
  })

  it('is the only floor whose page answers messages', () => {
    expect(floorFiles().get('/worker-floor/relay/')!.text).toContain("addEventListener('message'")
    expect(floorFiles().get('/worker-floor/one-trip/')!.text).not.toContain("addEventListener('message'")
  })
})
