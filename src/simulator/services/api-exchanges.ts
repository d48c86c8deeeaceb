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
}

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
