// POST /v1/payments/{id}/cancel (pay-api-contract.md §4.1): 204 for created, started, submitted
// and capturable; the payment then shows cancelled P0040.
import { describe, expect, it } from 'vitest'
import { createService } from '../../../../../src/simulator/services/service-accounts.ts'
import { paymentIn } from '../../../../support/payment-fixtures.ts'
import { api, newKey, useSimulator, validPayment } from '../../../../support/simulator.ts'
import { storedStatuses, timesEntered } from '../../../../support/stored-history.ts'

const sim = useSimulator()

const CANCELLED = { status: 'cancelled', finished: true, code: 'P0040', message: 'Payment was cancelled by the service' }
const FAILED = { code: 'P0501', description: 'Cancellation of payment failed' }

describe('POST /v1/payments/{paymentId}/cancel', () => {
  it.each(['created', 'started', 'submitted', 'capturable'] as const)(
    'cancels a %s payment: 204 with no body, then cancelled P0040',
    async (state) => {
      const key = await newKey()
      const payment = await paymentIn(state)
      const response = await api('POST', `/v1/payments/${payment.id}/cancel`, { key })
      expect(response.status).toBe(204)
      expect(response.text).toBe('')
      const read = await api('GET', `/v1/payments/${payment.id}`, { key })
      expect(read.json.state).toStrictEqual(CANCELLED)
      expect(read.json._links.cancel).toBeUndefined()
      expect(read.json._links.next_url).toBeUndefined()
      expect(read.json._links.capture).toBeUndefined()
      expect(read.json.refund_summary.status).toBe('unavailable')
    },
  )

  it('cancels a payment made through the API', async () => {
    const key = await newKey()
    const created = await api('POST', '/v1/payments', { key, body: validPayment() })
    const id = created.json.payment_id
    expect((await api('POST', `/v1/payments/${id}/cancel`, { key })).status).toBe(204)
    expect((await api('GET', `/v1/payments/${id}`, { key })).json.state).toStrictEqual(CANCELLED)
  })

  it('cancels an authorised payment at the provider first (SYSTEM CANCEL READY)', async () => {
    const key = await newKey()
    const payment = await paymentIn('submitted')
    await api('POST', `/v1/payments/${payment.id}/cancel`, { key })
    const statuses = await storedStatuses(payment.id)
    expect(statuses.slice(-2)).toEqual(['SYSTEM CANCEL READY', 'SYSTEM CANCELLED'])
  })

  it.each(['success', 'declined', 'error', 'cancelled', 'user-cancelled'] as const)(
    'refuses a finished (%s) payment: 400 P0501, state unchanged',
    async (state) => {
      const key = await newKey()
      const payment = await paymentIn(state)
      const before = await sim.db().payments.get(payment.id)
      const response = await api('POST', `/v1/payments/${payment.id}/cancel`, { key })
      expect(response.status).toBe(400)
      expect(response.json).toStrictEqual(FAILED)
      expect(response.headers.get('Content-Type')).toBe('application/json')
      expect(await sim.db().payments.get(payment.id)).toStrictEqual(before)
    },
  )

  it('refuses a second cancel with 400 P0501', async () => {
    const key = await newKey()
    const payment = await paymentIn('created')
    expect((await api('POST', `/v1/payments/${payment.id}/cancel`, { key })).status).toBe(204)
    const again = await api('POST', `/v1/payments/${payment.id}/cancel`, { key })
    expect(again.status).toBe(400)
    expect(again.json).toStrictEqual(FAILED)
  })

  it('answers an unknown payment with 404 P0500 "Not found"', async () => {
    const response = await api('POST', `/v1/payments/${'0'.repeat(26)}/cancel`, { key: await newKey() })
    expect(response.status).toBe(404)
    expect(response.json).toStrictEqual({ code: 'P0500', description: 'Not found' })
  })

  it("answers another service's payment with 404 P0500 and leaves it alone", async () => {
    const other = await createService('Service B')
    const theirs = await paymentIn('created', { serviceId: other.id })
    const response = await api('POST', `/v1/payments/${theirs.id}/cancel`, { key: await newKey() })
    expect(response.status).toBe(404)
    expect(response.json).toStrictEqual({ code: 'P0500', description: 'Not found' })
    expect((await sim.db().payments.get(theirs.id))?.status).toBe('CREATED')
  })

  it('cancels once when two cancels race: one 204, one 400 P0501', async () => {
    const key = await newKey()
    const payment = await paymentIn('submitted')
    const [a, b] = await Promise.all([
      api('POST', `/v1/payments/${payment.id}/cancel`, { key }),
      api('POST', `/v1/payments/${payment.id}/cancel`, { key }),
    ])
    expect([a.status, b.status].sort()).toEqual([204, 400])
    expect(await timesEntered(payment.id, 'SYSTEM CANCELLED')).toBe(1)
  })
})
