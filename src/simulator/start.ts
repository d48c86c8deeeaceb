// Starting the simulator in the browser: open storage, make sure a service exists, then start the
// Mock Service Worker so that requests to the real API's address are answered here.
import { setupWorker } from 'msw/browser'
import { apiHandlers } from './http/handlers.ts'
import { sweepExpired } from './services/expiry.ts'
import { configureRuntime } from './services/runtime.ts'
import { ensureCurrentService } from './services/service-accounts.ts'
import { openDatabase } from './store/open-database.ts'

const SWEEP_INTERVAL_MS = 30_000

export interface StartOptions {
  /** The app's own URL: origin plus base path, ending in `/`. */
  appUrl: string
}

export interface RunningSimulator {
  /** false when data lives in memory only (the browser refused IndexedDB) */
  persistent: boolean
  /** false when the browser has no service workers and requests are intercepted in the page */
  serviceWorker: boolean
}

export async function startSimulator({ appUrl }: StartOptions): Promise<RunningSimulator> {
  const { db, persistent } = await openDatabase()
  configureRuntime(db, { frontendUrl: appUrl })
  await ensureCurrentService()
  const serviceWorker = 'serviceWorker' in navigator
  const worker = setupWorker(...apiHandlers)
  await worker.start({
    serviceWorker: { url: new URL('mockServiceWorker.js', appUrl).href, options: { scope: new URL(appUrl).pathname } },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
  setInterval(() => void sweepExpired().catch((error: unknown) => console.error('Expiry sweep failed', error)), SWEEP_INTERVAL_MS)
  return { persistent, serviceWorker }
}
