// Many refunds fired at one payment at the same moment never refund more than the payment: exactly
// the refunds that fit succeed, the rest get the real error. Through the services with 50 at once
// (the admin site and the console have no rate limit), and through the API, where the real limit
// of 15 POSTs a second per bucket applies: spread over seconds, all 50 reach the endpoint; fired in
// one second, 15 do and the other 35 get 429 P0900.
import fc from 'fast-check'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { PayApiError } from '../../../../src/simulator/model/errors.ts'
import { createRefund } from '../../../../src/simulator/services/refunds.ts'
import { database } from '../../../../src/simulator/services/runtime.ts'
import { paymentIn } from '../../../support/payment-fixtures.ts'
import { currentServiceId } from '../../../support/payment-scenarios.ts'
import { api, newKey, useSimulator, type ApiResult } from '../../../support/simulator.ts'

useSimulator()

let races = 0
let requests = 0

afterEach(() => {
  vi.useRealTimers()
})

afterAll(() => {
  console.info(`[hardening] refund races: ${races} races, ${requests} concurrent refund requests`)
})

/** What the store says about a payment's refunds, to compare with what the callers were told. */
async function stored(paymentId: string) {
  const db = database()
  const payment = (await db.payments.get(paymentId))!
  const refunds = await db.refunds.where('paymentId').equals(paymentId).toArray()
  const events = refunds.flatMap((refund) => refund.history)
  return { payment, refunds, events }
}

/**
 * Checks the outcome of concurrent refunds of `amounts` against a payment of `total`: the refunds
 * that succeeded are exactly those stored, they add up to no more than the payment, and every
 * refused one would not fit in what is left (so none was refused while it could have fitted).
 */
async function expectOnlyWhatFits(paymentId: string, total: number, succeeded: number[], refused: Array<{ amount: number; error: unknown }>) {
  const { payment, refunds, events } = await stored(paymentId)
  const refundedTotal = succeeded.reduce((sum, amount) => sum + amount, 0)
  expect(refundedTotal).toBeLessThanOrEqual(total)
  expect(payment.refundedAmount).toBe(refundedTotal)
  expect(refunds.map((refund) => refund.amount).sort((a, b) => a - b)).toEqual([...succeeded].sort((a, b) => a - b))
  expect(events.map((event) => event.status)).toEqual(succeeded.flatMap(() => ['submitted', 'success'])) // for each refund
  const left = total - refundedTotal
  for (const { amount, error } of refused) {
    expect(amount).toBeGreaterThan(left)
    expect(error).toBeInstanceOf(PayApiError)
    const { status, code, description } = error as PayApiError
    expect({ status, code }).toEqual({ status: 400, code: 'P0603' })
    expect(description).toMatch(/^The payment is not available for refund\. Payment refund status: (amount_not_available|full)$/)
    // "full" means nothing was left when it was refused; what is left only ever goes down.
    if (description.endsWith('full')) expect(left).toBe(0)
  }
}

describe('50 refunds at once through the services', () => {
  it('refund exactly what fits, for any mix of amounts', async () => {
    const serviceId = await currentServiceId()
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 600 }), { minLength: 50, maxLength: 50 }), async (amounts) => {
        races++
        requests += amounts.length
        const total = 5000
        const payment = await paymentIn('success', { amount: total })
        const outcomes = await Promise.allSettled(amounts.map((amount) => createRefund(serviceId, payment.id, { amount })))
        const succeeded = amounts.filter((_, i) => outcomes[i]!.status === 'fulfilled')
        const refused = amounts.flatMap((amount, i) => {
          const outcome = outcomes[i]!
          return outcome.status === 'rejected' ? [{ amount, error: outcome.reason as unknown }] : []
        })
        await expectOnlyWhatFits(payment.id, total, succeeded, refused)
      }),
      { numRuns: 6, seed: 50 },
    )
  }, 60_000)

  it('with 50 equal refunds of a tenth each, exactly 10 succeed and 40 are told the payment is fully refunded', async () => {
    races++
    requests += 50
    const serviceId = await currentServiceId()
    const payment = await paymentIn('success', { amount: 1000 })
    const outcomes = await Promise.allSettled(Array.from({ length: 50 }, () => createRefund(serviceId, payment.id, { amount: 100 })))
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(10)
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected')
    expect(refused).toHaveLength(40)
    for (const outcome of refused) {
      expect((outcome as PromiseRejectedResult).reason).toMatchObject({
        code: 'P0603',
        description: 'The payment is not available for refund. Payment refund status: full',
      })
    }
    expect((await stored(payment.id)).payment.refundedAmount).toBe(1000)
  })
})

describe('refunds at once through the API', () => {
  /** Fires refunds concurrently; the clock of the rate limiter is frozen at `second`. */
  async function fireAt(second: number, key: string, paymentId: string, amounts: number[]) {
    vi.setSystemTime(second * 1000)
    requests += amounts.length
    return Promise.all(amounts.map((amount) => api('POST', `/v1/payments/${paymentId}/refunds`, { key, body: { amount } })))
  }

  it('spread over four seconds (15 a second, the real limit), all 50 reach the endpoint and exactly what fits is refunded', async () => {
    races++
    const key = await newKey()
    const payment = await paymentIn('success', { amount: 3000 })
    vi.useFakeTimers({ toFake: ['Date'] })
    const amounts = Array.from({ length: 50 }, (_, i) => 50 + ((i * 37) % 200))
    const responses: ApiResult[] = []
    for (let batch = 0; batch < 4; batch++) {
      responses.push(...(await fireAt(2_000_000_000 + batch, key, payment.id, amounts.slice(batch * 15, batch * 15 + 15))))
    }
    expect(responses.map((response) => response.status).filter((status) => status === 429)).toEqual([])
    const succeeded = amounts.filter((_, i) => responses[i]!.status === 202)
    const refused = amounts.flatMap((amount, i) => {
      const response = responses[i]!
      if (response.status === 202) return []
      return [{ amount, error: new PayApiError(response.status, response.json.code, response.json.description) }]
    })
    expect(succeeded.length).toBeGreaterThan(0)
    expect(refused.length).toBeGreaterThan(0)
    for (const response of responses.filter((r) => r.status === 202)) expect(response.json.status).toBe('success')
    await expectOnlyWhatFits(payment.id, 3000, succeeded, refused)
  })

  it('fired within one second, 15 reach the endpoint and the other 35 get 429 P0900', async () => {
    races++
    const key = await newKey()
    const payment = await paymentIn('success', { amount: 1000 })
    vi.useFakeTimers({ toFake: ['Date'] })
    const responses = await fireAt(2_000_000_100, key, payment.id, Array.from({ length: 50 }, () => 100))
    const limited = responses.filter((response) => response.status === 429)
    expect(limited).toHaveLength(35)
    for (const response of limited) {
      expect(response.json).toStrictEqual({ code: 'P0900', description: 'Too many requests' })
      expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    }
    const reached = responses.filter((response) => response.status !== 429)
    expect(reached.filter((response) => response.status === 202)).toHaveLength(10)
    const full = reached.filter((response) => response.status === 400)
    expect(full).toHaveLength(5)
    for (const response of full) {
      expect(response.json).toStrictEqual({
        code: 'P0603',
        description: 'The payment is not available for refund. Payment refund status: full',
      })
    }
    expect((await stored(payment.id)).payment.refundedAmount).toBe(1000)
  })
})
