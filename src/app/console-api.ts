// `window.payPlayground`: the playground driven from DevTools or from a browser test. Every call
// goes straight to the simulator's services, the same functions the admin pages use; everything
// asynchronous returns a promise. Keys and services act on the current service. A wrong argument is
// refused with a TypeError that says what was wrong and what is expected (console-arguments.ts).
import { API_BASE_URL } from '../simulator/model/api-base.ts'
import { createApiKey, revokeApiKey } from '../simulator/services/api-keys.ts'
import { advanceClock, toIsoMillis } from '../simulator/services/clock.ts'
import { sweepExpired } from '../simulator/services/expiry.ts'
import { resetPlayground } from '../simulator/services/reset.ts'
import { clearPlaygroundBrowserData } from '../lib/browser-storage.ts'
import { createService, ensureCurrentService, switchService } from '../simulator/services/service-accounts.ts'
import {
  checkApiKey,
  checkClockAdvance,
  checkKeyName,
  checkSeedArguments,
  checkServiceId,
  checkServiceName,
  type ClockAdvance,
} from './console-arguments.ts'

export const CONSOLE_KEY_NAME = 'Key created from the console'

export type { ClockAdvance }

export interface AdvancedClock {
  /** The simulated time after the move, as an ISO 8601 timestamp. */
  now: string
  /** How many payments expired because of the move. */
  expired: number
}

export interface ConsoleSeedOptions {
  /** Called as the payments are saved, a thousand at a time. */
  onProgress?: (progress: { added: number; total: number }) => void
}

export interface ServiceSummary {
  id: string
  name: string
}

export interface PayPlaygroundConsole {
  /** The API's base URL, the real service's address: `https://publicapi.payments.service.gov.uk`. */
  readonly baseUrl: string
  /** Creates an API key for the current service; resolves to the full key, which is not kept. */
  createApiKey(name?: string): Promise<string>
  /** Revokes a key given in full; resolves to false if there is no such key or it was already revoked. */
  revokeApiKey(key: string): Promise<boolean>
  /** Moves the simulator's clock forward, then expires every payment whose time has come. */
  advanceClock(by: ClockAdvance): Promise<AdvancedClock>
  /** Deletes everything and starts again with one "My test service", as on a first visit. */
  reset(): Promise<void>
  /** Creates another sandbox service; resolves to its id. The current service does not change. */
  createService(name: string): Promise<string>
  /** Makes another service current; keys created afterwards belong to it. */
  switchService(serviceId: string): Promise<ServiceSummary>
  /** The service keys are created for. */
  currentService(): Promise<ServiceSummary>
  /** Adds demo payments in every state (1 to 100,000) to the current service; resolves to how many were added. */
  seedPayments(count: number, options?: ConsoleSeedOptions): Promise<number>
}

declare global {
  interface Window {
    /** Installed once the simulator is running (src/app/console-api.ts). */
    payPlayground: PayPlaygroundConsole
  }
}

const summary = (service: ServiceSummary): ServiceSummary => ({ id: service.id, name: service.name })

export function createConsoleApi(): PayPlaygroundConsole {
  return Object.freeze({
    baseUrl: API_BASE_URL,
    async createApiKey(name?: string) {
      const checked = checkKeyName(name) ?? CONSOLE_KEY_NAME
      const service = await ensureCurrentService()
      return (await createApiKey(service.id, checked)).key
    },
    async revokeApiKey(key: string) {
      return revokeApiKey(checkApiKey(key))
    },
    async advanceClock(by: ClockAdvance) {
      const now = await advanceClock(checkClockAdvance(by))
      const expired = await sweepExpired()
      return { now: toIsoMillis(now), expired }
    },
    async reset() {
      await resetPlayground()
      clearPlaygroundBrowserData()
    },
    async createService(name: string) {
      return (await createService(checkServiceName(name))).id
    },
    async switchService(serviceId: string) {
      return summary(await switchService(checkServiceId(serviceId)))
    },
    async currentService() {
      return summary(await ensureCurrentService())
    },
    async seedPayments(count: number, options?: ConsoleSeedOptions) {
      const checked = checkSeedArguments(count, options)
      // Loaded on first use: seeding is not needed to start the playground.
      const { seedPayments } = await import('../simulator/services/seeding.ts')
      return (await seedPayments(checked.count, { onProgress: checked.onProgress })).added
    },
  })
}

export function installConsoleApi(target: Window): PayPlaygroundConsole {
  const api = createConsoleApi()
  target.payPlayground = api
  return api
}
