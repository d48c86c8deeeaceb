// The Mock Service Worker handlers: every request to the real API's host goes through the pipeline,
// and the exchange is reported to anyone listening (the explorer's history). The report is made
// after the response has been handed back, so listening costs the request nothing.
import { http } from 'msw'
import { API_BASE_URL } from './api-base.ts'
import { hasExchangeListeners, redactHeaders, reportExchange } from './exchange-log.ts'
import { answerApiRequest } from './pipeline.ts'

async function answerAndReport(request: Request): Promise<Response> {
  if (!hasExchangeListeners()) return answerApiRequest(request)
  const startedAt = Date.now()
  const sentBody = request.method === 'GET' || request.method === 'HEAD' ? undefined : request.clone()
  const response = await answerApiRequest(request)
  const durationMs = Date.now() - startedAt
  const answeredBody = response.clone()
  void Promise.all([sentBody?.text() ?? '', answeredBody.text()]).then(
    ([requestBody, responseBody]) =>
      reportExchange({
        method: request.method,
        url: request.url,
        status: response.status,
        startedAt,
        durationMs,
        requestHeaders: redactHeaders(request.headers),
        requestBody,
        responseHeaders: redactHeaders(response.headers),
        responseBody,
      }),
    (error: unknown) => console.error('An API exchange could not be recorded', error),
  )
  return response
}

// Matched by a pattern without capture groups: MSW decodes the parameters of a path pattern, and a
// malformed escape in the address (`/v1/payments/%E0%A4%A`) would make it throw before the pipeline
// could answer as the real API does (the firewall's P0920).
const API_ADDRESS = new RegExp(`^${API_BASE_URL.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/`)

export const apiHandlers = [http.all(API_ADDRESS, ({ request }) => answerAndReport(request))]
