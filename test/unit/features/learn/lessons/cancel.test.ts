// The "Cancel" lesson ticks when the service cancelled a payment with the API, and explains a
// refused cancel.
import { describe, expect, it } from 'vitest'
import { cancelLesson } from '../../../../../src/features/learn/lessons/cancel.ts'
import { cancelPayment } from '../../../../../src/simulator/services/payments.ts'
import { apiPayment, currentFacts } from '../../../../support/learning.ts'
import { currentServiceId, pay } from '../../../../support/payment-scenarios.ts'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator({ recordHistory: true })

const check = async () => cancelLesson.check(await currentFacts())

describe('the cancel lesson', () => {
  it('is done once a payment was cancelled with the API', async () => {
    const key = await newKey()
    const id = await apiPayment(key, { reference: 'CANCEL-1' })
    expect((await api('POST', `/v1/payments/${id}/cancel`, { key })).status).toBe(204)
    expect(await check()).toEqual({ done: true, evidence: 'Payment CANCEL-1 was cancelled by your service (P0040).' })
  })

  it('is not done when the payment was cancelled some other way', async () => {
    const id = await apiPayment(await newKey())
    await cancelPayment(await currentServiceId(), id)
    expect(await check()).toEqual({ done: false })
  })

  it('explains that a finished payment cannot be cancelled', async () => {
    const key = await newKey()
    const id = await apiPayment(key)
    await pay(id)
    expect((await api('POST', `/v1/payments/${id}/cancel`, { key })).status).toBe(400)
    const result = await check()
    expect(result.done).toBe(false)
    expect(result.hint).toMatch(/had already finished/)
  })

  it('explains a refused key', async () => {
    const key = await newKey()
    const id = await apiPayment(key)
    await api('POST', `/v1/payments/${id}/cancel`, { key: 'api_test_wrong' })
    expect((await check()).hint).toMatch(/refused with 401/)
  })
})
