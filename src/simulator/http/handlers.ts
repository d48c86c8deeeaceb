// The Mock Service Worker handlers: every request to the real API's host goes through the pipeline,
// and the exchange is reported to anyone listening (the request history), with the service and key
// that sent it and the page it came from. The report is made after the response has been handed
// back, so listening costs the request nothing.
import { http } from 'msw'
import { API_BASE_URL } from '../model/api-base.ts'
import { type ApiCaller, hasExchangeListeners, redactHeaders, reportExchange, requestOrigin } from '../services/api-exchanges.ts'
import { answerApiRequest } from './pipeline.ts'
import { responseText } from './responses.ts'

async function answerAndReport(request: Request): Promise<Response> {
  if (!hasExchangeListeners()) return answerApiRequest(request)
  const startedAt = Date.now()
  // The body is read once, for the pipeline and the report alike.
  const requestBody = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.clone().text()
  const answered: { caller?: ApiCaller } = {}
  const response = await answerApiRequest(request, requestBody, answered)
  const durationMs = Date.now() - startedAt
  const responseBody = responseText(response)
  // Reported in a later task, once msw has sent the response on its way.
  setTimeout(() => {
    responseBody.then(
      (text) =>
        reportExchange({
          method: request.method,
          url: request.url,
          status: response.status,
          startedAt,
          durationMs,
          requestHeaders: redactHeaders(request.headers),
          requestBody,
          responseHeaders: redactHeaders(response.headers),
          responseBody: text,
          ...answered,
          origin: requestOrigin(request),
        }),
      (error: unknown) => console.error('An API exchange could not be recorded', error),
    )
  }, 0)
  return response
}

// Matched by a pattern without capture groups: MSW decodes the parameters of a path pattern, and a
// malformed escape in the address (`/v1/payments/%E0%A4%A`) would make it throw before the pipeline
// could answer as the real API does (the firewall's P0920).
const API_ADDRESS = new RegExp(`^${API_BASE_URL.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/`)

export const apiHandlers = [http.all(API_ADDRESS, ({ request }) => answerAndReport(request))]
