// GET /v1/payments through the simulated API (pay-api-contract.md §1.5, §3.3, §3.4 and §7).
import { describe, expect, it } from 'vitest'
import { advanceClock, toIsoMillis } from '../../../../../src/simulator/services/clock.ts'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'
import { authorise, makePayment, otherService, pay, tick } from '../../../../support/payment-scenarios.ts'

useSimulator()

const BASE = 'https://publicapi.payments.service.gov.uk'
const invalid = (names: string) => `Invalid parameters: ${names}. See Public API documentation for the correct data formats`

async function searchAs(key: string, query = '') {
  return api('GET', `/v1/payments${query === '' ? '' : `?${query}`}`, { key })
}

async function rejected(key: string, query: string) {
  const response = await searchAs(key, query)
  expect(response.status).toBe(422)
  expect(Object.keys(response.json)).toEqual(['code', 'description'])
  expect(response.json.code).toBe('P0401')
  return response.json.description as string
}

const idsOf = (body: { results: Array<{ payment_id: string }> }) => body.results.map((result) => result.payment_id)

describe('GET /v1/payments: validation', () => {
  it('answers 422 P0401 naming every invalid parameter, as in the contract example', async () => {
    const key = await newKey()
    const query = new URLSearchParams({
      state: 'nonsense',
      reference: 'r'.repeat(256),
      email: 'e'.repeat(255),
      from_date: '2015-08-13',
      to_date: '2015-13-01T00:00Z',
    })
    const response = await searchAs(key, query.toString())
    expect(response.status).toBe(422)
    expect(response.headers.get('Content-Type')).toBe('application/json')
    expect(response.json).toEqual({ code: 'P0401', description: invalid('state, reference, email, from_date, to_date') })
  })

  it.each([
    ['state=capturable', 'state'],
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['display_size=501', 'display_size'],
    ['display_size=0', 'display_size'],
    ['first_digits_card_number=12345', 'first_digits_card_number'],
    ['first_digits_card_number=abcdef', 'first_digits_card_number'],
    ['last_digits_card_number=123', 'last_digits_card_number'],
    ['last_digits_card_number=12ab', 'last_digits_card_number'],
    ['from_date=2015-08-13', 'from_date'],
    ['to_date=2015-13-01T00:00Z', 'to_date'],
    ['from_date=2015-08-13T12:35:00', 'from_date'],
    ['from_settled_date=13/08/2015', 'from_settled_date'],
  ])('rejects %s', async (query, name) => {
    expect(await rejected(await newKey(), query)).toBe(invalid(name))
  })

  it.each([
    '2015-08-13T12:35:00Z',
    '2015-08-13T12:35:00%2B01:00',
    '2015-08-13T12:35:00.123456Z',
    '2015-08-13T12:35:00Z%5BEurope/London%5D',
  ])('accepts from_date=%s', async (date) => {
    const response = await searchAs(await newKey(), `from_date=${date}`)
    expect(response.status).toBe(200)
  })

  it('reports only the parameters found invalid before a page number too big for an int', async () => {
    const key = await newKey()
    expect(await rejected(key, 'page=99999999999')).toBe(invalid(''))
    expect(await rejected(key, 'state=bad&page=99999999999&display_size=0&last_digits_card_number=x')).toBe(invalid('state'))
  })

  it('ignores blank parameters', async () => {
    const key = await newKey()
    const payment = await makePayment()
    const response = await searchAs(key, 'state=&reference=%20&email=&page=&display_size=&from_date=&first_digits_card_number=')
    expect(response.status).toBe(200)
    expect(idsOf(response.json)).toEqual([payment.id])
    expect(response.json._links.self.href).toBe(`${BASE}/v1/payments?display_size=500&page=1`)
  })
})

