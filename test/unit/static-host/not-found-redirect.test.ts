// 404.html's script: from an address the static host had no file for, to the app's hash route.
import { describe, expect, it, vi } from 'vitest'
import { notFoundRedirect, type NotFoundConfig, type NotFoundWindow } from '../../../src/static-host/not-found-redirect.ts'

const RELATIVE: NotFoundConfig = { base: null, marker: 'precache-manifest.json', worker: 'service-worker.js' }

interface Host {
  /** Folders that hold the marker file. */
  roots?: string[]
  /** The scope and script of a registered service worker, if any. */
  registration?: { scope: string; script: string }
  offline?: boolean
}

function browserAt(address: string, host: Host = {}) {
  const url = new URL(address)
  const replace = vi.fn<(target: string) => void>()
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    if (host.offline) throw new TypeError('Failed to fetch')
    const path = String(input)
    const found = (host.roots ?? []).some((root) => path === `${root}precache-manifest.json`)
    return new Response(null, { status: found ? 200 : 404 })
  })
  const win: NotFoundWindow = {
    location: { origin: url.origin, hostname: url.hostname, pathname: url.pathname, search: url.search, hash: url.hash, replace },
    navigator: {
      serviceWorker: {
        getRegistration: async () =>
          host.registration
            ? ({ scope: host.registration.scope, active: { scriptURL: host.registration.script } } as ServiceWorkerRegistration)
            : undefined,
      },
    },
    fetch: fetch as typeof globalThis.fetch,
  }
  return { win, replace, fetch }
}

describe('404.html sending old links to the app', () => {
  it('turns an old admin link into the hash route, keeping its query, when the app root holds the marker', async () => {
    const { win, replace } = browserAt('https://me.github.io/pay-playground/admin/transactions?state=success', {
      roots: ['/pay-playground/'],
    })
    const target = await notFoundRedirect(RELATIVE, win)
    expect(target).toBe('https://me.github.io/pay-playground/#/admin/transactions?state=success')
    expect(replace).toHaveBeenCalledWith(target)
  })

  it('finds the nearest folder holding the app, however deep the site is', async () => {
    const { win } = browserAt('http://localhost:8080/a/b/playground/secure/abc-123', { roots: ['/', '/a/b/playground/'] })
    expect(await notFoundRedirect(RELATIVE, win)).toBe('http://localhost:8080/a/b/playground/#/secure/abc-123')
  })

  it('uses the base path given at build time without asking the host', async () => {
    const { win, fetch } = browserAt('https://me.github.io/repo/card_details/p1/confirm')
    const target = await notFoundRedirect({ ...RELATIVE, base: '/repo/' }, win)
    expect(target).toBe('https://me.github.io/repo/#/card_details/p1/confirm')
    expect(fetch).not.toHaveBeenCalled()
  })

  it('uses the scope of the playground service worker after a first visit, even offline', async () => {
    const { win } = browserAt('https://example.org/tools/pay/admin', {
      offline: true,
      registration: { scope: 'https://example.org/tools/pay/', script: 'https://example.org/tools/pay/service-worker.js' },
    })
    expect(await notFoundRedirect(RELATIVE, win)).toBe('https://example.org/tools/pay/#/admin')
  })

  it('ignores a service worker that is not the playground’s', async () => {
    const { win } = browserAt('https://example.org/tools/pay/admin', {
      roots: ['/tools/'],
      registration: { scope: 'https://example.org/tools/pay/', script: 'https://example.org/tools/pay/other-worker.js' },
    })
    expect(await notFoundRedirect(RELATIVE, win)).toBe('https://example.org/tools/#/pay/admin')
  })

  it('guesses the repository folder on github.io when the host cannot be asked', async () => {
    const { win } = browserAt('https://me.github.io/pay-playground/admin/api-keys', { offline: true })
    expect(await notFoundRedirect(RELATIVE, win)).toBe('https://me.github.io/pay-playground/#/admin/api-keys')
  })

  it('stays on the page when the host says no folder above holds the app', async () => {
    const { win, replace } = browserAt('https://example.org/nothing/here', { roots: [] })
    expect(await notFoundRedirect(RELATIVE, win)).toBeNull()
    expect(replace).not.toHaveBeenCalled()
  })

  it('stays on the page at the app root itself, so it can never redirect in a loop', async () => {
    const { win, replace } = browserAt('https://example.org/pay/', { roots: ['/pay/'] })
    expect(await notFoundRedirect(RELATIVE, win)).toBeNull()
    expect(replace).not.toHaveBeenCalled()
  })

  it('runs on its own as the source text written into 404.html', async () => {
    const { win, replace } = browserAt('https://me.github.io/pay-playground/simulator', { roots: ['/pay-playground/'] })
    const standalone = new Function(`return (${notFoundRedirect.toString()})`)() as typeof notFoundRedirect
    await standalone(RELATIVE, win)
    expect(replace).toHaveBeenCalledWith('https://me.github.io/pay-playground/#/simulator')
  })
})
