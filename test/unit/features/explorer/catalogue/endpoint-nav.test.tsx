// The endpoint list is grouped as the real documentation groups it, searchable, and each entry
// deep-links to its endpoint.
import { configure, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../../../support/render-app.tsx'
import { useSimulator } from '../../../../support/simulator.ts'

useSimulator()
configure({ asyncUtilTimeout: 5_000 })

describe('the endpoint list', { timeout: 60_000 }, () => {
  it('groups endpoints, finds them by words, and links to each', async () => {
    const { user, router } = renderApp('/explorer')
    const nav = await screen.findByRole('navigation', { name: 'API endpoints' }, { timeout: 10_000 })
    expect(within(nav).getAllByRole('heading').map((heading) => heading.textContent)).toEqual([
      'Card payments',
      'Refunding card payments',
      'Agreements',
      'Disputes',
      'Authorise card payments',
    ])
    expect(within(nav).getAllByRole('link')).toHaveLength(16)

    await user.type(within(nav).getByLabelText('Find an endpoint'), 'refund search')
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Search refunds'])
    expect(within(nav).getByRole('status').textContent).toBe('1 endpoint matches')
    await user.click(within(nav).getByRole('link', { name: 'Search refunds' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Search refunds' })).toBeVisible()
    expect(router.state.location.pathname).toBe('/explorer/search-refunds')

    await user.clear(within(nav).getByLabelText('Find an endpoint'))
    await user.type(within(nav).getByLabelText('Find an endpoint'), 'teapot')
    expect(within(nav).getByText('No endpoint matches “teapot”.')).toBeVisible()
  })
})
