// Answers one request to the simulated API the way the real service's layers would, in order:
// the firewall, the API-key checksum filter, route and media-type matching, the key lookup, the
// rate limiter, then the endpoint. Errors become the exact response each layer gives.
import { PayApiError } from '../model/errors.ts'
import type { ServiceRecord } from '../model/types.ts'
import { errorFrom, roleError, roleSpec } from '../operations/errors/build.ts'
import { REQUEST_BLOCKED, TOO_MANY_REQUESTS } from '../operations/errors/shared.ts'
import { JsonSyntaxError, parseJson } from '../rules/json/json-node.ts'
import type { ApiCaller } from '../services/api-exchanges.ts'
import { authenticateApiKey } from '../services/api-keys.ts'
import { hasValidChecksum } from '../services/api-key-format.ts'
import { takeRateLimitToken } from './rate-limiter.ts'
import { checkRegistered } from './registered-errors.ts'
import { credentialsRequired, errorResponse, frameworkError, loggedServerError, servletUnauthorized, textResponse } from './responses.ts'
import { matchPath, type Route } from './route.ts'
import { API_ROUTES } from './routes/index.ts'
import { isBlockedByFirewall, isJsonContentType } from './waf.ts'

/**
 * A hook run after authentication and before the endpoint (fault injection uses it), told whose key
 * sent the request (none for POST /v1/auth, which takes no key).
 */
export type BeforeEndpoint = (route: Route, request: Request, caller: ApiCaller | undefined) => Promise<Response | undefined>
let beforeEndpoint: BeforeEndpoint | undefined

export function setBeforeEndpoint(hook: BeforeEndpoint | undefined): void {
  beforeEndpoint = hook
}

/** The checksum filter covers /v1/* except URLs starting /v1/auth (MOTO authorisation needs no key). */
function checkedByServletFilter(pathname: string): boolean {
  return (pathname === '/v1' || pathname.startsWith('/v1/')) && !pathname.startsWith('/v1/auth')
}

function bearerKey(request: Request): string | undefined {
  const header = request.headers.get('Authorization')
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined
}

/**
 * Answers a request. `sentBody` is its body as text when the caller has read it already (the
 * handler does, for the request history), so that it is not copied and read a second time;
 * `answered.caller` is then set to the service and key that sent it, when the key is accepted.
 */
export async function answerApiRequest(request: Request, sentBody?: string, answered: { caller?: ApiCaller } = {}): Promise<Response> {
  const response = await answer(request, sentBody, answered)
  // A HEAD is answered as a GET without the body, whichever layer answered it (errors too).
  if (request.method !== 'HEAD' || response.body === null) return response
  return textResponse(null, { status: response.status, statusText: response.statusText, headers: response.headers })
}

async function answer(request: Request, sentBody: string | undefined, answered: { caller?: ApiCaller }): Promise<Response> {
  const url = new URL(request.url)
  const method = request.method === 'HEAD' ? 'GET' : request.method
  const body = method === 'POST' ? (sentBody ?? (await request.clone().text())) : ''
  const matched = matchPath(API_ROUTES, url.pathname)
  const route = matched?.routes.find((candidate) => candidate.spec.method === method)

  if (isBlockedByFirewall(request, url, body, route?.spec.body !== undefined)) return errorResponse(errorFrom(REQUEST_BLOCKED))

  const key = bearerKey(request)
  if (checkedByServletFilter(url.pathname) && (key === undefined || !(await hasValidChecksum(key)))) {
    return servletUnauthorized(request)
  }
  if (!matched) return frameworkError(404)
  if (!route) {
    const allowed = [...new Set(matched.routes.map((r) => r.spec.method))]
    if (method === 'OPTIONS') {
      const allow = [...allowed, 'OPTIONS', ...(allowed.includes('GET') ? ['HEAD'] : [])].join(', ')
      return textResponse(allow, { status: 200, headers: { Allow: allow, 'Content-Type': 'text/plain' } })
    }
    return frameworkError(405, { Allow: [...allowed, 'OPTIONS'].join(',') })
  }
  if (route.spec.body && body.trim() !== '' && !isJsonContentType(request.headers.get('Content-Type'))) {
    return frameworkError(415)
  }

  let service: ServiceRecord | undefined
  if (route.spec.auth === 'api-key') {
    let check
    try {
      check = await authenticateApiKey(key ?? '')
    } catch (error) {
      // The real API answers 503 when its key service cannot be reached (pay-api-contract.md §1.1);
      // here that is storage this tab can no longer use (a newer version opened in another tab).
      console.warn('The simulated API could not check the API key', error)
      return frameworkError(503)
    }
    if (check.result !== 'ok') return credentialsRequired()
    answered.caller = { serviceId: check.service.id, serviceName: check.service.name, keyName: check.key.name }
    service = check.service
  }
  // Requests without a key share one rate limit, as the real limiter keys them by an empty account.
  if (!takeRateLimitToken(service?.id ?? '', route.spec.rateBucket)) return errorResponse(errorFrom(TOO_MANY_REQUESTS))

  try {
    const injected = await beforeEndpoint?.(route, request, answered.caller)
    if (injected) return injected
    let parsed
    if (route.spec.body) {
      try {
        parsed = parseJson(body)
      } catch (error) {
        if (!(error instanceof JsonSyntaxError)) throw error
        // An operation without its own code for unreadable JSON gets the framework's logged 500.
        if (!roleSpec(route.spec, 'unparseable-json')) return loggedServerError()
        throw roleError(route.spec, 'unparseable-json')
      }
    }
    return await route.handle({ request, url, params: matched.params, body: parsed }, service)
  } catch (error) {
    if (error instanceof PayApiError) {
      checkRegistered(route.spec, error)
      return errorResponse(error)
    }
    console.error(`The simulated API failed while handling ${request.method} ${url.pathname}`, error)
    return errorResponse(roleError(route.spec, 'downstream'))
  }
}
