// Names shared by the page and the service worker (src/worker/) for the offline copy of the site.

/** The service worker script, built from src/worker/ next to index.html. */
export const SERVICE_WORKER_FILE = 'service-worker.js'

/** The list of the build's files that the page caches, written by the build (src/static-host/vite-plugin.ts). */
export const PRECACHE_MANIFEST_FILE = 'precache-manifest.json'

export const SITE_CACHE_PREFIX = 'pay-playground-site '

/** One cache per copy of the site, so two playgrounds on one origin never share files. */
export const siteCacheName = (appUrl: string): string => `${SITE_CACHE_PREFIX}${appUrl}`

export interface PrecacheManifest {
  /** Changes whenever any file of the build changes. */
  version: string
  /** Every file of the build that the app may load, relative to the app's address. */
  files: string[]
}

export function isPrecacheManifest(value: unknown): value is PrecacheManifest {
  if (typeof value !== 'object' || value === null) return false
  const { version, files } = value as Partial<PrecacheManifest>
  return typeof version === 'string' && Array.isArray(files) && files.every((file) => typeof file === 'string')
}
