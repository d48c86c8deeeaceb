// Compatibility mode, for a browser that cannot run the service worker here (or whose storage is
// in memory only, which the worker cannot share): this page answers requests to the API's address
// itself, with the same handlers. Loaded only when needed.
import { getResponse } from 'msw'
import { installFaultInjection } from './http/fault-injection.ts'
import { apiHandlers } from './http/handlers.ts'
import { frameworkError } from './http/responses.ts'
import { noteSendingPage } from './services/api-exchanges.ts'
import { startRecordingHistory } from './services/request-history.ts'

export function answerApiInThisPage(): (request: Request) => Promise<Response> {
  installFaultInjection()
  startRecordingHistory()
  return async (request) => {
    noteSendingPage(request, Promise.resolve(globalThis.location?.href))
    return (await getResponse(apiHandlers, request)) ?? frameworkError(404)
  }
}