describe('GET /v1/payments: results', () => {
  it('answers newest first with total, count and page, and no-cache headers', async () => {
    const key = await newKey()
    const first = await makePayment()
    await tick()
    const second = await makePayment()
    const response = await searchAs(key)
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    expect(response.headers.get('Pragma')).toBe('no-cache')
    expect(response.json).toMatchObject({ total: 2, count: 2, page: 1 })
    expect(idsOf(response.json)).toEqual([second.id, first.id])
    expect(response.json._links).toEqual({
      self: { href: `${BASE}/v1/payments?display_size=500&page=1` },
      first_page: { href: `${BASE}/v1/payments?display_size=500&page=1` },
      last_page: { href: `${BASE}/v1/payments?display_size=500&page=1` },
    })
  })

  it('shows each payment as GET does, but without next_url or next_url_post', async () => {
    const key = await newKey()
    const payment = await makePayment({ email: 'someone@example.org' })
    const result = (await searchAs(key)).json.results[0]
    const single = (await api('GET', `/v1/payments/${payment.id}`, { key })).json
    const { next_url: nextUrl, next_url_post: nextUrlPost, ...linksWithoutNext } = single._links
    expect(nextUrl).toBeDefined()
    expect(nextUrlPost).toBeDefined()
    expect(result).toEqual({ ...single, _links: linksWithoutNext })
    expect(Object.keys(result._links)).toEqual(['self', 'events', 'refunds', 'cancel'])
    expect(result._links.self).toEqual({ href: `${BASE}/v1/payments/${payment.id}`, method: 'GET' })
    expect(result._links.cancel).toEqual({ href: `${BASE}/v1/payments/${payment.id}/cancel`, method: 'POST' })
  })

  it('gives cancel only while unfinished and capture only when capturable', async () => {
    const key = await newKey()
    const submitted = await makePayment({ reference: 'submitted' })
    await authorise(submitted.id)
    await tick()
    const capturable = await makePayment({ reference: 'capturable', delayedCapture: true })
    await pay(capturable.id)
    await tick()
    const success = await makePayment({ reference: 'success' })
    await pay(success.id)
    const results: Array<{ reference: string; _links: Record<string, unknown> }> = (await searchAs(key)).json.results
    const links = Object.fromEntries(results.map((result) => [result.reference, Object.keys(result._links)]))
    expect(links).toEqual({
      submitted: ['self', 'events', 'refunds', 'cancel'],
      capturable: ['self', 'events', 'refunds', 'cancel', 'capture'],
      success: ['self', 'events', 'refunds'],
    })
    const capturableResult = results.find((result) => result.reference === 'capturable')!
    expect(capturableResult._links.capture).toEqual({ href: `${BASE}/v1/payments/${capturable.id}/capture`, method: 'POST' })
  })

  it('pages with display_size and gives every pagination link', async () => {
    const key = await newKey()
    const ids: string[] = []
    for (let i = 0; i < 5; i++) {
      ids.push((await makePayment()).id)
      await tick()
    }
    const response = await searchAs(key, 'display_size=2&page=2')
    expect(response.json).toMatchObject({ total: 5, count: 2, page: 2 })
    expect(idsOf(response.json)).toEqual([ids[2], ids[1]])
    expect(response.json._links).toEqual({
      self: { href: `${BASE}/v1/payments?display_size=2&page=2` },
      first_page: { href: `${BASE}/v1/payments?display_size=2&page=1` },
      last_page: { href: `${BASE}/v1/payments?display_size=2&page=3` },
      prev_page: { href: `${BASE}/v1/payments?display_size=2&page=1` },
      next_page: { href: `${BASE}/v1/payments?display_size=2&page=3` },
    })
    const last = await searchAs(key, 'display_size=2&page=3')
    expect(last.json).toMatchObject({ total: 5, count: 1, page: 3 })
    expect(last.json._links.next_page).toBeUndefined()
  })

  it('answers 404 P0402 for a page past the last when there are results', async () => {
    const key = await newKey()
    await makePayment()
    await tick()
    await makePayment()
    for (const query of ['page=2', 'display_size=1&page=3']) {
      const response = await searchAs(key, query)
      expect(response.status).toBe(404)
      expect(response.json).toEqual({ code: 'P0402', description: 'Page not found' })
    }
  })

  it('answers 200 with no results for page 5 when nothing matches', async () => {
    const key = await newKey()
    const response = await searchAs(key, 'page=5')
    expect(response.status).toBe(200)
    expect(response.json).toEqual({
      total: 0,
      count: 0,
      page: 5,
      results: [],
      _links: {
        self: { href: `${BASE}/v1/payments?display_size=500&page=5` },
        first_page: { href: `${BASE}/v1/payments?display_size=500&page=1` },
        last_page: { href: `${BASE}/v1/payments?display_size=500&page=1` },
        prev_page: { href: `${BASE}/v1/payments?display_size=500&page=1` },
      },
    })
  })

  it('echoes the filters in the links in hash map order, URL-encoded, without card_brand', async () => {
    const key = await newKey()
    const query = 'reference=abc&state=created&card_brand=visa&from_date=2016-01-01T23:59:59Z'
    const response = await searchAs(key, query)
    expect(response.status).toBe(200)
    expect(response.json._links.self.href).toBe(
      `${BASE}/v1/payments?reference=abc&from_date=2016-01-01T23%3A59%3A59Z&display_size=500&state=created&page=1`,
    )
  })

  it('matches nothing by agreement or settled date on a sandbox account, and echoes them in the links', async () => {
    const key = await newKey()
    await makePayment()
    const byAgreement = await searchAs(key, `agreement_id=${'a'.repeat(26)}`)
    expect(byAgreement.json).toMatchObject({ total: 0, count: 0, page: 1, results: [] })
    expect(byAgreement.json._links.self.href).toBe(`${BASE}/v1/payments?agreement_id=${'a'.repeat(26)}&display_size=500&page=1`)
    const bySettledDate = await searchAs(key, 'from_settled_date=2020-01-01')
    expect(bySettledDate.json).toMatchObject({ total: 0, count: 0, results: [] })
    expect(bySettledDate.json._links.self.href).toBe(`${BASE}/v1/payments?from_settled_date=2020-01-01&display_size=500&page=1`)
  })

  it('filters by reference exactly and case-insensitively, and by email as a substring', async () => {
    const key = await newKey()
    const exact = await makePayment({ reference: 'Council-Tax', email: 'Jane@Example.org' })
    await tick()
    await makePayment({ reference: 'Council-Tax-2', email: 'john@example.org' })
    expect(idsOf((await searchAs(key, 'reference=council-tax')).json)).toEqual([exact.id])
    expect(idsOf((await searchAs(key, 'email=JANE@')).json)).toEqual([exact.id])
  })

  it('excludes a payment created exactly at from_date', async () => {
    const key = await newKey()
    const first = await makePayment()
    await tick()
    const second = await makePayment()
    const response = await searchAs(key, `from_date=${encodeURIComponent(toIsoMillis(first.createdAt))}`)
    expect(idsOf(response.json)).toEqual([second.id])
  })

  it('accepts card_brand and ignores it', async () => {
    const key = await newKey()
    const payment = await makePayment()
    await pay(payment.id)
    const response = await searchAs(key, 'card_brand=mastercard')
    expect(response.status).toBe(200)
    expect(idsOf(response.json)).toEqual([payment.id])
  })

  it('never shows another service its payments', async () => {
    const key = await newKey()
    const mine = await makePayment()
    const other = await otherService()
    const theirs = await makePayment({}, other.serviceId)
    expect(idsOf((await searchAs(key)).json)).toEqual([mine.id])
    expect(idsOf((await searchAs(other.key)).json)).toEqual([theirs.id])
  })

  it('shows an abandoned payment as failed P0020 once the clock is past 90 minutes', async () => {
    const key = await newKey()
    const payment = await makePayment()
    await advanceClock({ minutes: 91 })
    const [result] = (await searchAs(key)).json.results
    expect(result.payment_id).toBe(payment.id)
    expect(result.state).toEqual({ status: 'failed', finished: true, code: 'P0020', message: 'Payment expired' })
    expect(Object.keys(result._links)).toEqual(['self', 'events', 'refunds'])
    expect(idsOf((await searchAs(key, 'state=failed')).json)).toEqual([payment.id])
  })
})
