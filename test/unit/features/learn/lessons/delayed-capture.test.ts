// The "Delayed capture" lesson ticks once a delayed-capture payment waited as capturable and the
// service captured it with the API.
import { describe, expect, it } from 'vitest'
import { delayedCaptureLesson } from '../../../../../src/features/learn/lessons/delayed-capture.ts'
import { apiPayment, currentFacts } from '../../../../support/learning.ts'
import { pay } from '../../../../support/payment-scenarios.ts'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator({ recordHistory: true })

const check = async () => delayedCaptureLesson.check(await currentFacts())

describe('the delayed-capture lesson', () => {
  it('is done once a capturable payment was captured with the API', async () => {
    const key = await newKey()
    const id = await apiPayment(key, { reference: 'HOLD-1', delayed_capture: true })
    expect((await pay(id)).state).toBe('capturable')
    expect((await api('POST', `/v1/payments/${id}/capture`, { key })).status).toBe(204)
    expect(await check()).toEqual({ done: true, evidence: 'Payment HOLD-1 waited as capturable, then your service captured it.' })
  })

  it('is not done while the payment waits to be captured', async () => {
    await pay(await apiPayment(await newKey(), { delayed_capture: true }))
    expect(await check()).toEqual({ done: false })
  })

  it('is not done after a capture refused because the payment was not capturable (409 P1003), and says why', async () => {
    const key = await newKey()
    const id = await apiPayment(key, { delayed_capture: true })
    expect((await api('POST', `/v1/payments/${id}/capture`, { key })).status).toBe(409)
    expect(await check()).toEqual({
      done: false,
      hint: 'That payment could not be captured: capture a payment made with delayed capture once it is capturable (paid, but not yet captured).',
    })
  })

  it('is not done by a capture answered 204 for a payment that was taken at once', async () => {
    const key = await newKey()
    const id = await apiPayment(key)
    await pay(id)
    expect((await api('POST', `/v1/payments/${id}/capture`, { key })).status).toBe(204)
    const result = await check()
    expect(result.done).toBe(false)
    expect(result.hint).toMatch(/"delayed_capture": true/)
  })

  it('when every payment was taken at once, says to ask for delayed capture', async () => {
    await pay(await apiPayment(await newKey()))
    expect((await check()).hint).toMatch(/"delayed_capture": true/)
  })
})
