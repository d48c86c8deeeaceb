// The boot sequence in src/main.tsx: a "Starting" page at once, then the app or a failure page.
import { screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RunningSimulator, StartOptions } from '../../src/simulator/start.ts'
import { useSimulator } from '../support/simulator.ts'

useSimulator()

const startSimulator = vi.fn<(options: StartOptions) => Promise<RunningSimulator>>()
vi.mock('../../src/simulator/start.ts', () => ({ startSimulator }))

beforeEach(() => {
  vi.resetModules()
  document.body.innerHTML = '<div id="root"></div>'
  vi.spyOn(console, 'error').mockImplementation(() => {})
})

afterEach(() => {
  startSimulator.mockReset()
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('booting the playground', { timeout: 30_000 }, () => {
  it('shows "Starting the simulator…" until the simulator runs, then the app with the console API', async () => {
    let started: (running: RunningSimulator) => void = () => {}
    startSimulator.mockReturnValue(new Promise((resolve) => (started = resolve)))
    Reflect.deleteProperty(window, 'payPlayground')

    await import('../../src/main.tsx')

    expect(await screen.findByRole('heading', { name: 'Starting the simulator…' })).toBeVisible()
    await waitFor(() => expect(startSimulator).toHaveBeenCalled())
    expect(startSimulator.mock.calls[0]?.[0].appUrl).toBe(new URL('.', window.location.href).href)
    expect(window.payPlayground).toBeUndefined()

    started({ persistent: false, serviceWorker: Promise.resolve(false) })

    // The app's modules load (and are transformed, under vitest) while the simulator starts.
    expect(await screen.findByRole('heading', { level: 1, name: 'Try the GOV.UK Pay API in your browser' }, { timeout: 15_000 })).toBeVisible()
    expect(screen.queryByText('Starting the simulator…')).toBeNull()
    expect(screen.getByRole('region', { name: 'Important' }).textContent).toMatch(/Your data won’t be saved/)
    // The page renders before it knows who answers the API, and says so once it answers it itself.
    await waitFor(() => expect(screen.getByRole('region', { name: 'Important' }).textContent).toMatch(/compatibility mode/))
    expect(typeof window.payPlayground.createApiKey).toBe('function')
  })

  it('explains on the page that the simulator could not start, and why', async () => {
    startSimulator.mockRejectedValue(new Error('Service workers are disabled in this browser'))

    await import('../../src/main.tsx')

    expect(await screen.findByRole('heading', { level: 1, name: 'The simulator could not start' })).toBeVisible()
    expect(screen.getByText('Service workers are disabled in this browser')).toBeVisible()
    expect(screen.queryByText('Starting the simulator…')).toBeNull()
  })

  it('does not start the simulator on a page where the browser withholds the Web Crypto API', async () => {
    vi.stubGlobal('crypto', {})
    vi.stubGlobal('isSecureContext', false)
    try {
      await import('../../src/main.tsx')
      expect(await screen.findByRole('heading', { level: 1, name: 'The simulator could not start' })).toBeVisible()
      expect(screen.getByText(/not opened from an https:\/\/ address or from localhost/)).toBeVisible()
      expect(startSimulator).not.toHaveBeenCalled()
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
