import { act, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { NEWER_VERSION_MESSAGE, stopRuntime } from '../../../../src/simulator/services/runtime.ts'
import { renderApp } from '../../../support/render-app.tsx'
import { useSimulator } from '../../../support/simulator.ts'

useSimulator()

describe('the new-version banner', () => {
  it('is not shown while the simulator is running', async () => {
    renderApp('/')
    await screen.findByRole('heading', { level: 1 })
    expect(screen.queryByText(/A new version of the playground is available/)).toBeNull()
  })

  it('appears on the page that is open when another tab opens a newer version, with a way to reload', async () => {
    const { user } = renderApp('/')
    await screen.findByRole('heading', { level: 1 })
    act(() => stopRuntime(NEWER_VERSION_MESSAGE))

    const banner = screen.getByRole('region', { name: 'Important' })
    expect(within(banner).getByText('A new version of the playground is available — reload the page')).toBeVisible()
    expect(screen.getByRole('main')).toContainElement(banner)
    const reload = vi.fn()
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload })
    await user.click(within(banner).getByRole('button', { name: 'Reload the page' }))
    expect(reload).toHaveBeenCalledTimes(1)
  })
})
