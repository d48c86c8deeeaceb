// GET /v1/disputes through the simulated API (pay-api-contract.md §9; pay-publicapi's
// SearchDisputesResource, DisputeSearchValidator and DisputeForSearchResult; pay-ledger's search).
// Disputes are raised and moved with the simulator tools' service, as a trainer would.
import { describe, expect, it } from 'vitest'
import type { DisputeStatus } from '../../../../../src/simulator/model/dispute-types.ts'
import { toIsoDate, toIsoMillis } from '../../../../../src/simulator/services/clock.ts'
import { moveDispute, raiseDispute } from '../../../../../src/simulator/services/disputes.ts'
import { currentServiceId, makePayment, otherService, pay, tick } from '../../../../support/payment-scenarios.ts'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator()

const BASE = 'https://publicapi.payments.service.gov.uk/v1/disputes'
const invalid = (names: string) => `Invalid parameters: ${names}. See Public API documentation for the correct data formats`

const searchAs = (key: string, query = '') => api('GET', `/v1/disputes${query === '' ? '' : `?${query}`}`, { key })
const search = async (query = '') => searchAs(await newKey(), query)

const MOVES: Record<DisputeStatus, DisputeStatus[]> = {
  needs_response: [],
  under_review: ['under_review'],
  won: ['under_review', 'won'],
  lost: ['under_review', 'lost'],
}

/** A paid payment of `amount`, disputed a minute later and moved on to `status`, a minute after that. */
async function disputed(status: DisputeStatus = 'needs_response', amount = 2000, serviceId?: string) {
  const owner = serviceId ?? (await currentServiceId())
  const payment = await makePayment({ amount }, owner)
  await pay(payment.id)
  await tick()
  let dispute = await raiseDispute(owner, payment.id, 'fraudulent')
  for (const to of MOVES[status]) {
    await tick()
    dispute = await moveDispute(owner, dispute.id, to)
  }
  await tick()
  return dispute
}

const ids = (response: { json: { results: Array<{ dispute_id: string }> } }) => response.json.results.map((result) => result.dispute_id)

describe('GET /v1/disputes: results', () => {
  it('shows a dispute with the real fields in the real order, an empty settlement summary and a link to its payment', async () => {
    const dispute = await disputed('needs_response', 2000)
    const response = await search()
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('application/json')
    expect(response.json).toEqual({
      total: 1,
      count: 1,
      page: 1,
      results: [
        {
          amount: 2000,
          created_date: toIsoMillis(dispute.createdAt),
          dispute_id: dispute.id,
          evidence_due_date: toIsoMillis(dispute.createdAt + 7 * 24 * 60 * 60 * 1000),
          payment_id: dispute.paymentId,
          reason: 'fraudulent',
          settlement_summary: {},
          status: 'needs_response',
          _links: { payment: { href: `https://publicapi.payments.service.gov.uk/v1/payments/${dispute.paymentId}`, method: 'GET' } },
        },
      ],
      links: {
        self: { href: `${BASE}?display_size=500&page=1` },
        first_page: { href: `${BASE}?display_size=500&page=1` },
        last_page: { href: `${BASE}?display_size=500&page=1` },
      },
    })
    expect(Object.keys(response.json.results[0])).toEqual([
      'amount',
      'created_date',
      'dispute_id',
      'evidence_due_date',
      'payment_id',
      'reason',
      'settlement_summary',
      'status',
      '_links',
    ])
  })

  it('gives a lost dispute Stripe’s £15 fee, a net amount of minus the amount and the fee, and the day it was settled', async () => {
    const dispute = await disputed('lost', 2000)
    const lostAt = dispute.history.at(-1)!.at
    const [result] = (await search()).json.results
    expect(result).toMatchObject({ amount: 2000, fee: 1500, net_amount: -3500, status: 'lost', settlement_summary: { settled_date: toIsoDate(lostAt) } })
    expect(Object.keys(result)).toEqual([
      'amount',
      'created_date',
      'dispute_id',
      'evidence_due_date',
      'fee',
      'net_amount',
      'payment_id',
      'reason',
      'settlement_summary',
      'status',
      '_links',
    ])
  })

  it('shows no fee or net amount on a dispute under review or won', async () => {
    await disputed('under_review')
    await disputed('won')
    const results = (await search()).json.results
    expect(results.map((result: { status: string }) => result.status)).toEqual(['won', 'under_review'])
    for (const result of results) {
      expect(result).not.toHaveProperty('fee')
      expect(result).not.toHaveProperty('net_amount')
      expect(result.settlement_summary).toEqual({})
    }
  })

  it('lists the newest dispute first and only the disputes of the key’s service', async () => {
    const first = await disputed()
    const other = await otherService()
    const theirs = await disputed('needs_response', 500, other.serviceId)
    const second = await disputed()
    expect(ids(await search())).toEqual([second.id, first.id])
    expect(ids(await searchAs(other.key))).toEqual([theirs.id])
  })
})

