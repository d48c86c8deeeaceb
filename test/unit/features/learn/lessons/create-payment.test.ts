// The "Create a payment" lesson ticks only for a payment the service created through the API, and
// says why the last attempt was refused.
import { describe, expect, it } from 'vitest'
import { createPaymentLesson } from '../../../../../src/features/learn/lessons/create-payment.ts'
import { apiPayment, currentFacts } from '../../../../support/learning.ts'
import { makePayment } from '../../../../support/payment-scenarios.ts'
import { api, newKey, useSimulator, validPayment } from '../../../../support/simulator.ts'

useSimulator({ recordHistory: true })

const check = async () => createPaymentLesson.check(await currentFacts())

describe('the create-a-payment lesson', () => {
  it('is done once the API created a payment, naming its reference', async () => {
    const key = await newKey()
    const id = await apiPayment(key, { reference: 'LEARN-1' })
    const result = await check()
    expect(result.done).toBe(true)
    expect(result.evidence).toContain('LEARN-1')
    expect(result.evidence).toContain(id)
  })

  it('is not done for a payment made without the API', async () => {
    await makePayment({ reference: 'NOT-API' })
    expect(await check()).toEqual({ done: false })
  })

  it('explains a refused body with its status and code', async () => {
    const key = await newKey()
    const response = await api('POST', '/v1/payments', { key, body: validPayment({ amount: 0 }) })
    expect(response.status).toBe(422)
    const result = await check()
    expect(result.done).toBe(false)
    expect(result.hint).toContain(`422 ${response.json.code as string}`)
  })

  it('explains a refused key', async () => {
    await api('POST', '/v1/payments', { key: 'api_test_wrong', body: validPayment() })
    const result = await check()
    expect(result.done).toBe(false)
    expect(result.hint).toMatch(/refused with 401/)
  })
})
