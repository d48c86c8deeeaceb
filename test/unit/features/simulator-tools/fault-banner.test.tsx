// The site-wide banner while faults are on: every page but the simulator tools page shows it, with
// a button that turns the faults off.
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { getFaultSettings, NO_FAULTS, setFaultSettings } from '../../../../src/simulator/services/faults.ts'
import { renderApp } from '../../../support/render-app.tsx'
import { useSimulator } from '../../../support/simulator.ts'

// Pages load lazily and the machine running the tests may be busy: allow more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 })

useSimulator()

const bannerName = 'Simulated faults are on'

describe('the faults banner', () => {
  it('is not shown when no faults are on', async () => {
    renderApp('/')
    await screen.findByRole('heading', { level: 1 })
    expect(screen.queryByRole('region', { name: bannerName })).toBeNull()
  })

  it('shows on other pages while faults are on, says what they are, and turns them off', async () => {
    await setFaultSettings({ failWith: 'downstream', failures: { kind: 'percentage', percent: 10 }, operation: null, latencyMs: 300 })
    const { user } = renderApp('/')
    const banner = await screen.findByRole('region', { name: bannerName })
    expect(banner.textContent).toContain('10% of API requests, chosen at random, will fail with a 500 error')
    expect(banner.textContent).toContain('Every API response is delayed by 300 milliseconds.')
    expect(within(banner).getByRole('link', { name: 'Change them in Simulator tools' }).getAttribute('href')).toBe('/simulator')
    await user.click(within(banner).getByRole('button', { name: 'Turn off faults' }))
    await waitFor(() => expect(screen.queryByRole('region', { name: bannerName })).toBeNull())
    expect(await getFaultSettings()).toStrictEqual(NO_FAULTS)
  })

  it('appears when faults are turned on while the page is open (from another tab, say)', async () => {
    renderApp('/')
    await screen.findByRole('heading', { level: 1 })
    await setFaultSettings({ failWith: 'downstream', failures: { kind: 'next', remaining: 3 }, operation: null, latencyMs: 0 })
    expect(await screen.findByRole('region', { name: bannerName })).toBeVisible()
  })

  it('is left out on the simulator tools page, which shows the faults itself', async () => {
    await setFaultSettings({ failWith: 'downstream', failures: { kind: 'next', remaining: 3 }, operation: null, latencyMs: 0 })
    renderApp('/simulator')
    await screen.findByRole('heading', { level: 1, name: 'Simulator tools' }, { timeout: 10_000 })
    await screen.findByText('Faults are on.')
    expect(screen.queryByRole('region', { name: bannerName })).toBeNull()
  })
})
