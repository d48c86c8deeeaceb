// Sends the built request with fetch from the page, to the real API address: the simulator's
// service worker answers. Reads back the status, every header and the body as text.
import { describeError } from '../../../lib/describe-error.ts'
import { redactKeys } from '../history/history-store.ts'
import { toFetchInit, type BuiltRequest } from '../request/build-request.ts'

export interface ReceivedResponse {
  status: number
  headers: Array<[string, string]>
  body: string
  durationMs: number
}

export type SendOutcome =
  | { kind: 'response'; request: BuiltRequest; response: ReceivedResponse }
  | { kind: 'failed'; request: BuiltRequest; message: string }

/** The request as the explorer keeps it: with the key replaced. */
function withoutKey(request: BuiltRequest): BuiltRequest {
  return {
    ...request,
    headers: request.headers.map(([name, value]) => [name, name.toLowerCase() === 'authorization' ? 'Bearer [redacted]' : value]),
    url: redactKeys(request.url),
  }
}

export async function sendRequest(request: BuiltRequest): Promise<SendOutcome> {
  const started = performance.now()
  try {
    const response = await fetch(request.url, toFetchInit(request))
    const body = await response.text()
    const headers: Array<[string, string]> = []
    response.headers.forEach((value, name) => headers.push([name, value]))
    return {
      kind: 'response',
      request: withoutKey(request),
      response: { status: response.status, headers, body, durationMs: Math.round(performance.now() - started) },
    }
  } catch (error) {
    return { kind: 'failed', request: withoutKey(request), message: describeError(error) }
  }
}
