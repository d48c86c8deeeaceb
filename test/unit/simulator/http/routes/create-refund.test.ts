// POST /v1/payments/{id}/refunds (pay-api-contract.md §8.1, §8.5, §12): 202 with the refund,
// the parser's errors, connector's checks in order, and racing refunds.
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as rateLimiter from '../../../../../src/simulator/http/rate-limiter.ts'
import { moveDispute, raiseDispute } from '../../../../../src/simulator/services/disputes.ts'
import { createService } from '../../../../../src/simulator/services/service-accounts.ts'
import { paymentIn } from '../../../../support/payment-fixtures.ts'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

const sim = useSimulator()

const BASE = 'https://publicapi.payments.service.gov.uk'
const notAvailable = (status: string) => ({
  code: 'P0603',
  description: `The payment is not available for refund. Payment refund status: ${status}`,
})

const refund = (key: string, paymentId: string, body: unknown) =>
  api('POST', `/v1/payments/${paymentId}/refunds`, { key, body })

describe('a successful refund', () => {
  it('is 202 with refund_id, created_date, amount, status success and links, and no settlement_summary', async () => {
    const key = await newKey()
    const payment = await paymentIn('success', { amount: 1000 })
    const response = await refund(key, payment.id, { amount: 250 })
    expect(response.status).toBe(202)
    expect(response.headers.get('Content-Type')).toBe('application/json')
    const body = response.json
    expect(Object.keys(body).sort()).toEqual(['_links', 'amount', 'created_date', 'refund_id', 'status'])
    expect(body.refund_id).toMatch(/^[0-9a-v]{26}$/)
    expect(body.created_date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(body.amount).toBe(250)
    expect(body.status).toBe('success')
    expect(body._links).toStrictEqual({
      self: { href: `${BASE}/v1/payments/${payment.id}/refunds/${body.refund_id}`, method: 'GET' },
      payment: { href: `${BASE}/v1/payments/${payment.id}`, method: 'GET' },
    })
    expect('settlement_summary' in body).toBe(false)
  })

  it('updates the payment’s refund_summary, and full once everything is refunded', async () => {
    const key = await newKey()
    const payment = await paymentIn('success', { amount: 1000 })
    await refund(key, payment.id, { amount: 300 })
    let read = await api('GET', `/v1/payments/${payment.id}`, { key })
    expect(read.json.refund_summary).toStrictEqual({ status: 'available', amount_available: 700, amount_submitted: 300 })
    expect((await refund(key, payment.id, { amount: 700, refund_amount_available: 700 })).status).toBe(202)
    read = await api('GET', `/v1/payments/${payment.id}`, { key })
    expect(read.json.refund_summary).toStrictEqual({ status: 'full', amount_available: 0, amount_submitted: 1000 })
  })

  it('accepts refund_amount_available when it is right', async () => {
    const key = await newKey()
    const payment = await paymentIn('success', { amount: 1000 })
    expect((await refund(key, payment.id, { amount: 100, refund_amount_available: 1000 })).status).toBe(202)
    expect((await refund(key, payment.id, { amount: 100, refund_amount_available: 900 })).status).toBe(202)
  })

  it('ignores unknown properties', async () => {
    const key = await newKey()
    const payment = await paymentIn('success')
    expect((await refund(key, payment.id, { amount: 100, reason: 'goodwill' })).status).toBe(202)
  })
})

describe('request errors', () => {
  it.each<[Record<string, unknown>, string]>([
    [{}, 'missing'],
    [{ amount: null }, 'null'],
    [{ refund_amount_available: 1000 }, 'missing with refund_amount_available'],
  ])('answers the body %j (amount %s) with 400 P0601', async (body, _why) => {
    const key = await newKey()
    const payment = await paymentIn('success')
    const response = await refund(key, payment.id, body)
    expect(response.status).toBe(400)
    expect(response.json).toStrictEqual({ field: 'amount', code: 'P0601', description: 'Missing mandatory attribute: amount' })
  })

  it.each([['"100"'], ['100.0'], ['1e2'], ['true'], ['{}'], ['[]'], ['2147483648']])(
    'answers the amount %s (not a JSON int) with 400 P0602 numeric format',
    async (amount) => {
      const key = await newKey()
      const payment = await paymentIn('success')
      const response = await api('POST', `/v1/payments/${payment.id}/refunds`, { key, rawBody: `{"amount":${amount}}` })
      expect(response.status).toBe(400)
      expect(response.json).toStrictEqual({
        field: 'amount',
        code: 'P0602',
        description: 'Invalid attribute value: amount. Must be a valid numeric format',
      })
    },
  )

  it.each([
    [0, 'Invalid attribute value: amount. Must be greater than or equal to 1'],
    [-1, 'Invalid attribute value: amount. Must be greater than or equal to 1'],
    [10_000_001, 'Invalid attribute value: amount. Must be less than or equal to 10000000'],
  ])('answers the amount %d with 422 P0602', async (amount, description) => {
    const key = await newKey()
    const payment = await paymentIn('success')
    const response = await refund(key, payment.id, { amount })
    expect(response.status).toBe(422)
    expect(response.json).toStrictEqual({ field: 'amount', code: 'P0602', description })
  })

  it.each([['{"amount": 100'], ['amount=100'], ['{"amount": 0x10}'], ["{'amount': 100}"]])(
    'answers malformed JSON %j with 400 P0697',
    async (rawBody) => {
      const key = await newKey()
      const payment = await paymentIn('success')
      const response = await api('POST', `/v1/payments/${payment.id}/refunds`, { key, rawBody })
      expect(response.status).toBe(400)
      expect(response.json).toStrictEqual({ code: 'P0697', description: 'Unable to parse JSON' })
    },
  )

  it('checks the body before the payment: a bad amount on an unknown payment is still P0602', async () => {
    const response = await refund(await newKey(), '0'.repeat(26), { amount: 0 })
    expect(response.json.code).toBe('P0602')
  })
})

describe('payments that cannot be refunded', () => {
  it.each([
    ['created', 'pending'],
    ['started', 'pending'],
    ['submitted', 'pending'],
    ['capturable', 'unavailable'],
    ['declined', 'unavailable'],
    ['error', 'unavailable'],
    ['cancelled', 'unavailable'],
    ['user-cancelled', 'unavailable'],
  ] as const)('a %s payment: 400 P0603 "…Payment refund status: %s"', async (state, status) => {
    const key = await newKey()
    const payment = await paymentIn(state)
    const response = await refund(key, payment.id, { amount: 100 })
    expect(response.status).toBe(400)
    expect(response.json).toStrictEqual(notAvailable(status))
  })

  it('a fully refunded payment: 400 P0603 "…: full"', async () => {
    const key = await newKey()
    const payment = await paymentIn('success', { amount: 500 })
    await refund(key, payment.id, { amount: 500 })
    const response = await refund(key, payment.id, { amount: 1 })
    expect(response.status).toBe(400)
    expect(response.json).toStrictEqual(notAvailable('full'))
  })

  it('a disputed payment: 400 P0603 "The payment is disputed and cannot be refunded", until the dispute is won', async () => {
    const key = await newKey()
    const payment = await paymentIn('success', { amount: 1000 })
    const dispute = await raiseDispute(payment.serviceId, payment.id, 'fraudulent')
    const response = await refund(key, payment.id, { amount: 100 })
    expect(response.status).toBe(400)
    expect(response.json).toStrictEqual({ code: 'P0603', description: 'The payment is disputed and cannot be refunded' })
    await moveDispute(payment.serviceId, dispute.id, 'under_review')
    await moveDispute(payment.serviceId, dispute.id, 'won')
    expect((await refund(key, payment.id, { amount: 100 })).status).toBe(202)
  })

  it('too big an amount: 400 P0603 "…: amount_not_available"', async () => {
    const key = await newKey()
    const payment = await paymentIn('success', { amount: 1000 })
    expect((await refund(key, payment.id, { amount: 1001 })).json).toStrictEqual(notAvailable('amount_not_available'))
    await refund(key, payment.id, { amount: 600 })
    const response = await refund(key, payment.id, { amount: 401 })
    expect(response.status).toBe(400)
    expect(response.json).toStrictEqual(notAvailable('amount_not_available'))
  })

  it('a wrong refund_amount_available: 412 P0604 "Refund amount available mismatch."', async () => {
    const key = await newKey()
    const payment = await paymentIn('success', { amount: 1000 })
    await refund(key, payment.id, { amount: 100 })
    const response = await refund(key, payment.id, { amount: 100, refund_amount_available: 1000 })
    expect(response.status).toBe(412)
    expect(response.json).toStrictEqual({ code: 'P0604', description: 'Refund amount available mismatch.' })
    expect((await sim.db().refunds.count())).toBe(1)
  })

  it('reads refund_amount_available leniently, like Jackson asInt: "900" matches 900, "abc" is 0', async () => {
    const key = await newKey()
    const payment = await paymentIn('success', { amount: 900 })
    const bad = await refund(key, payment.id, { amount: 100, refund_amount_available: 'abc' })
    expect(bad.status).toBe(412)
    expect((await refund(key, payment.id, { amount: 100, refund_amount_available: '900' })).status).toBe(202)
  })

  it('checks the refund status before refund_amount_available (pending wins over a mismatch)', async () => {
    const key = await newKey()
    const payment = await paymentIn('created')
    const response = await refund(key, payment.id, { amount: 100, refund_amount_available: 1 })
    expect(response.json).toStrictEqual(notAvailable('pending'))
  })

  it('checks refund_amount_available before the amount (a mismatch wins over amount_not_available)', async () => {
    const key = await newKey()
    const payment = await paymentIn('success', { amount: 1000 })
    const response = await refund(key, payment.id, { amount: 5000, refund_amount_available: 1 })
    expect(response.status).toBe(412)
  })
})

describe('unknown payments', () => {
  it('without refund_amount_available: 404 P0200 (the API read the payment first)', async () => {
    const response = await refund(await newKey(), '0'.repeat(26), { amount: 100 })
    expect(response.status).toBe(404)
    expect(response.json).toStrictEqual({ code: 'P0200', description: 'Not found' })
  })

  it('with refund_amount_available: 404 P0600', async () => {
    const response = await refund(await newKey(), '0'.repeat(26), { amount: 100, refund_amount_available: 100 })
    expect(response.status).toBe(404)
    expect(response.json).toStrictEqual({ code: 'P0600', description: 'Not found' })
  })

  it("counts another service's payment as unknown, and does not refund it", async () => {
    const key = await newKey()
    const other = await createService('Service B')
    const theirs = await paymentIn('success', { serviceId: other.id })
    expect((await refund(key, theirs.id, { amount: 100 })).json).toStrictEqual({ code: 'P0200', description: 'Not found' })
    expect((await refund(key, theirs.id, { amount: 100, refund_amount_available: 1000 })).json).toStrictEqual({
      code: 'P0600',
      description: 'Not found',
    })
    expect(await sim.db().refunds.count()).toBe(0)
  })
})

describe('concurrent refunds', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  /** More than 15 POSTs in a second meet the rate limit; these tests are about the refunds, so it is lifted. */
  const liftRateLimit = () => vi.spyOn(rateLimiter, 'takeRateLimitToken').mockReturnValue(true)

  async function fire(count: number, amount: number, each: number) {
    const key = await newKey()
    const payment = await paymentIn('success', { amount })
    const responses = await Promise.all(Array.from({ length: count }, () => refund(key, payment.id, { amount: each })))
    const stored = await sim.db().refunds.where('paymentId').equals(payment.id).toArray()
    const read = await api('GET', `/v1/payments/${payment.id}`, { key })
    return { responses, stored, summary: read.json.refund_summary }
  }

  it('20 refunds of 100 at once on 1000: exactly 10 are 202; the rest are 400 P0603 (full by then)', async () => {
    liftRateLimit()
    const { responses, stored, summary } = await fire(20, 1000, 100)
    expect(responses.filter((r) => r.status === 202)).toHaveLength(10)
    const refused = responses.filter((r) => r.status !== 202)
    expect(refused).toHaveLength(10)
    for (const r of refused) {
      expect(r.status).toBe(400)
      expect(r.json).toStrictEqual(notAvailable('full'))
    }
    expect(stored.reduce((sum, r) => sum + r.amount, 0)).toBe(1000)
    expect(new Set(responses.filter((r) => r.status === 202).map((r) => r.json.refund_id)).size).toBe(10)
    expect(summary).toStrictEqual({ status: 'full', amount_available: 0, amount_submitted: 1000 })
  })

  it('50 refunds of 300 at once on 1000: exactly 3 are 202; the rest are 400 P0603 amount_not_available', async () => {
    liftRateLimit()
    const { responses, stored, summary } = await fire(50, 1000, 300)
    expect(responses.filter((r) => r.status === 202)).toHaveLength(3)
    for (const r of responses.filter((x) => x.status !== 202)) {
      expect(r.status).toBe(400)
      expect(r.json).toStrictEqual(notAvailable('amount_not_available'))
    }
    expect(stored.reduce((sum, r) => sum + r.amount, 0)).toBe(900)
    expect(summary).toStrictEqual({ status: 'available', amount_available: 100, amount_submitted: 900 })
  })

  it('15 refunds of 70 at once on 1000 (the rate limit allows 15): the refunded total never exceeds the amount', async () => {
    const { responses, stored } = await fire(15, 1000, 70)
    expect(responses.filter((r) => r.status === 202)).toHaveLength(14)
    expect(stored.reduce((sum, r) => sum + r.amount, 0)).toBe(980)
    const last = responses.find((r) => r.status !== 202)
    expect(last?.json).toStrictEqual(notAvailable('amount_not_available'))
  })

  it('20 refunds of 100 at once on 1000 within one second, rate limit on: 15 get through it, 10 refunds succeed', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 5, 1, 12, 0, 0, 100))
    const { responses, stored } = await fire(20, 1000, 100)
    const count = (status: number) => responses.filter((r) => r.status === status).length
    expect([count(202), count(400), count(429)]).toEqual([10, 5, 5])
    for (const r of responses.filter((x) => x.status === 429)) {
      expect(r.json).toStrictEqual({ code: 'P0900', description: 'Too many requests' })
    }
    expect(stored.reduce((sum, r) => sum + r.amount, 0)).toBe(1000)
  })
})
