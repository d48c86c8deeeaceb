import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ServiceNavigation } from '../../../../src/app/shell/service-navigation.tsx'
import { PLAYGROUND_PARTS, type PlaygroundPart } from '../../../../src/lib/navigation.ts'

const parts: PlaygroundPart[] = [
  { label: 'Start', path: '/', summary: '', matchDescendants: false },
  { label: 'Admin', path: '/admin', summary: '', matchDescendants: true },
]

function renderNavigation(path: string, items: readonly PlaygroundPart[]) {
  const router = createMemoryRouter([{ path: '*', element: <ServiceNavigation parts={items} /> }], { initialEntries: [path] })
  render(<RouterProvider router={router} />)
  return screen.getByRole('navigation', { name: 'Menu' })
}

function setScreenWidth(wide: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: wide,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }))
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the service navigation', () => {
  it('lists every part of the playground in order', () => {
    const nav = renderNavigation('/', PLAYGROUND_PARTS)
    const links = within(nav).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual(['Start', 'Learn', 'API explorer', 'Admin site', 'Simulator tools'])
    expect(PLAYGROUND_PARTS.map((part) => part.path)).toEqual(['/', '/learn', '/explorer', '/admin', '/simulator'])
  })

  it('marks a part current on the routes below it', () => {
    const nav = renderNavigation('/admin/transactions', parts)
    expect(within(nav).getByRole('link', { name: 'Admin' }).getAttribute('aria-current')).toBe('page')
    expect(within(nav).getByRole('link', { name: 'Start' }).getAttribute('aria-current')).toBeNull()
  })

  it('collapses behind a Menu button on narrow screens when there are several parts', async () => {
    setScreenWidth(false)
    const nav = renderNavigation('/', parts)
    const menu = within(nav).getByRole('button', { name: 'Menu' })
    expect(menu.getAttribute('aria-expanded')).toBe('false')
    expect(within(nav).queryByRole('link', { name: 'Admin' })).toBeNull()
    await userEvent.click(menu)
    expect(menu.getAttribute('aria-expanded')).toBe('true')
    expect(within(nav).getByRole('link', { name: 'Admin' })).toBeVisible()
  })

  it('shows every link and no Menu button on wide screens', () => {
    setScreenWidth(true)
    const nav = renderNavigation('/', parts)
    expect(within(nav).queryByRole('button', { name: 'Menu' })).toBeNull()
    expect(within(nav).getByRole('link', { name: 'Admin' })).toBeVisible()
  })

  it('never collapses a single part', () => {
    setScreenWidth(false)
    const nav = renderNavigation('/', parts.slice(0, 1))
    expect(within(nav).queryByRole('button', { name: 'Menu' })).toBeNull()
    expect(within(nav).getByRole('link', { name: 'Start' })).toBeVisible()
  })
})
