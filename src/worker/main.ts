// The playground's service worker. It answers the simulated API for every page of the site (and
// for a page of the site with no playground code at all), takes `next_url_post` form posts, and
// keeps the site's files for use without a network. Listeners are added while the script first
// runs, as service workers require.
import './local-storage-shim.ts' // first: msw needs a localStorage when it loads
import { API_BASE_URL } from '../simulator/model/api-base.ts'
import { siteCacheName } from '../static-host/site-cache.ts'
import { answerApiRequest } from './api-responder.ts'
import { answerNextUrlPost, isNextUrlPost } from './next-url-post.ts'
import { answerSiteRequest, type SiteFiles } from './site-files.ts'

declare const self: ServiceWorkerGlobalScope

const API_ORIGIN = new URL(API_BASE_URL).origin
const scope = self.registration.scope
const site: SiteFiles = { scope, cache: () => caches.open(siteCacheName(scope)), fetch: (request) => fetch(request) }

// A new version takes over at once: the pages and the worker share one database, and an old worker
// cannot use a database a newer version has upgraded.
self.addEventListener('install', () => {
  void self.skipWaiting()
})
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim())
})
// A page opened with Shift+Reload is not controlled; it asks to be (src/simulator/start.ts).
self.addEventListener('message', (event) => {
  if (event.data === 'claim') event.waitUntil(self.clients.claim())
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (new URL(request.url).origin === API_ORIGIN) {
    const origin = self.clients.get(event.clientId).then((client) => ({ pageUrl: client?.url }))
    event.respondWith(answerApiRequest(request, scope, origin, (until) => event.waitUntil(until)))
    return
  }
  if (isNextUrlPost(request, scope)) {
    event.respondWith(answerNextUrlPost(request, scope))
    return
  }
  const answer = answerSiteRequest(site, request, (work) => event.waitUntil(work))
  if (answer) event.respondWith(answer)
})
