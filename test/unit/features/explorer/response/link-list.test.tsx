// The links in a response, each offered as the request it stands for: a page link of search results
// fills in the search with the link's query, and never the other endpoint at the same address.
import { render, screen, within } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { collectLinks } from '../../../../../src/features/explorer/response/collect-links.ts'
import { LinkList } from '../../../../../src/features/explorer/response/link-list.tsx'

const API = 'https://publicapi.payments.service.gov.uk'

function renderLinks(body: unknown) {
  const router = createMemoryRouter([{ path: '*', element: <LinkList links={collectLinks(body)} /> }])
  render(<RouterProvider router={router} />)
  return within(screen.getByRole('table', { name: 'Links in the response' }))
}

/** The actions offered in the row of one link. */
function actionsFor(table: ReturnType<typeof renderLinks>, rel: string) {
  const row = table.getByRole('rowheader', { name: rel }).closest('tr')!
  return within(row).queryAllByRole('link')
}

const text = (link: HTMLElement) => link.textContent?.replace(/\s+/g, ' ').trim()

const page = (number: number) => ({ href: `${API}/v1/payments?reference=abc&page=${number}&display_size=2` })

describe('the links of search results', () => {
  it.each(['self', 'first_page', 'prev_page', 'next_page', 'last_page'])('offer only “Search payments” for %s, with the link’s query', (rel) => {
    const table = renderLinks({
      total: 6,
      count: 2,
      page: 2,
      results: [],
      _links: { self: page(2), first_page: page(1), prev_page: page(1), next_page: page(3), last_page: page(3) },
    })
    const actions = actionsFor(table, rel)
    expect(actions.map(text)).toEqual([`Fill in “Search payments” from the ${rel} link`])
    const href = actions[0]!.getAttribute('href') ?? ''
    expect(href).toMatch(/^\/explorer\/search-payments\?/)
    const query = new URLSearchParams(href.split('?')[1])
    expect(query.get('query.reference')).toBe('abc')
    expect(query.get('query.display_size')).toBe('2')
  })

  it('offer “Search refunds” for a page of refunds', () => {
    const table = renderLinks({ results: [], _links: { next_page: { href: `${API}/v1/refunds?page=2&display_size=1` } } })
    expect(actionsFor(table, 'next_page').map(text)).toEqual(['Fill in “Search refunds” from the next_page link'])
  })

  it('still offer the other endpoint at a payment’s refunds address, which carries no query', () => {
    const table = renderLinks({ _links: { refunds: { href: `${API}/v1/payments/abc/refunds`, method: 'GET' } } })
    expect(actionsFor(table, 'refunds').map(text)).toEqual([
      'Fill in “Get all refunds for a payment” from the refunds link',
      'Or fill in “Submit a refund for a payment” from the refunds link',
    ])
  })
})
