// Starting the simulator in a page: open storage, make sure a service exists, then put the page
// under the service worker that answers the API (or, where it cannot run, answer it in the page),
// holding the page's API requests until one of them does.
// The hosted pages, the admin site and the tools call the simulator's services in the page, on
// the same database the worker uses.
import { holdApiRequests, type InPageAnswer } from './api-requests.ts'
import { sweepExpired } from './services/expiry.ts'
import { configureRuntime, NEWER_VERSION_MESSAGE, onRuntimeStopped, stopRuntime } from './services/runtime.ts'
import { ensureCurrentService } from './services/service-accounts.ts'
import { closeWhenReplaced, openDatabase } from './store/open-database.ts'
import { takeControlByWorker } from './worker-control.ts'

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
  /**
   * Resolves once API requests are answered: true by the service worker, false by the page itself
   * (compatibility mode, where the worker cannot run). The app does not wait for it to render.
   */
  serviceWorker: Promise<boolean>
}

async function answerApi(appUrl: string, persistent: boolean): Promise<InPageAnswer> {
  // Data in memory only cannot be shared with the worker, so such a page answers for itself.
  if (persistent && (await takeControlByWorker(appUrl))) return undefined
  return (await import('./in-page-answering.ts')).answerApiInThisPage()
}

export async function startSimulator({ appUrl }: StartOptions): Promise<RunningSimulator> {
  const { db, persistent } = await openDatabase()
  configureRuntime(db, { frontendUrl: appUrl })
  // A newer version of the playground opened in another tab: this tab lets go of the database and
  // says so (the app shows a "reload" banner) rather than hanging or reopening an old schema.
  closeWhenReplaced(db, () => stopRuntime(NEWER_VERSION_MESSAGE))
  await ensureCurrentService()
  const answering = answerApi(appUrl, persistent)
  holdApiRequests(answering)
  const sweep = setInterval(
    () => void sweepExpired().catch((error: unknown) => console.error('Expiry sweep failed', error)),
    SWEEP_INTERVAL_MS,
  )
  onRuntimeStopped(() => clearInterval(sweep))
  // Webhook messages are delivered by the pages, after the changes that wrote them (decision 016).
  void import('./webhook-runner.ts').then(({ startWebhookDeliveries }) => onRuntimeStopped(startWebhookDeliveries()))
  performance.mark(SIMULATOR_READY_MARK)
  return { persistent, serviceWorker: answering.then((answer) => answer === undefined) }
}
