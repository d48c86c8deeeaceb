// Answering the API in this page, with the same handlers the service worker runs: in
// compatibility mode (a browser that cannot run the worker here, or storage in memory only, which
// the worker cannot share), and for requests that come through the local bridge.
import { getResponse } from 'msw'
import { installFaultInjection } from './http/fault-injection.ts'
import { apiHandlers } from './http/handlers.ts'
import { frameworkError } from './http/responses.ts'
import { noteRequestOrigin, type RequestOrigin } from './services/api-exchanges.ts'
import { startRecordingHistory } from './services/request-history.ts'

export type InPageAnswerer = (request: Request, origin?: RequestOrigin) => Promise<Response>

let answerer: InPageAnswerer | undefined

/**
 * Answers requests in this page (the first call sets it up: faults apply, exchanges go to the
 * history). `origin` defaults to this page; the bridge names itself.
 */
export function answerApiInThisPage(): InPageAnswerer {
  if (answerer) return answerer
  installFaultInjection()
  startRecordingHistory()
  answerer = async (request, origin = { pageUrl: globalThis.location?.href }) => {
    noteRequestOrigin(request, Promise.resolve(origin))
    return (await getResponse(apiHandlers, request)) ?? frameworkError(404)
  }
  return answerer
}
