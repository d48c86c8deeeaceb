// Wires fault injection (services/faults.ts) into the API pipeline's hook, which runs after the
// key check and the rate limiter and before the endpoint, knowing the service whose key was used
// (faults can be set for one service). A failing request gets what was chosen:
// the endpoint's own 500 "Downstream system error" code (P0198 for create, P0298 for get, P0498
// for search…), 429 P0900, the 401 of a revoked key, a 503 with no body, a network failure (the
// client's fetch rejects), or no answer until the client gives up.
import { errorFrom, roleError } from '../operations/errors/build.ts'
import { TOO_MANY_REQUESTS } from '../operations/errors/shared.ts'
import type { OperationSpec } from '../operations/operation.ts'
import { type FaultKind, takeFault, watchFaultSettings } from '../services/faults.ts'
import type { RandomSource } from '../services/seeded-random.ts'
import { setBeforeEndpoint } from './pipeline.ts'
import { credentialsRequired, errorResponse, textResponse } from './responses.ts'

export interface FaultInjectionOptions {
  /** decides the percentage failures; Math.random unless a test passes a seeded one */
  random?: RandomSource
  /** waits for the added latency; a timer unless a test passes its own */
  sleep?: (ms: number) => Promise<void>
}

/** How long a request that "never answers" waits for its client to give up, at most. */
export const TIMEOUT_FAULT_LIMIT_MS = 5 * 60_000

const timer = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Waits until the client aborts the request (or the limit passes), then fails it as the network would. */
function noAnswer(request: Request, sleep: (ms: number) => Promise<void>): Promise<Response> {
  const givenUp = new Promise<void>((resolve) => {
    if (request.signal.aborted) resolve()
    request.signal.addEventListener('abort', () => resolve(), { once: true })
  })
  return Promise.race([givenUp, sleep(TIMEOUT_FAULT_LIMIT_MS)]).then(() => Response.error())
}

export function faultResponse(kind: FaultKind, operation: OperationSpec, request: Request, sleep = timer): Promise<Response> | Response {
  switch (kind) {
    case 'downstream':
      return errorResponse(roleError(operation, 'downstream'))
    case 'rate-limited':
      return errorResponse(errorFrom(TOO_MANY_REQUESTS))
    case 'unauthorised':
      return credentialsRequired()
    case 'unavailable':
      return textResponse(null, { status: 503 })
    case 'network':
      return Response.error()
    case 'timeout':
      return noAnswer(request, sleep)
  }
}

/** Starts applying the stored fault settings to API requests; returns a function that stops. */
export function installFaultInjection(options: FaultInjectionOptions = {}): () => void {
  const random = options.random ?? Math.random
  const sleep = options.sleep ?? timer
  const stopWatching = watchFaultSettings()
  setBeforeEndpoint(async (route, request, caller) => {
    const decision = await takeFault(route.spec.id, random, caller?.serviceId)
    if (decision.latencyMs > 0) await sleep(decision.latencyMs)
    return decision.fail ? faultResponse(decision.fail, route.spec, request) : undefined
  })
  return () => {
    setBeforeEndpoint(undefined)
    stopWatching()
  }
}
