// Keeps a copy of every file of the build in the browser's Cache Storage once the app has started,
// so that the next visit opens without a network, on any route, including parts not visited yet.
// The service worker (src/worker/site-files.ts) answers from this cache when the network is gone.
import { PRECACHE_MANIFEST_FILE, isPrecacheManifest, siteCacheName } from './site-cache.ts'

export type PrecacheOutcome = 'cached' | 'up-to-date' | 'unavailable'

/** Set with performance.mark when the copy is complete, for tools that wait for it. */
export const SITE_CACHED_MARK = 'pay-playground:site-cached'

export interface PrecacheEnvironment {
  fetch: typeof fetch
  caches: CacheStorage | undefined
}

const browser = (): PrecacheEnvironment => ({
  fetch: (...args) => globalThis.fetch(...args),
  caches: typeof caches === 'undefined' ? undefined : caches,
})

const PARALLEL_DOWNLOADS = 4

export async function precacheSite(appUrl: string, env: PrecacheEnvironment = browser()): Promise<PrecacheOutcome> {
  if (!env.caches) return 'unavailable'
  const manifestUrl = new URL(PRECACHE_MANIFEST_FILE, appUrl).href
  const response = await env.fetch(manifestUrl, { cache: 'no-cache' }).catch(() => undefined)
  // The development server has no manifest: nothing is cached there.
  if (!response?.ok) return 'unavailable'
  const manifest: unknown = await response
    .clone()
    .json()
    .catch(() => undefined)
  if (!isPrecacheManifest(manifest)) return 'unavailable'

  const cache = await env.caches.open(siteCacheName(appUrl))
  const previous: unknown = await (await cache.match(manifestUrl))?.json().catch(() => undefined)
  if (isPrecacheManifest(previous) && previous.version === manifest.version) return 'up-to-date'

  const assets = new URL('assets/', appUrl).href
  const wanted = manifest.files.map((file) => new URL(file, appUrl).href)
  const queue = [...wanted]
  const download = async (): Promise<void> => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      // Built assets carry a hash of their content in their name: a cached copy never goes stale.
      if (url.startsWith(assets) && (await cache.match(url))) continue
      await cache.add(url)
    }
  }
  await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, download))

  // Files of earlier builds go; the app's own address is where the service worker keeps the page.
  const keep = new Set([...wanted, appUrl, manifestUrl])
  for (const request of await cache.keys()) {
    if (!keep.has(request.url)) await cache.delete(request)
  }
  // Stored last, so that an interrupted copy is started again on the next visit.
  await cache.put(manifestUrl, response)
  return 'cached'
}

/** Starts the copy once the page has settled; a failure is reported in the console only. */
export function precacheSiteWhenIdle(appUrl: string): void {
  setTimeout(() => {
    precacheSite(appUrl)
      .then((outcome) => {
        if (outcome !== 'unavailable') performance.mark(SITE_CACHED_MARK, { detail: outcome })
      })
      .catch((error: unknown) => console.warn('The playground could not keep an offline copy of itself', error))
  }, 500)
}