describe('GET /v1/disputes: filters', () => {
  it('filters by status, written back as `status` in the links', async () => {
    const lost = await disputed('lost')
    await disputed('needs_response')
    const won = await disputed('won')
    expect(ids(await search('status=lost'))).toEqual([lost.id])
    expect(ids(await search('status=won'))).toEqual([won.id])
    expect((await search('status=under_review')).json.total).toBe(0)
    const links = (await search('status=lost')).json.links
    expect(links.self.href).toMatch(/[?&]status=lost(&|$)/)
    expect(links.self.href).not.toMatch(/state=/)
  })

  it('keeps disputes created strictly after from_date and strictly before to_date', async () => {
    const first = await disputed()
    const second = await disputed()
    const third = await disputed()
    const at = (ms: number) => encodeURIComponent(toIsoMillis(ms))
    expect(ids(await search(`from_date=${at(first.createdAt)}`))).toEqual([third.id, second.id])
    expect(ids(await search(`to_date=${at(third.createdAt)}`))).toEqual([second.id, first.id])
    expect(ids(await search(`from_date=${at(first.createdAt)}&to_date=${at(third.createdAt)}`))).toEqual([second.id])
  })

  it('finds lost disputes by the day they were settled, both days included; other disputes have no settled date', async () => {
    const lost = await disputed('lost')
    await disputed('won')
    await disputed('needs_response')
    const day = toIsoDate(lost.history.at(-1)!.at)
    const next = toIsoDate(lost.history.at(-1)!.at + 24 * 60 * 60 * 1000)
    expect(ids(await search(`from_settled_date=${day}`))).toEqual([lost.id])
    expect(ids(await search(`to_settled_date=${day}`))).toEqual([lost.id])
    expect(ids(await search(`from_settled_date=${day}&to_settled_date=${day}`))).toEqual([lost.id])
    expect(ids(await search(`from_settled_date=${next}`))).toEqual([])
    expect(ids(await search('to_settled_date=2000-01-01'))).toEqual([])
  })
})

describe('GET /v1/disputes: pages', () => {
  it('pages from 1 with display_size, and links to the pages around', async () => {
    const made = []
    for (let i = 0; i < 5; i++) made.push(await disputed())
    const newestFirst = made.map((dispute) => dispute.id).reverse()
    const response = await search('display_size=2&page=2')
    expect(response.json).toMatchObject({ total: 5, count: 2, page: 2 })
    expect(ids(response)).toEqual(newestFirst.slice(2, 4))
    expect(response.json.links).toEqual({
      self: { href: `${BASE}?display_size=2&page=2` },
      first_page: { href: `${BASE}?display_size=2&page=1` },
      last_page: { href: `${BASE}?display_size=2&page=3` },
      prev_page: { href: `${BASE}?display_size=2&page=1` },
      next_page: { href: `${BASE}?display_size=2&page=3` },
    })
    expect(ids(await search('display_size=2&page=3'))).toEqual(newestFirst.slice(4))
  })

  it('answers a page past the end of some results with 404 P0402', async () => {
    await disputed()
    const response = await search('page=2')
    expect(response.status).toBe(404)
    expect(response.json).toEqual({ code: 'P0402', description: 'Page not found' })
  })

  it('answers a page past the end of no results with 200, as the real search back end does when nothing matches', async () => {
    await pay((await makePayment()).id)
    const response = await search('page=3')
    expect(response.status).toBe(200)
    expect(response.json).toMatchObject({ total: 0, count: 0, page: 3, results: [] })
    expect(response.json.links.prev_page).toEqual({ href: `${BASE}?display_size=500&page=1` })
  })
})

describe('GET /v1/disputes: validation', () => {
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
