// When the user comes back, the sample service chooses its page from the payment's state as the
// API reports it: only a finished success is a success.
import { describe, expect, it } from 'vitest'
import type { Journey } from '../../../../../../src/features/learn/sample-service/journeys.ts'
import { checkPayment, outcomeOf } from '../../../../../../src/features/learn/sample-service/steps/check-payment.ts'
import { apiPayment } from '../../../../../support/learning.ts'
import { authorise, DECLINED_CARD, pay } from '../../../../../support/payment-scenarios.ts'
import { newKey, useSimulator } from '../../../../../support/simulator.ts'

useSimulator()

describe('outcomeOf', () => {
  it('reads each finished state as the page the user should see', () => {
    expect(outcomeOf({ status: 'success', finished: true })).toBe('success')
    expect(outcomeOf({ status: 'failed', finished: true, code: 'P0010' })).toBe('declined')
    expect(outcomeOf({ status: 'failed', finished: true, code: 'P0020' })).toBe('expired')
    expect(outcomeOf({ status: 'failed', finished: true, code: 'P0030' })).toBe('cancelled-by-user')
    expect(outcomeOf({ status: 'error', finished: true, code: 'P0050' })).toBe('error')
    expect(outcomeOf({ status: 'cancelled', finished: true, code: 'P0040' })).toBe('cancelled-by-service')
    expect(outcomeOf({ status: 'failed', finished: true, code: 'P9999' })).toBe('problem')
  })

  it('never reads an unfinished payment as a success', () => {
    expect(outcomeOf({ status: 'success', finished: false })).toBe('not-finished')
    expect(outcomeOf({ status: 'created', finished: false })).toBe('not-finished')
  })
})

describe('checkPayment', () => {
  const journey = (paymentId: string): Journey => ({
    id: 'journey-1',
    paymentId,
    application: {} as Journey['application'],
    steps: [],
  })

  it('gets the payment from the API and reports a paid one as a success', async () => {
    const key = await newKey()
    const id = await apiPayment(key)
    await pay(id)
    const { outcome, exchange } = await checkPayment(journey(id), key)
    expect(outcome).toBe('success')
    expect(exchange).toMatchObject({ method: 'GET', status: 200 })
    expect(exchange.url).toMatch(new RegExp(`/v1/payments/${id}$`))
  })

  it('reports a declined card and an unpaid payment', async () => {
    const key = await newKey()
    const declined = await apiPayment(key)
    await authorise(declined, { cardNumber: DECLINED_CARD })
    expect((await checkPayment(journey(declined), key)).outcome).toBe('declined')
    expect((await checkPayment(journey(await apiPayment(key)), key)).outcome).toBe('not-finished')
  })

  it('reports a problem when the API does not answer 200', async () => {
    const key = await newKey()
    const id = await apiPayment(key)
    const { outcome, exchange } = await checkPayment(journey(id), 'api_test_wrong')
    expect(outcome).toBe('problem')
    expect(exchange.status).toBe(401)
  })
})
