// The "Refunds" lesson needs a partial refund and a payment refunded in full, among the service's
// API payments, and explains a refused refund.
import { describe, expect, it } from 'vitest'
import { refundsLesson } from '../../../../../src/features/learn/lessons/refunds.ts'
import { apiPayment, currentFacts } from '../../../../support/learning.ts'
import { makePayment, pay, refund } from '../../../../support/payment-scenarios.ts'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator({ recordHistory: true })

const check = async () => refundsLesson.check(await currentFacts())
const partsDone = (result: Awaited<ReturnType<typeof check>>) => result.parts?.map((part) => part.done)
const refundWithApi = (key: string, id: string, amount: number, available: number) =>
  api('POST', `/v1/payments/${id}/refunds`, { key, body: { amount, refund_amount_available: available } })

describe('the refunds lesson', () => {
  it('is done once one payment was refunded in part and another in full', async () => {
    const key = await newKey()
    const partly = await apiPayment(key, { amount: 1000, reference: 'PART' })
    const fully = await apiPayment(key, { amount: 1000, reference: 'FULL' })
    await pay(partly)
    await pay(fully)
    expect((await refundWithApi(key, partly, 300, 1000)).status).toBe(202)
    await refund(fully, 1000) // from the admin site
    const result = await check()
    expect(result.done).toBe(true)
    expect(partsDone(result)).toEqual([true, true])
    expect(result.evidence).toContain('payment FULL refunded in full')
  })

  it('is not done with only a partial refund', async () => {
    const key = await newKey()
    const id = await apiPayment(key, { amount: 1000 })
    await pay(id)
    await refundWithApi(key, id, 300, 1000)
    const result = await check()
    expect(result.done).toBe(false)
    expect(partsDone(result)).toEqual([true, false])
  })

  it('does not count refunds of payments made without the API', async () => {
    const first = await makePayment({ amount: 1000 })
    const second = await makePayment({ amount: 1000 })
    await pay(first.id)
    await pay(second.id)
    await refund(first.id, 300)
    await refund(second.id, 1000)
    expect(partsDone(await check())).toEqual([false, false])
  })

  it('explains a refund of a payment that has not succeeded', async () => {
    const key = await newKey()
    const id = await apiPayment(key, { amount: 1000 })
    const response = await refundWithApi(key, id, 100, 1000)
    expect(response.status).toBe(400)
    expect((await check()).hint).toMatch(/has not succeeded yet/)
  })

  it('explains asking for more than is left', async () => {
    const key = await newKey()
    const id = await apiPayment(key, { amount: 1000 })
    await pay(id)
    await refundWithApi(key, id, 800, 1000)
    expect((await refundWithApi(key, id, 800, 200)).status).toBe(400)
    const result = await check()
    expect(result.done).toBe(false)
    expect(result.hint).toMatch(/more than is left to refund/)
  })

  it('explains a refund_amount_available that does not match', async () => {
    const key = await newKey()
    const id = await apiPayment(key, { amount: 1000 })
    await pay(id)
    expect((await refundWithApi(key, id, 100, 999)).status).toBe(412)
    expect((await check()).hint).toMatch(/refund_amount_available did not match/)
  })
})
