import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../../support/render-app.tsx'
import { useSimulator } from '../../../support/simulator.ts'

useSimulator()

describe('the page shell', () => {
  it('has a header that reads "GOV.UK Pay Playground" with a visible Simulation tag, and no crown', async () => {
    renderApp('/')
    const header = await screen.findByRole('banner')
    expect(within(header).getByRole('link', { name: 'GOV.UK Pay Playground' })).toHaveAttribute('href', '/')
    const tag = within(header).getByText('Simulation')
    expect(tag.classList.contains('govuk-tag')).toBe(true)
    expect(header.querySelector('svg')).toBeNull()
    expect(within(header).queryByLabelText('GOV.UK')).toBeNull()
  })

  it('has a footer saying it is an unofficial simulation, with no crown or Open Government Licence', async () => {
    renderApp('/')
    const footer = await screen.findByRole('contentinfo')
    expect(footer.textContent).toMatch(/unofficial simulation/)
    expect(footer.textContent).toMatch(/It is\s+not GOV\.UK Pay/)
    expect(footer.textContent).not.toMatch(/Open Government Licence|Crown copyright/)
    expect(footer.querySelector('svg, .govuk-footer__crown, .govuk-footer__copyright-logo')).toBeNull()
  })

  it('marks the current part in the service navigation', async () => {
    renderApp('/')
    const nav = await screen.findByRole('navigation', { name: 'Menu' })
    expect(within(nav).getByRole('link', { name: 'Start' }).getAttribute('aria-current')).toBe('page')
  })

  it('has a skip link that moves focus to the main content without changing the route', async () => {
    const { user, router } = renderApp('/')
    await screen.findByRole('heading', { level: 1 })
    await user.tab()
    const skip = screen.getByRole('link', { name: 'Skip to main content' })
    expect(document.activeElement).toBe(skip)
    await user.click(skip)
    expect(document.activeElement).toBe(screen.getByRole('main'))
    expect(router.state.location.pathname).toBe('/')
  })

  it('moves focus to the new page’s main heading after navigating', async () => {
    const { user } = renderApp('/nowhere')
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    expect(document.activeElement).toBe(document.body)
    await user.click(screen.getByRole('link', { name: 'start page' }))
    const heading = await screen.findByRole('heading', { level: 1, name: 'Try the GOV.UK Pay API in your browser' })
    await waitFor(() => expect(document.activeElement).toBe(heading))
  })

  it('shows no warning banner when the simulator runs normally', async () => {
    renderApp('/')
    await screen.findByRole('heading', { level: 1 })
    expect(screen.queryByRole('region', { name: 'Important' })).toBeNull()
  })

  it('warns on every page that data won’t be saved when the browser refused IndexedDB', async () => {
    renderApp('/nowhere', { status: { persistent: false } })
    const banner = await screen.findByRole('region', { name: 'Important' })
    expect(banner.textContent).toMatch(/Your data won’t be saved/)
    expect(banner.textContent).not.toMatch(/compatibility mode/)
  })

  it('explains compatibility mode when there is no service worker', async () => {
    renderApp('/', { status: { serviceWorker: false } })
    const banner = await screen.findByRole('region', { name: 'Important' })
    expect(banner.textContent).toMatch(/compatibility mode/)
    expect(banner.textContent).toMatch(/Network tab/)
    expect(banner.textContent).not.toMatch(/won’t be saved/)
  })
})
