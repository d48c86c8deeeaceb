// The site's own files, kept for use without a network. The page fills the cache with every file
// of the build (src/static-host/precache.ts); here a page of the site is answered from the network
// when there is one and from the cache when there is not, and built assets (whose names change
// with their content) from the cache first.
export interface SiteFiles {
  /** The site's address: origin and base path, ending in `/`. */
  scope: string
  cache: () => Promise<Cache>
  fetch: (request: Request) => Promise<Response>
}

/** Keeps the worker running until `work` is done, after the answer has gone (the event's waitUntil). */
export type KeepAlive = (work: Promise<unknown>) => void

/** Answers a GET for a file of the site, or returns undefined to leave it to the browser. */
export function answerSiteRequest(site: SiteFiles, request: Request, keepAlive: KeepAlive): Promise<Response> | undefined {
  if (request.method !== 'GET' || !request.url.startsWith(site.scope)) return undefined
  const url = new URL(request.url)
  url.search = ''
  url.hash = ''
  if (request.mode === 'navigate') return openPage(site, request, url.href, keepAlive)
  if (url.href.startsWith(new URL('assets/', site.scope).href)) return cacheFirst(site, request)
  return networkFirst(site, request)
}

/** A page of the site: the network when there is one (keeping the app's page), else the cache. */
async function openPage(site: SiteFiles, request: Request, address: string, keepAlive: KeepAlive): Promise<Response> {
  const rootDocuments = [site.scope, new URL('index.html', site.scope).href]
  const isApp = rootDocuments.includes(address)
  try {
    const response = await site.fetch(request)
    // The page is answered at once; its copy is kept for use offline meanwhile.
    if (isApp && response.ok && response.type === 'basic') {
      const copy = response.clone()
      keepAlive(site.cache().then((cache) => cache.put(site.scope, copy)))
    }
    return response
  } catch (error) {
    const cache = await site.cache()
    // Any other address inside the site gets 404.html, which turns an old path into the app's hash route.
    const candidates = isApp ? rootDocuments : [new URL('404.html', site.scope).href]
    for (const candidate of candidates) {
      const cached = await cache.match(candidate)
      if (cached) return cached
    }
    throw error
  }
}

async function cacheFirst(site: SiteFiles, request: Request): Promise<Response> {
  const cache = await site.cache()
  const cached = await cache.match(request, { ignoreSearch: true })
  if (cached) return cached
  const response = await site.fetch(request)
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone())
  return response
}

async function networkFirst(site: SiteFiles, request: Request): Promise<Response> {
  try {
    return await site.fetch(request)
  } catch (error) {
    const cached = await (await site.cache()).match(request, { ignoreSearch: true })
    if (cached) return cached
    throw error
  }
}
