import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../../support/render-app.tsx'
import { useSimulator } from '../../../support/simulator.ts'

useSimulator()

describe('an unknown route', () => {
  it.each(['/no-such-page', '/admin/no-such-page', '/nowhere/create-payment'])('%s shows "Page not found" inside the shell', async (path) => {
    renderApp(path)
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    expect(screen.getByRole('banner').textContent).toContain('GOV.UK Pay Playground')
    await waitFor(() => expect(document.title).toBe('Page not found – GOV.UK Pay Playground'))
  })

  it.each(['/', '/explorer', '/admin', '/simulator'])('%s, a part of the playground, is not "Page not found"', async (path) => {
    renderApp(path)
    const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 15_000 })
    expect(heading.textContent).not.toBe('Page not found')
  })

  it('links back to the start page', async () => {
    const { user, router } = renderApp('/no-such-page')
    await user.click(within(await screen.findByRole('main')).getByRole('link', { name: 'start page' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/'))
  })
})
