// GET /v1/disputes through the simulated API (pay-api-contract.md §9; pay-publicapi's
// SearchDisputesResource and DisputeSearchValidator). A sandbox account has no disputes.
import { describe, expect, it } from 'vitest'
import { makePayment, pay } from '../../../../support/payment-scenarios.ts'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator()

const BASE = 'https://publicapi.payments.service.gov.uk/v1/disputes'
const invalid = (names: string) => `Invalid parameters: ${names}. See Public API documentation for the correct data formats`

const search = async (query = '') => api('GET', `/v1/disputes${query === '' ? '' : `?${query}`}`, { key: await newKey() })

describe('GET /v1/disputes', () => {
  it('answers 200 with no results and the pagination under `links`, even when the service has successful payments', async () => {
    await pay((await makePayment()).id)
    const response = await search()
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('application/json')
    expect(response.json).toEqual({
      total: 0,
      count: 0,
      page: 1,
      results: [],
      links: {
        self: { href: `${BASE}?display_size=500&page=1` },
        first_page: { href: `${BASE}?display_size=500&page=1` },
        last_page: { href: `${BASE}?display_size=500&page=1` },
      },
    })
    expect(response.json).not.toHaveProperty('_links')
  })

  it('writes the status filter as `status` in its links, though the search back end calls it `state`', async () => {
    const response = await search('status=lost&display_size=10')
    expect(response.status).toBe(200)
    expect(response.json.links.self.href).toMatch(/[?&]status=lost(&|$)/)
    expect(response.json.links.self.href).not.toMatch(/state=/)
    expect(response.json.links.first_page.href).toMatch(/display_size=10/)
  })

  it('answers a page past the end of no results with 200, as the real search back end does when nothing matches', async () => {
    const response = await search('page=3')
    expect(response.status).toBe(200)
    expect(response.json).toMatchObject({ total: 0, count: 0, page: 3, results: [] })
    expect(response.json.links.prev_page).toEqual({ href: `${BASE}?display_size=500&page=1` })
  })

  it('answers 422 P0401 naming every bad parameter in the real check order, the status as `state`', async () => {
    const query = new URLSearchParams({
      status: 'disputed',
      display_size: '0',
      page: 'second',
      to_settled_date: '2022-13-01',
      from_settled_date: 'yesterday',
      to_date: '2022-07-28',
      from_date: 'today',
    })
    const response = await search(query.toString())
    expect(response.status).toBe(422)
    expect(response.json).toEqual({
      code: 'P0401',
      description: invalid('from_date, to_date, from_settled_date, to_settled_date, page, display_size, state'),
    })
  })

  it('ignores blank parameters and accepts each of the four statuses', async () => {
    for (const status of ['needs_response', 'under_review', 'won', 'lost']) {
      expect((await search(`status=${status}&from_date=`)).status).toBe(200)
    }
  })

  it('needs an API key, as every operation does', async () => {
    const response = await api('GET', '/v1/disputes', { key: null })
    expect(response.status).toBe(401)
  })
})
