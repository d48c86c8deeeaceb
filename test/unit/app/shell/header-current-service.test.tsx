import { configure, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ensureCurrentService, updateService } from '../../../../src/simulator/services/service-accounts.ts'
import { renderApp } from '../../../support/render-app.tsx'
import { useSimulator } from '../../../support/simulator.ts'

useSimulator()
configure({ asyncUtilTimeout: 15_000 })
vi.setConfig({ testTimeout: 60_000 })

describe('the current service in the header', () => {
  it('names the service the playground acts on and links to the services page', async () => {
    renderApp('/')
    const banner = screen.getByRole('banner')
    expect(await within(banner).findByText('My test service')).toBeVisible()
    expect(within(banner).getByText('Service:')).toBeVisible()
    expect(within(banner).getByRole('link', { name: 'Switch service' }).getAttribute('href')).toBe('/admin/services')
  })

  it('follows a change of name made anywhere, at once', async () => {
    renderApp('/')
    const banner = screen.getByRole('banner')
    await within(banner).findByText('My test service')
    await updateService((await ensureCurrentService()).id, { name: 'Renamed service' })
    await waitFor(() => expect(within(banner).getByText('Renamed service')).toBeVisible())
  })
})
