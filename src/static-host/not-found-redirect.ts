// The script of 404.html. A static host answers an address with no file (an old link such as
// /pay-playground/admin/transactions or /pay-playground/secure/<token>) with 404.html; this script
// sends the browser on to the same place as a hash route of the app: /pay-playground/#/admin/transactions.
//
// 404.html is served at any depth and the build does not know its own base path (it is relative),
// so the app's root is found, in order, from:
//   1. the base path given at build time (BASE_PATH), when it is absolute;
//   2. the playground's service worker, whose scope is the app's root (after a first visit);
//   3. the nearest folder above the address that holds the build's precache manifest;
//   4. only when the host cannot be asked (no network): on a github.io project site, the first
//      folder of the path, else the site's root.
// When the host answers that no folder above holds the playground, the page stays and says so.
//
// The function is written into 404.html as its source text (Function.prototype.toString), so it
// must not use anything from outside its own body.

export interface NotFoundConfig {
  /** The build's base path when it is absolute (`/my-repo/`), else null. */
  base: string | null
  /** A file only the playground's root holds. */
  marker: string
  /** The playground's service worker script, relative to the root. */
  worker: string
}

/** What the script needs from the browser; `window` in 404.html, a fake in tests. */
export interface NotFoundWindow {
  location: Pick<Location, 'origin' | 'hostname' | 'pathname' | 'search' | 'hash' | 'replace'>
  navigator: { serviceWorker?: Pick<ServiceWorkerContainer, 'getRegistration'> }
  fetch: typeof fetch
}

/** Resolves to the address it sent the browser to, or null when it stayed (nothing better to offer). */
export async function notFoundRedirect(config: NotFoundConfig, win: NotFoundWindow): Promise<string | null> {
  const MAX_DEPTH = 12
  const { pathname, search, origin, hostname } = win.location

  const ancestors = (path: string): string[] => {
    const folders: string[] = []
    let end = path.lastIndexOf('/')
    while (end >= 0 && folders.length < MAX_DEPTH) {
      folders.push(path.slice(0, end + 1))
      end = path.lastIndexOf('/', end - 1)
    }
    return folders
  }

  const fromServiceWorker = async (): Promise<string | null> => {
    try {
      const registration = await win.navigator.serviceWorker?.getRegistration()
      const script = registration?.active?.scriptURL
      if (!registration || !script || script !== new URL(config.worker, registration.scope).href) return null
      const scope = new URL(registration.scope)
      return scope.origin === origin && pathname.startsWith(scope.pathname) ? scope.pathname : null
    } catch {
      return null
    }
  }

  /** The nearest folder holding the marker; null when none does; undefined when the host could not be asked. */
  const fromMarker = async (): Promise<string | null | undefined> => {
    for (const folder of ancestors(pathname)) {
      try {
        const response = await win.fetch(folder + config.marker, { method: 'HEAD', cache: 'no-store' })
        if (response.ok) return folder
      } catch {
        return undefined
      }
    }
    return null
  }

  const guess = (): string => {
    const first = pathname.split('/')[1]
    return hostname.endsWith('.github.io') && first ? `/${first}/` : '/'
  }

  const findRoot = async (): Promise<string | null> => {
    if (config.base && config.base.startsWith('/') && pathname.startsWith(config.base)) return config.base
    const registered = await fromServiceWorker()
    if (registered !== null) return registered
    const marked = await fromMarker()
    return marked === undefined ? guess() : marked
  }

  const root = await findRoot()
  if (root === null) return null
  const rest = pathname.slice(root.length).replace(/^index\.html$/, '')
  // At the root itself there is nothing better to offer: the app is not there.
  if (rest === '') return null
  const target = `${origin}${root}#/${rest}${search}`
  win.location.replace(target)
  return target
}
