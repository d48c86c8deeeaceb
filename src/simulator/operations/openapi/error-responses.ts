// An operation's error responses, built from its errors in the registry: one response per HTTP
// status, with one named example per documented case, plus the answers that are not Pay error
// codes (401 from the key check, 415 from the framework).
import { errorsOf, fillDescription } from '../errors/build.ts'
import type { ErrorVariant, OperationSpec } from '../operation.ts'
import { ref } from './schema-parts.ts'
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

const UNSUPPORTED_MEDIA_TYPE: Response = {
  description: 'The body is not sent as application/json.',
  content: { 'application/json': { schema: ref('FrameworkError'), example: { code: 415, message: 'HTTP 415 Unsupported Media Type' } } },
}

/** The body a case answers with, its `{…}` parts filled with the first field and the example values. */
export function exampleBody(code: string, variant: ErrorVariant): Record<string, string> {
  const field = variant.fields?.[0]
  const description = fillDescription(variant.description, { ...variant.example, ...(field ? { field } : {}) })
  return {
    ...(field ? { field } : {}),
    ...(variant.header ? { header: variant.header } : {}),
    code,
    description,
  }
}

function exampleName(code: string, variant: ErrorVariant, taken: Record<string, Example>): string {
  const subject = variant.fields?.[0] ?? variant.header ?? variant.name
  let name = [code, subject, variant.liveOnly ? 'live-only' : undefined].filter(Boolean).join('-')
  for (let n = 2; name in taken; n++) name = `${[code, subject].filter(Boolean).join('-')}-${n}`
  return name
}

export function errorResponses(operation: OperationSpec): Record<string, Response> {
  const byStatus = new Map<number, Record<string, Example>>()
  for (const spec of errorsOf(operation)) {
    for (const variant of spec.variants) {
      const examples = byStatus.get(variant.status) ?? {}
      const fields = variant.fields && variant.fields.length > 1 ? ` (field: ${variant.fields.join(', ')})` : ''
      examples[exampleName(spec.code, variant, examples)] = {
        summary: `${spec.code}: ${variant.cause}${fields}`,
        description: spec.meaning,
        value: exampleBody(spec.code, variant),
      }
      byStatus.set(variant.status, examples)
    }
  }
  const responses: Record<string, Response> = operation.auth === 'api-key' ? { '401': UNAUTHORISED } : {}
  for (const [status, examples] of [...byStatus].sort(([a], [b]) => a - b)) {
    // The rate limiter writes its own body, with an explicit charset.
    const contentType = status === 429 ? 'application/json; charset=utf-8' : 'application/json'
    responses[String(status)] = {
      description: STATUS_SUMMARIES[status] ?? 'Error',
      content: { [contentType]: { schema: ref('RequestError'), examples } },
    }
  }
  if (operation.body) responses['415'] = UNSUPPORTED_MEDIA_TYPE
  return responses
}
