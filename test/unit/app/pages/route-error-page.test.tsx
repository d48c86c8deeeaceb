import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '../../../support/render-app.tsx'
import { useSimulator } from '../../../support/simulator.ts'

useSimulator()

function Broken(): never {
  throw new Error('The transactions table could not be read')
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('a page that fails', () => {
  it('is replaced by a problem page that gives the error, with the header and navigation still there', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    renderApp('/broken', { pages: [{ path: 'broken', Component: Broken }] })
    expect(await screen.findByRole('heading', { level: 1, name: 'Sorry, there is a problem with the playground' })).toBeVisible()
    expect(screen.getByText('The transactions table could not be read')).toBeVisible()
    expect(screen.getByRole('navigation', { name: 'Menu' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'start page' })).toHaveAttribute('href', '/')
  })

  it('that failed to load its code says so too', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    renderApp('/lazy', {
      pages: [{ path: 'lazy', lazy: () => Promise.reject(new Error('Failed to fetch dynamically imported module')) }],
    })
    expect(await screen.findByText('Failed to fetch dynamically imported module')).toBeVisible()
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sorry, there is a problem with the playground')
  })
})
