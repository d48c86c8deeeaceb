// Putting the page under the playground's service worker, which answers the simulated API. Until a
// page is controlled its requests would go to the real service, so the app sends none before this
// has succeeded (or before the page answers them itself, src/simulator/in-page-answering.ts).
import { SERVICE_WORKER_FILE } from '../static-host/site-cache.ts'

/** How long a page waits to be taken over before it answers the API itself instead. */
const CONTROL_TIMEOUT_MS = 10_000

function controllerChange(container: ServiceWorkerContainer, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs)
    container.addEventListener(
      'controllerchange',
      () => {
        clearTimeout(timer)
        resolve(true)
      },
      { once: true },
    )
  })
}

/**
 * Registers the worker for the app's path and waits until it controls this page: on a first visit
 * it claims the page once it is active; a page opened with Shift+Reload asks it to. Resolves false
 * when this browser cannot run it here.
 */
export async function takeControlByWorker(appUrl: string, container = globalThis.navigator?.serviceWorker): Promise<boolean> {
  if (!container) return false
  try {
    const registration = await container.register(new URL(SERVICE_WORKER_FILE, appUrl).href, {
      scope: new URL(appUrl).pathname,
      updateViaCache: 'none',
    })
    if (container.controller) return true
    const changed = controllerChange(container, CONTROL_TIMEOUT_MS)
    const active = (await container.ready).active ?? registration.active
    if (container.controller) return true
    active?.postMessage('claim')
    return await changed
  } catch (error) {
    console.warn('The playground’s service worker could not start here; the page will answer the API itself.', error)
    return false
  }
}
