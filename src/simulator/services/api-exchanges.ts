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
  /** Where it came from, when whoever answers can tell (the service worker knows the page). */
  origin?: Promise<RequestOrigin>
}

/** The page that sent a request, or the local bridge it came through. */
export interface RequestOrigin {
  pageUrl?: string
  /** Set when a program outside the browser sent it through the bridge at this address. */
  bridgeUrl?: string
}

export interface ApiCaller {
  serviceId: string
  serviceName: string
  keyName: string
}

const origins = new WeakMap<Request, Promise<RequestOrigin>>()

/** Notes where a request came from, for the history: whoever answers knows, the handlers do not. */
export function noteRequestOrigin(request: Request, origin: Promise<RequestOrigin>): void {
  origins.set(request, origin)
}

export const requestOrigin = (request: Request): Promise<RequestOrigin> | undefined => origins.get(request)

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
