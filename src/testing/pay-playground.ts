// createPayPlayground: the simulated GOV.UK Pay API for a team's own tests, answered by the
// simulator's msw handlers over an in-memory database, with the helpers a test needs. Every helper
// calls the simulator's services, the same functions the hosted pages and the admin site call.
import { installFaultInjection } from '../simulator/http/fault-injection.ts'
import { resetRateLimits } from '../simulator/http/rate-limiter.ts'
import { API_BASE_URL } from '../simulator/model/api-base.ts'
import { createApiKey, revokeApiKey } from '../simulator/services/api-keys.ts'
import { advanceClock, toIsoMillis } from '../simulator/services/clock.ts'
import { sweepExpired } from '../simulator/services/expiry.ts'
import { setFaultSettings } from '../simulator/services/faults.ts'
import { resetPlayground } from '../simulator/services/reset.ts'
import { configureRuntime, stopRuntime } from '../simulator/services/runtime.ts'
import { ensureCurrentService, updateService } from '../simulator/services/service-accounts.ts'
import { completeCardJourney } from './card-journey.ts'
import { checkClockMove } from './clock-move.ts'
import { faultSettingsOf } from './fault-options.ts'
import { guardedHandlers } from './guarded-handlers.ts'
import { memoryDatabase } from './memory-database.ts'
import { serviceSettingsOf } from './service-options.ts'
import { checkOpen, closePlayground, isOpen, openPlayground } from './open-playground.ts'
import type { PayPlayground, PayPlaygroundOptions } from './types.ts'

export const DEFAULT_FRONTEND_URL = 'https://pay-playground.invalid/'
export const DEFAULT_KEY_NAME = 'Test key'
const CLOSED_REASON = 'The PayPlayground has been closed'

/**
 * Opens a playground: a fresh sandbox service, "My test service", with no keys, payments or
 * faults. One playground may be open in a process at a time (close() it, or reset() it between tests).
 */
export function createPayPlayground(options: PayPlaygroundOptions = {}): PayPlayground {
  const ticket = openPlayground()
  const db = memoryDatabase()
  configureRuntime(db, { frontendUrl: options.frontendUrl ?? DEFAULT_FRONTEND_URL })
  resetRateLimits()
  const stopFaults = installFaultInjection(options.random ? { random: options.random } : {})
  const started = ensureCurrentService()
  started.catch(() => undefined) // reported by the first helper that waits for it

  /** Runs a helper on this playground once it has started; refuses once it is closed. */
  async function whenOpen<T>(work: () => Promise<T>): Promise<T> {
    checkOpen(ticket)
    await started
    return work()
  }

  return Object.freeze({
    baseUrl: API_BASE_URL,
    handlers: guardedHandlers(() => checkOpen(ticket)),
    createApiKey: (name = DEFAULT_KEY_NAME) =>
      whenOpen(async () => (await createApiKey((await ensureCurrentService()).id, name)).key),
    revokeApiKey: (key: string) => whenOpen(() => revokeApiKey(key)),
    completePayment: (paymentIdOrNextUrl, journey) => whenOpen(() => completeCardJourney(paymentIdOrNextUrl, journey)),
    advanceClock: (by) =>
      whenOpen(async () => {
        const at = await advanceClock(checkClockMove(by))
        return { now: toIsoMillis(at), expired: await sweepExpired() }
      }),
    setFaults: (faults) =>
      whenOpen(async () => {
        await setFaultSettings(faultSettingsOf(faults))
      }),
    setServiceSettings: (options) =>
      whenOpen(async () => {
        const settings = serviceSettingsOf(options)
        await updateService((await ensureCurrentService()).id, { settings })
      }),
    reset: () =>
      whenOpen(async () => {
        await resetPlayground()
        resetRateLimits()
      }),
    async close() {
      if (!isOpen(ticket)) return
      closePlayground(ticket)
      stopFaults()
      stopRuntime(CLOSED_REASON)
      await started.catch(() => undefined)
      db.close()
    },
  } satisfies PayPlayground)
}
