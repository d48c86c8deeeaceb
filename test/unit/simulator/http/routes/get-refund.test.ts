// GET /v1/payments/{id}/refunds/{refundId} (pay-api-contract.md §8.3): the refund with
// settlement_summary {}; 404 P0700 "Not found" otherwise.
import { describe, expect, it } from 'vitest'
import { createService } from '../../../../../src/simulator/services/service-accounts.ts'
import { createRefund } from '../../../../../src/simulator/services/refunds.ts'
import { paymentIn } from '../../../../support/payment-fixtures.ts'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator()

const BASE = 'https://publicapi.payments.service.gov.uk'
const NOT_FOUND = { code: 'P0700', description: 'Not found' }

describe('GET /v1/payments/{paymentId}/refunds/{refundId}', () => {
  it('answers the refund as created, plus settlement_summary {}', async () => {
    const key = await newKey()
    const payment = await paymentIn('success')
    const created = await api('POST', `/v1/payments/${payment.id}/refunds`, { key, body: { amount: 120 } })
    const id = created.json.refund_id
    const response = await api('GET', `/v1/payments/${payment.id}/refunds/${id}`, { key })
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('application/json')
    expect(response.json).toStrictEqual({
      refund_id: id,
      created_date: created.json.created_date,
      amount: 120,
      status: 'success',
      settlement_summary: {},
      _links: {
        self: { href: `${BASE}/v1/payments/${payment.id}/refunds/${id}`, method: 'GET' },
        payment: { href: `${BASE}/v1/payments/${payment.id}`, method: 'GET' },
      },
    })
  })

  it('answers an unknown refund id with 404 P0700', async () => {
    const key = await newKey()
    const payment = await paymentIn('success')
    const response = await api('GET', `/v1/payments/${payment.id}/refunds/${'0'.repeat(26)}`, { key })
    expect(response.status).toBe(404)
    expect(response.json).toStrictEqual(NOT_FOUND)
  })

  it('answers an unknown payment id with 404 P0700', async () => {
    const response = await api('GET', `/v1/payments/${'0'.repeat(26)}/refunds/${'1'.repeat(26)}`, { key: await newKey() })
    expect(response.status).toBe(404)
    expect(response.json).toStrictEqual(NOT_FOUND)
  })

  it('answers a refund of another payment with 404 P0700', async () => {
    const key = await newKey()
    const payment = await paymentIn('success')
    const another = await paymentIn('success')
    const { refund } = (await createRefund(payment.serviceId, payment.id, { amount: 100 }))!
    const response = await api('GET', `/v1/payments/${another.id}/refunds/${refund.id}`, { key })
    expect(response.status).toBe(404)
    expect(response.json).toStrictEqual(NOT_FOUND)
  })

  it("answers a refund of another service's payment with 404 P0700", async () => {
    const other = await createService('Service B')
    const theirs = await paymentIn('success', { serviceId: other.id })
    const { refund } = (await createRefund(other.id, theirs.id, { amount: 100 }))!
    const response = await api('GET', `/v1/payments/${theirs.id}/refunds/${refund.id}`, { key: await newKey() })
    expect(response.status).toBe(404)
    expect(response.json).toStrictEqual(NOT_FOUND)
  })
})
