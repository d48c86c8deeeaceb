// Building responses in the exact shapes the real API sends, including the ones that do not come
// from its own error catalogue (framework and web-server errors).
import { PayApiError } from '../model/errors.ts'

const JSON_TYPE = 'application/json'

export const NO_CACHE_HEADERS = { Pragma: 'no-cache', 'Cache-Control': 'no-store' } as const

/** The text each response built here was made with, so reporting an exchange needs no copy of the body. */
const bodies = new WeakMap<Response, string>()

/** Every response of the simulated API is made here (or by the helpers below). */
export function textResponse(body: string | null, init: ResponseInit): Response {
  const response = new Response(body, init)
  bodies.set(response, body ?? '')
  return response
}

/** A response's body as text: the text it was made with, or read from a copy when it came from elsewhere. */
export function responseText(response: Response): Promise<string> {
  const known = bodies.get(response)
  return known === undefined ? response.clone().text() : Promise.resolve(known)
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return textResponse(JSON.stringify(body), { status, headers: { 'Content-Type': JSON_TYPE, ...headers } })
}

export function emptyResponse(status: number): Response {
  return textResponse(null, { status })
}

export function errorResponse(error: PayApiError): Response {
  // The rate limiter writes its own body with an explicit charset (pay-api-contract.md §1.2).
  const type = error.code === 'P0900' ? 'application/json; charset=utf-8' : JSON_TYPE
  return textResponse(JSON.stringify(error), { status: error.status, headers: { 'Content-Type': type } })
}

const REASONS: Record<number, string> = {
  401: 'Unauthorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  415: 'Unsupported Media Type',
  503: 'Service Unavailable',
}

/** The web framework's own error body for unmatched routes, methods and media types. */
export function frameworkError(status: 404 | 405 | 406 | 415 | 503, headers: Record<string, string> = {}): Response {
  return jsonResponse(status, { code: status, message: `HTTP ${status} ${REASONS[status]}` }, headers)
}

/**
 * Dropwizard's answer to an exception nothing else maps (its LoggingExceptionMapper): 500 with the
 * number it logged the error under, e.g. unreadable JSON sent to POST /v1/auth.
 */
export function loggedServerError(): Response {
  const id = [...crypto.getRandomValues(new Uint8Array(8))].map((byte) => byte.toString(16).padStart(2, '0')).join('')
  return jsonResponse(500, { code: 500, message: `There was an error processing your request. It has been logged (ID ${id}).` })
}

/**
 * The servlet filter's answer to a missing, malformed or wrongly signed key: the web server's
 * error page, in the form the request's Accept header asks for (HTML unless JSON or plain text).
 */
export function servletUnauthorized(request: Request): Response {
  const path = new URL(request.url).pathname
  const accept = request.headers.get('Accept') ?? '*/*'
  if (/\b(application|text)\/json\b/.test(accept)) {
    return textResponse(JSON.stringify({ url: path, status: '401', message: 'Unauthorized' }), {
      status: 401,
      headers: { 'Content-Type': 'application/json' },
    })
  }
  if (/\btext\/plain\b/.test(accept) && !/\btext\/html\b|\*\/\*/.test(accept)) {
    return textResponse(`HTTP ERROR 401 Unauthorized\nURI: ${path}\nSTATUS: 401\nMESSAGE: Unauthorized\n`, {
      status: 401,
      headers: { 'Content-Type': 'text/plain;charset=utf-8' },
    })
  }
  const page = [
    '<html>',
    '<head>',
    '<meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>',
    '<title>Error 401 Unauthorized</title>',
    '</head>',
    '<body><h2>HTTP ERROR 401 Unauthorized</h2>',
    '<table>',
    `<tr><th>URI:</th><td>${escapeHtml(path)}</td></tr>`,
    '<tr><th>STATUS:</th><td>401</td></tr>',
    '<tr><th>MESSAGE:</th><td>Unauthorized</td></tr>',
    '</table>',
    '',
    '</body>',
    '</html>',
    '',
  ].join('\n')
  return textResponse(page, { status: 401, headers: { 'Content-Type': 'text/html;charset=utf-8' } })
}

/** The authentication layer's answer to a well-formed key that is unknown or revoked. */
export function credentialsRequired(): Response {
  return textResponse('Credentials are required to access this resource.', {
    status: 401,
    headers: { 'Content-Type': 'text/plain', 'WWW-Authenticate': 'Bearer realm="realm"' },
  })
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
