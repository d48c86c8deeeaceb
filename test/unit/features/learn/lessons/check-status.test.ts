// The "Check the status" lesson ticks when the service got a payment from the API and the answer
// said success; otherwise it says what the answer said.
import { describe, expect, it } from 'vitest'
import { checkStatusLesson } from '../../../../../src/features/learn/lessons/check-status.ts'
import { apiPayment, currentFacts } from '../../../../support/learning.ts'
import { pay } from '../../../../support/payment-scenarios.ts'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator({ recordHistory: true })

const check = async () => checkStatusLesson.check(await currentFacts())

describe('the check-status lesson', () => {
  it('is done once a GET of a paid payment answered success', async () => {
    const key = await newKey()
    const id = await apiPayment(key, { reference: 'STATUS-1' })
    await pay(id)
    expect((await api('GET', `/v1/payments/${id}`, { key })).status).toBe(200)
    const result = await check()
    expect(result.done).toBe(true)
    expect(result.evidence).toContain('STATUS-1')
  })

  it('is not done when the payment was paid but never read back', async () => {
    const id = await apiPayment(await newKey())
    await pay(id)
    expect(await check()).toEqual({ done: false })
  })

  it('is not done when the payment read was not paid yet, and says so', async () => {
    const key = await newKey()
    const id = await apiPayment(key)
    await api('GET', `/v1/payments/${id}`, { key })
    const result = await check()
    expect(result.done).toBe(false)
    expect(result.hint).toBe('The payment you got was created, not finished yet: get one that you have paid for successfully.')
  })

  it('explains a payment that was not found', async () => {
    const key = await newKey()
    expect((await api('GET', '/v1/payments/abcdefghijklmnopqrstuv1234', { key })).status).toBe(404)
    const result = await check()
    expect(result.done).toBe(false)
    expect(result.hint).toMatch(/not found/)
  })

  it('explains a refused key', async () => {
    const key = await newKey()
    const id = await apiPayment(key)
    await api('GET', `/v1/payments/${id}`, { key: 'api_test_wrong' })
    expect((await check()).hint).toMatch(/refused with 401/)
  })
})
