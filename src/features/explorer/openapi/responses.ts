// Builds each operation's error responses from the error catalogue: one response per HTTP status,
// with one named example per error code, plus the answers every endpoint can give (401, 429 and
// the firewall's 400).
import { errorCodesFor, LIVE_ONLY_HTTPS_RETURN_URL, type ErrorCodeExample, type OperationName } from './error-catalogue.ts'
import { ref } from './schemas.ts'
import type { Example, Response } from './types.ts'

const STATUS_SUMMARIES: Record<number, string> = {
  400: 'Bad request: the request could not be read or is missing something',
  404: 'Not found',
  409: 'Conflict with the payment’s current state',
  412: 'Precondition failed',
  422: 'Unprocessable: a value is out of range, too long or not allowed',
  429: 'Too many requests',
  500: 'Something behind the API failed',
}

const UNAUTHORISED: Response = {
  description:
    'The API key is missing, malformed, revoked or unknown. A key that is missing or fails its checksum gets the web server’s error page (HTML, or JSON or plain text when Accept asks for it); a well-formed key that is revoked or unknown gets plain text with a WWW-Authenticate header.',
  headers: { 'WWW-Authenticate': { description: 'Bearer realm="realm", for a revoked or unknown key.', schema: { type: 'string' } } },
  content: {
    'text/plain': { example: 'Credentials are required to access this resource.' },
    'application/json': { example: { url: '/v1/payments', status: '401', message: 'Unauthorized' } },
  },
}

function exampleName(example: ErrorCodeExample, index: number): string {
  const subject = example.body.field ?? example.body.header
  return [example.body.code, subject, example.liveOnly ? 'live-only' : undefined, index > 0 && !subject ? String(index + 1) : undefined]
    .filter(Boolean)
    .join('-')
}

export function errorResponses(operation: OperationName): Record<string, Response> {
  const byStatus = new Map<number, Record<string, Example>>()
  const add = (example: ErrorCodeExample, meaning: string, index: number) => {
    const examples = byStatus.get(example.status) ?? {}
    let name = exampleName(example, index)
    while (name in examples) name += '-again'
    examples[name] = {
      summary: `${example.body.code}: ${example.when}`,
      description: meaning,
      value: example.body,
    }
    byStatus.set(example.status, examples)
  }
  for (const entry of errorCodesFor(operation)) entry.examples.forEach((example, index) => add(example, entry.meaning, index))
  if (operation === 'createPayment') {
    add(LIVE_ONLY_HTTPS_RETURN_URL, 'Live accounts only. The playground, like every test account, accepts http return URLs.', 0)
  }

  const responses: Record<string, Response> = { '401': UNAUTHORISED }
  for (const [status, examples] of [...byStatus].sort(([a], [b]) => a - b)) {
    // The rate limiter writes its own body, with an explicit charset.
    const contentType = status === 429 ? 'application/json; charset=utf-8' : 'application/json'
    responses[String(status)] = {
      description: STATUS_SUMMARIES[status] ?? 'Error',
      content: { [contentType]: { schema: ref('RequestError'), examples } },
    }
  }
  return responses
}

/** What the framework answers for a POST whose body is not JSON. */
export const UNSUPPORTED_MEDIA_TYPE: Response = {
  description: 'The body is not sent as application/json.',
  content: { 'application/json': { schema: ref('FrameworkError'), example: { code: 415, message: 'HTTP 415 Unsupported Media Type' } } },
}

export const NO_CACHE_HEADERS = {
  'Cache-Control': { description: 'Always no-store.', schema: { type: 'string', enum: ['no-store'] } },
  Pragma: { description: 'Always no-cache.', schema: { type: 'string', enum: ['no-cache'] } },
} as const
