// The "Pay" lesson ticks when one of the service's API payments reached success, and otherwise
// says what happened to the newest one.
import { describe, expect, it } from 'vitest'
import { payLesson } from '../../../../../src/features/learn/lessons/pay.ts'
import { apiPayment, currentFacts } from '../../../../support/learning.ts'
import { authorise, DECLINED_CARD, ERROR_CARD, makePayment, pay } from '../../../../support/payment-scenarios.ts'
import { newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator({ recordHistory: true })

const check = async () => payLesson.check(await currentFacts())

describe('the pay lesson', () => {
  it('is done once a payment with the reference reached success', async () => {
    const id = await apiPayment(await newKey(), { reference: 'PAID-1' })
    await pay(id)
    expect(await check()).toEqual({ done: true, evidence: 'Payment PAID-1 reached success.' })
  })

  it('is not done while the payment is unpaid, with no hint', async () => {
    await apiPayment(await newKey())
    expect(await check()).toEqual({ done: false, hint: undefined })
  })

  it('is not done for a successful payment made without the API', async () => {
    const payment = await makePayment()
    await pay(payment.id)
    expect((await check()).done).toBe(false)
  })

  it('after a declined card, says so and names a card that succeeds', async () => {
    const id = await apiPayment(await newKey(), { reference: 'DECLINED-1' })
    await authorise(id, { cardNumber: DECLINED_CARD })
    const result = await check()
    expect(result.done).toBe(false)
    expect(result.hint).toBe('Payment DECLINED-1 was declined: pay with a card that succeeds, such as 4444333322221111.')
  })

  it('after a technical error, says so', async () => {
    const id = await apiPayment(await newKey(), { reference: 'ERROR-1' })
    await authorise(id, { cardNumber: ERROR_CARD })
    const result = await check()
    expect(result.done).toBe(false)
    expect(result.hint).toContain('Payment ERROR-1 ended with a technical error')
  })
})
