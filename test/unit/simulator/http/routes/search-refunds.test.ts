// GET /v1/refunds through the simulated API (pay-api-contract.md §1.5, §8.4 and §12).
import { describe, expect, it } from 'vitest'
import { toIsoMillis } from '../../../../../src/simulator/services/clock.ts'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'
import { makePayment, otherService, pay, refund, tick } from '../../../../support/payment-scenarios.ts'

useSimulator()

const BASE = 'https://publicapi.payments.service.gov.uk'
const invalid = (names: string) => `Invalid parameters: ${names}. See Public API documentation for the correct data formats`

async function searchAs(key: string, query = '') {
  return api('GET', `/v1/refunds${query === '' ? '' : `?${query}`}`, { key })
}

/** A successful payment with `amounts.length` refunds a minute apart, oldest first. */
async function refunded(amounts: number[], serviceId?: string) {
  const payment = await makePayment({ amount: 10_000 }, serviceId)
  await pay(payment.id)
  const refunds = []
  for (const amount of amounts) {
    await tick()
    refunds.push(await refund(payment.id, amount, serviceId))
  }
  return { payment, refunds }
}

describe('GET /v1/refunds: validation', () => {
  it('answers 422 P1101 naming every invalid parameter in its own check order', async () => {
    const query = new URLSearchParams({
      display_size: '501',
      page: '0',
      to_settled_date: '2020/01/01',
      from_settled_date: 'x',
      to_date: '2015-08-13',
      from_date: '2015-13-01T00:00Z',
    })
    const response = await searchAs(await newKey(), query.toString())
    expect(response.status).toBe(422)
    expect(response.json).toEqual({
      code: 'P1101',
      description: invalid('from_date, to_date, from_settled_date, to_settled_date, page, display_size'),
    })
  })

  it.each([
    ['from_date=2015-08-13T12:35:00', 'from_date'],
    ['to_date=yesterday', 'to_date'],
    ['page=abc', 'page'],
    ['display_size=0', 'display_size'],
    ['from_settled_date=2020-02-30', 'from_settled_date'],
  ])('rejects %s', async (query, name) => {
    const response = await searchAs(await newKey(), query)
    expect(response.status).toBe(422)
    expect(response.json).toEqual({ code: 'P1101', description: invalid(name) })
  })

  it('ignores the payment search parameters', async () => {
    const response = await searchAs(await newKey(), 'state=capturable&first_digits_card_number=1')
    expect(response.status).toBe(200)
  })

  it('reports only the parameters found invalid before a page number too big for an int', async () => {
    const response = await searchAs(await newKey(), 'to_date=x&page=99999999999&display_size=0')
    expect(response.json).toEqual({ code: 'P1101', description: invalid('to_date') })
  })
})

describe('GET /v1/refunds: results', () => {
  it('lists refunds with their payment, an empty settlement summary and self and payment links', async () => {
    const key = await newKey()
    const { payment, refunds } = await refunded([250])
    const [made] = refunds
    const response = await searchAs(key)
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBeNull()
    expect(response.headers.get('Pragma')).toBeNull()
    expect(response.json).toEqual({
      total: 1,
      count: 1,
      page: 1,
      results: [
        {
          refund_id: made!.id,
          created_date: toIsoMillis(made!.createdAt),
          payment_id: payment.id,
          amount: 250,
          status: 'success',
          settlement_summary: {},
          _links: {
            self: { href: `${BASE}/v1/payments/${payment.id}/refunds/${made!.id}`, method: 'GET' },
            payment: { href: `${BASE}/v1/payments/${payment.id}`, method: 'GET' },
          },
        },
      ],
      _links: {
        self: { href: `${BASE}/v1/refunds?display_size=500&page=1` },
        first_page: { href: `${BASE}/v1/refunds?display_size=500&page=1` },
        last_page: { href: `${BASE}/v1/refunds?display_size=500&page=1` },
        prev_page: {},
        next_page: {},
      },
    })
  })

  it('pages newest first and gives prev and next links in the middle', async () => {
    const key = await newKey()
    const { refunds } = await refunded([100, 200, 300])
    const response = await searchAs(key, 'display_size=1&page=2')
    expect(response.json).toMatchObject({ total: 3, count: 1, page: 2 })
    expect(response.json.results.map((r: { refund_id: string }) => r.refund_id)).toEqual([refunds[1]!.id])
    expect(response.json._links).toEqual({
      self: { href: `${BASE}/v1/refunds?display_size=1&page=2` },
      first_page: { href: `${BASE}/v1/refunds?display_size=1&page=1` },
      last_page: { href: `${BASE}/v1/refunds?display_size=1&page=3` },
      prev_page: { href: `${BASE}/v1/refunds?display_size=1&page=1` },
      next_page: { href: `${BASE}/v1/refunds?display_size=1&page=3` },
    })
    const first = await searchAs(key, 'display_size=2')
    expect(first.json.results.map((r: { amount: number }) => r.amount)).toEqual([300, 200])
    expect(first.json._links.prev_page).toEqual({})
  })

  it('answers 404 P1100 for a page past the last when there are refunds', async () => {
    const key = await newKey()
    await refunded([100])
    const response = await searchAs(key, 'page=2')
    expect(response.status).toBe(404)
    expect(response.json).toEqual({ code: 'P1100', description: 'Page not found' })
  })

  it('answers 200 with no results past the last page when there are no refunds', async () => {
    const response = await searchAs(await newKey(), 'page=3')
    expect(response.status).toBe(200)
    expect(response.json).toEqual({
      total: 0,
      count: 0,
      page: 3,
      results: [],
      _links: {
        self: { href: `${BASE}/v1/refunds?display_size=500&page=3` },
        first_page: { href: `${BASE}/v1/refunds?display_size=500&page=1` },
        last_page: { href: `${BASE}/v1/refunds?display_size=500&page=1` },
        prev_page: { href: `${BASE}/v1/refunds?display_size=500&page=1` },
        next_page: {},
      },
    })
  })

  it('echoes the date filters in the links in hash map order', async () => {
    const response = await searchAs(await newKey(), 'to_date=2030-01-01T00:00Z&from_date=2015-01-01T00:00Z&from_settled_date=2015-01-01')
    expect(response.json._links.self.href).toBe(
      `${BASE}/v1/refunds?from_settled_date=2015-01-01&from_date=2015-01-01T00%3A00Z&to_date=2030-01-01T00%3A00Z&display_size=500&page=1`,
    )
  })

  it('excludes refunds created exactly at from_date', async () => {
    const key = await newKey()
    const { refunds } = await refunded([100, 200])
    const response = await searchAs(key, `from_date=${encodeURIComponent(toIsoMillis(refunds[0]!.createdAt))}`)
    expect(response.json.results.map((r: { refund_id: string }) => r.refund_id)).toEqual([refunds[1]!.id])
  })

  it('never shows another service its refunds', async () => {
    const key = await newKey()
    const mine = await refunded([100])
    const other = await otherService()
    await refunded([200], other.serviceId)
    const response = await searchAs(key)
    expect(response.json.results.map((r: { refund_id: string }) => r.refund_id)).toEqual([mine.refunds[0]!.id])
    expect((await searchAs(other.key)).json.total).toBe(1)
  })
})
