// Starting the simulator in the browser: open storage, make sure a service exists, then start the
// Mock Service Worker so that requests to the real API's address are answered here.
import { setupWorker } from 'msw/browser'
import { installFaultInjection } from './http/fault-injection.ts'
import { apiHandlers } from './http/handlers.ts'
import { sweepExpired } from './services/expiry.ts'
import { configureRuntime, NEWER_VERSION_MESSAGE, onRuntimeStopped, stopRuntime } from './services/runtime.ts'
import { ensureCurrentService } from './services/service-accounts.ts'
import { closeWhenReplaced, openDatabase } from './store/open-database.ts'

const SWEEP_INTERVAL_MS = 30_000

/** A performance mark set once the simulator answers requests (read by `npm run bench`). */
export const SIMULATOR_READY_MARK = 'pay-playground:simulator-ready'

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
  // A newer version of the playground opened in another tab: this tab lets go of the database and
  // says so (the app shows a "reload" banner) rather than hanging or reopening an old schema.
  closeWhenReplaced(db, () => stopRuntime(NEWER_VERSION_MESSAGE))
  await ensureCurrentService()
  installFaultInjection() // the trainer's fault settings (simulator tools) apply to every API request
  const serviceWorker = 'serviceWorker' in navigator
  const worker = setupWorker(...apiHandlers)
  await worker.start({
    // service-worker.js loads msw's mockServiceWorker.js and adds the offline copy of the site.
    serviceWorker: { url: new URL('service-worker.js', appUrl).href, options: { scope: new URL(appUrl).pathname } },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
  const sweep = setInterval(
    () => void sweepExpired().catch((error: unknown) => console.error('Expiry sweep failed', error)),
    SWEEP_INTERVAL_MS,
  )
  onRuntimeStopped(() => clearInterval(sweep))
  performance.mark(SIMULATOR_READY_MARK)
  return { persistent, serviceWorker }
}
