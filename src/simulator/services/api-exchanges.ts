// Every request the simulated API answers is reported here by simulator/http and handed to the
// listeners (the explorer's history), with the API key replaced so that it never reaches a log.
// It lives with the services so that features listen without reaching into simulator/http.

export interface ApiExchange {
  method: string
  url: string
  status: number
  startedAt: number
  durationMs: number
  requestHeaders: Record<string, string>
  requestBody: string
  responseHeaders: Record<string, string>
  responseBody: string
  /** The service and key that sent it, when the key was accepted. */
  caller?: ApiCaller
  /** The address of the page that sent it, when whoever answers can tell (the service worker can). */
  pageUrl?: Promise<string | undefined>
}

export interface ApiCaller {
  serviceId: string
  serviceName: string
  keyName: string
}

const pageUrls = new WeakMap<Request, Promise<string | undefined>>()

/** Notes which page sent a request, for the history: the worker knows it, the handlers do not. */
export function noteSendingPage(request: Request, pageUrl: Promise<string | undefined>): void {
  pageUrls.set(request, pageUrl)
}

export const sendingPage = (request: Request): Promise<string | undefined> | undefined => pageUrls.get(request)

type Listener = (exchange: ApiExchange) => void

const listeners = new Set<Listener>()

export function onApiExchange(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const hasExchangeListeners = (): boolean => listeners.size > 0

export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {}
  headers.forEach((value, name) => {
    out[name] = name.toLowerCase() === 'authorization' ? value.replace(/^(Bearer\s+).*$/i, '$1[redacted]') : value
  })
  return out
}

export function reportExchange(exchange: ApiExchange): void {
  for (const listener of listeners) {
    try {
      listener(exchange)
    } catch (error) {
      console.error('An API history listener failed', error)
    }
  }
}
