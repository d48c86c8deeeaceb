// POST /v1/payments/{id}/capture (pay-api-contract.md §4.2): 204 for a capturable payment, which
// then succeeds; 204 again once captured (idempotent); 409 P1003 in any other state.
import { describe, expect, it } from 'vitest'
import { createService } from '../../../../../src/simulator/services/service-accounts.ts'
import { paymentIn } from '../../../../support/payment-fixtures.ts'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'
import { timesEntered } from '../../../../support/stored-history.ts'

const sim = useSimulator()

const CANNOT = { code: 'P1003', description: 'Payment cannot be captured' }

const capturedEvents = (paymentId: string) => timesEntered(paymentId, 'CAPTURED')

describe('POST /v1/payments/{paymentId}/capture', () => {
  it('captures a capturable payment: 204 with no body, then success with settlement times', async () => {
    const key = await newKey()
    const payment = await paymentIn('capturable')
    const before = await api('GET', `/v1/payments/${payment.id}`, { key })
    expect(before.json._links.capture).toStrictEqual({
      href: `https://publicapi.payments.service.gov.uk/v1/payments/${payment.id}/capture`,
      method: 'POST',
    })
    const response = await api('POST', `/v1/payments/${payment.id}/capture`, { key })
    expect(response.status).toBe(204)
    expect(response.text).toBe('')
    const read = await api('GET', `/v1/payments/${payment.id}`, { key })
    expect(read.json.state).toStrictEqual({ status: 'success', finished: true })
    expect(Object.keys(read.json.settlement_summary).sort()).toEqual(['capture_submit_time', 'captured_date'])
    expect(read.json.settlement_summary.captured_date).toMatch(/^\d{4}-\d\d-\d\d$/)
    expect(read.json.refund_summary).toStrictEqual({ status: 'available', amount_available: 1000, amount_submitted: 0 })
    expect(read.json._links.capture).toBeUndefined()
    expect(read.json._links.cancel).toBeUndefined()
  })

  it('answers 204 again for a payment already captured, without capturing twice', async () => {
    const key = await newKey()
    const payment = await paymentIn('capturable')
    expect((await api('POST', `/v1/payments/${payment.id}/capture`, { key })).status).toBe(204)
    const submitTime = (await sim.db().payments.get(payment.id))?.captureSubmitTime
    const again = await api('POST', `/v1/payments/${payment.id}/capture`, { key })
    expect(again.status).toBe(204)
    expect(again.text).toBe('')
    expect(await capturedEvents(payment.id)).toBe(1)
    expect((await sim.db().payments.get(payment.id))?.captureSubmitTime).toBe(submitTime)
  })

  it('answers 204 for a payment captured without delay (success)', async () => {
    const key = await newKey()
    const payment = await paymentIn('success')
    expect((await api('POST', `/v1/payments/${payment.id}/capture`, { key })).status).toBe(204)
    expect(await capturedEvents(payment.id)).toBe(1)
  })

  it.each(['created', 'started', 'submitted', 'declined', 'error', 'cancelled', 'user-cancelled'] as const)(
    'refuses a %s payment: 409 P1003 "Payment cannot be captured"',
    async (state) => {
      const key = await newKey()
      const payment = await paymentIn(state)
      const before = await sim.db().payments.get(payment.id)
      const response = await api('POST', `/v1/payments/${payment.id}/capture`, { key })
      expect(response.status).toBe(409)
      expect(response.json).toStrictEqual(CANNOT)
      expect(await sim.db().payments.get(payment.id)).toStrictEqual(before)
    },
  )

  it('captures once when two captures race: both 204', async () => {
    const key = await newKey()
    const payment = await paymentIn('capturable')
    const responses = await Promise.all([
      api('POST', `/v1/payments/${payment.id}/capture`, { key }),
      api('POST', `/v1/payments/${payment.id}/capture`, { key }),
    ])
    expect(responses.map((r) => r.status)).toEqual([204, 204])
    expect(await capturedEvents(payment.id)).toBe(1)
  })

  it('answers an unknown payment with 404 P1000 "Not found"', async () => {
    const response = await api('POST', `/v1/payments/${'0'.repeat(26)}/capture`, { key: await newKey() })
    expect(response.status).toBe(404)
    expect(response.json).toStrictEqual({ code: 'P1000', description: 'Not found' })
  })

  it("answers another service's payment with 404 P1000 and does not capture it", async () => {
    const other = await createService('Service B')
    const theirs = await paymentIn('capturable', { serviceId: other.id })
    const response = await api('POST', `/v1/payments/${theirs.id}/capture`, { key: await newKey() })
    expect(response.status).toBe(404)
    expect(response.json).toStrictEqual({ code: 'P1000', description: 'Not found' })
    expect((await sim.db().payments.get(theirs.id))?.status).toBe('AWAITING CAPTURE REQUEST')
  })
})
