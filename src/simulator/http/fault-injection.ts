// Wires fault injection (services/faults.ts) into the API pipeline's hook, which runs after the
// key check and the rate limiter and before the endpoint: a failed request gets the endpoint's own
// 500 "Downstream system error" code (P0198 for create, P0298 for get, P0498 for search…).
import { roleError } from '../operations/errors/build.ts'
import { takeFault, watchFaultSettings } from '../services/faults.ts'
import type { RandomSource } from '../services/seeded-random.ts'
import { setBeforeEndpoint } from './pipeline.ts'
import { errorResponse } from './responses.ts'

export interface FaultInjectionOptions {
  /** decides the percentage failures; Math.random unless a test passes a seeded one */
  random?: RandomSource
  /** waits for the added latency; a timer unless a test passes its own */
  sleep?: (ms: number) => Promise<void>
}

const timer = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Starts applying the stored fault settings to API requests; returns a function that stops. */
export function installFaultInjection(options: FaultInjectionOptions = {}): () => void {
  const random = options.random ?? Math.random
  const sleep = options.sleep ?? timer
  const stopWatching = watchFaultSettings()
  setBeforeEndpoint(async (route) => {
    const decision = await takeFault(route.spec.id, random)
    if (decision.latencyMs > 0) await sleep(decision.latencyMs)
    return decision.fail ? errorResponse(roleError(route.spec, 'downstream')) : undefined
  })
  return () => {
    setBeforeEndpoint(undefined)
    stopWatching()
  }
}
