// The Mock Service Worker handlers: every request to the real API's host goes through the pipeline,
// and the exchange is reported to anyone listening (the explorer's history).
import { http } from 'msw'
import { API_BASE_URL } from './api-base.ts'
import { hasExchangeListeners, redactHeaders, reportExchange } from './exchange-log.ts'
import { answerApiRequest } from './pipeline.ts'

async function answerAndReport(request: Request): Promise<Response> {
  if (!hasExchangeListeners()) return answerApiRequest(request)
  const startedAt = Date.now()
  const requestBody = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.clone().text()
  const response = await answerApiRequest(request)
  reportExchange({
    method: request.method,
    url: request.url,
    status: response.status,
    startedAt,
    durationMs: Date.now() - startedAt,
    requestHeaders: redactHeaders(request.headers),
    requestBody,
    responseHeaders: redactHeaders(response.headers),
    responseBody: await response.clone().text(),
  })
  return response
}

// Matched by a pattern without capture groups: MSW decodes the parameters of a path pattern, and a
// malformed escape in the address (`/v1/payments/%E0%A4%A`) would make it throw before the pipeline
// could answer as the real API does (the firewall's P0920).
const API_ADDRESS = new RegExp(`^${API_BASE_URL.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/`)

export const apiHandlers = [http.all(API_ADDRESS, ({ request }) => answerAndReport(request))]
