// How pay-webhooks judges a delivery attempt and when it tries again (SendAttempter): any 2xx is
// a success; anything else, no answer within 3 seconds, or an error is a failure, retried 60
// seconds, 5 minutes, 1 hour, 1 day and 2 days after successive failures, then never again.
import type { DeliveryStatus } from './webhook-types.ts'

export const DELIVERY_TIMEOUT_MS = 3_000

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
/** The wait before the next attempt, by how many attempts of the message have failed before this one. */
export const RETRY_DELAYS_MS: readonly number[] = [MINUTE, 5 * MINUTE, 60 * MINUTE, DAY, 2 * DAY]

/** When to try again after a failed attempt made at `at`, or undefined when the message has had its tries. */
export function nextAttemptAt(failedBefore: number, at: number): number | undefined {
  const delay = RETRY_DELAYS_MS[failedBefore]
  return delay === undefined ? undefined : at + delay
}

/**
 * The reason phrases the real service knows (JAX-RS Response.Status). It builds an attempt's result
 * from one, and a status code without one fails the attempt as an "Unknown error" — even a 2xx.
 */
const REASON_PHRASES: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  205: 'Reset Content',
  206: 'Partial Content',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  305: 'Use Proxy',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Request Entity Too Large',
  414: 'Request-URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Requested Range Not Satisfiable',
  417: 'Expectation Failed',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
  511: 'Network Authentication Required',
}

export const reasonPhrase = (status: number): string | undefined => REASON_PHRASES[status]

/** What a destination's answer (or its absence) makes of an attempt. */
export interface AttemptOutcome {
  status: Extract<DeliveryStatus, 'SUCCESSFUL' | 'FAILED'>
  statusCode?: number
  result: string
}

export type DeliveryAnswer = { kind: 'answered'; status: number } | { kind: 'timeout' } | { kind: 'error'; message: string }

/** A webhook message on its way to a callback URL: a POST of `body` (UTF-8 JSON) with `headers`. */
export interface OutgoingWebhook {
  url: string
  headers: Array<[string, string]>
  body: string
}

export function judgeAnswer(answer: DeliveryAnswer): AttemptOutcome {
  if (answer.kind === 'timeout') return { status: 'FAILED', result: 'HTTP Timeout' }
  if (answer.kind === 'error') return { status: 'FAILED', result: answer.message }
  const phrase = reasonPhrase(answer.status)
  if (phrase === undefined) return { status: 'FAILED', result: 'Unknown error' }
  const status = answer.status >= 200 && answer.status <= 299 ? 'SUCCESSFUL' : 'FAILED'
  return { status, statusCode: answer.status, result: `${answer.status} ${phrase}` }
}

/** The admin site's words for a delivery status. */
export const DELIVERY_STATUS_TEXT: Record<DeliveryStatus, string> = {
  PENDING: 'Pending retry',
  SUCCESSFUL: 'Successful',
  FAILED: 'Failed',
  WILL_NOT_SEND: 'Will not send',
}
