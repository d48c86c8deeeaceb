// Putting the page under the service worker: registered for the app's path from the site's root
// file, and the page counts as controlled only once the worker has taken it over.
import { describe, expect, it, vi } from 'vitest'
import { takeControlByWorker } from '../../../src/simulator/worker-control.ts'

const APP = 'https://example.github.io/pay-playground/'

function fakeContainer({ controlled, claimOnMessage = true }: { controlled: boolean; claimOnMessage?: boolean }) {
  const listeners = new Set<() => void>()
  const container = {
    controller: controlled ? {} : null,
    register: vi.fn(async () => registration),
    ready: Promise.resolve(undefined as unknown),
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
  }
  const active = {
    postMessage: vi.fn((message: string) => {
      if (message !== 'claim' || !claimOnMessage) return
      container.controller = {}
      for (const listener of listeners) listener()
    }),
  }
  const registration = { active }
  container.ready = Promise.resolve(registration)
  return { container: container as unknown as ServiceWorkerContainer, active, register: container.register }
}

describe('taking control by the service worker', () => {
  it('registers service-worker.js beside index.html for the app’s path, never from the HTTP cache', async () => {
    const { container, register } = fakeContainer({ controlled: true })
    expect(await takeControlByWorker(APP, container)).toBe(true)
    expect(register).toHaveBeenCalledWith(`${APP}service-worker.js`, { scope: '/pay-playground/', updateViaCache: 'none' })
  })

  it('asks an active worker to take over a page it does not control yet (a first visit, or Shift+Reload)', async () => {
    const { container, active } = fakeContainer({ controlled: false })
    expect(await takeControlByWorker(APP, container)).toBe(true)
    expect(active.postMessage).toHaveBeenCalledWith('claim')
  })

  it('says so when the browser has no service workers or registration fails', async () => {
    expect(await takeControlByWorker(APP, undefined)).toBe(false)
    const { container, register } = fakeContainer({ controlled: false })
    register.mockRejectedValueOnce(new DOMException('The operation is insecure.', 'SecurityError'))
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(await takeControlByWorker(APP, container)).toBe(false)
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })
})
