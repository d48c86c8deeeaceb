// GET /v1/payments/{id}/refunds (pay-api-contract.md §8.2): the payment's refunds under
// _embedded.refunds, each with settlement_summary; 404 P0800 for an unknown payment.
import { describe, expect, it } from 'vitest'
import { advanceClock } from '../../../../../src/simulator/services/clock.ts'
import { createService } from '../../../../../src/simulator/services/service-accounts.ts'
import { paymentIn } from '../../../../support/payment-fixtures.ts'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'

useSimulator()

const BASE = 'https://publicapi.payments.service.gov.uk'

describe('GET /v1/payments/{paymentId}/refunds', () => {
  it('lists the refunds with settlement_summary {} and the links of each', async () => {
    const key = await newKey()
    const payment = await paymentIn('success', { amount: 1000 })
    const first = await api('POST', `/v1/payments/${payment.id}/refunds`, { key, body: { amount: 100 } })
    await advanceClock({ minutes: 1 })
    const second = await api('POST', `/v1/payments/${payment.id}/refunds`, { key, body: { amount: 250 } })
    const response = await api('GET', `/v1/payments/${payment.id}/refunds`, { key })
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('application/json')
    const withSettlement = (created: { json: Record<string, unknown> }) => ({ ...created.json, settlement_summary: {} })
    expect(response.json).toStrictEqual({
      payment_id: payment.id,
      _links: {
        self: { href: `${BASE}/v1/payments/${payment.id}/refunds`, method: 'GET' },
        payment: { href: `${BASE}/v1/payments/${payment.id}`, method: 'GET' },
      },
      _embedded: { refunds: [withSettlement(first), withSettlement(second)] },
    })
  })

  it('lists nothing for a payment without refunds, even one that cannot be refunded', async () => {
    const key = await newKey()
    const payment = await paymentIn('created')
    const response = await api('GET', `/v1/payments/${payment.id}/refunds`, { key })
    expect(response.status).toBe(200)
    expect(response.json._embedded).toStrictEqual({ refunds: [] })
    expect(response.json.payment_id).toBe(payment.id)
  })

  it('does not list refunds of other payments', async () => {
    const key = await newKey()
    const payment = await paymentIn('success')
    const other = await paymentIn('success')
    await api('POST', `/v1/payments/${other.id}/refunds`, { key, body: { amount: 100 } })
    const response = await api('GET', `/v1/payments/${payment.id}/refunds`, { key })
    expect(response.json._embedded.refunds).toEqual([])
  })

  it('answers an unknown payment with 404 P0800 "Not found"', async () => {
    const response = await api('GET', `/v1/payments/${'0'.repeat(26)}/refunds`, { key: await newKey() })
    expect(response.status).toBe(404)
    expect(response.json).toStrictEqual({ code: 'P0800', description: 'Not found' })
  })

  it("answers another service's payment with 404 P0800", async () => {
    const other = await createService('Service B')
    const theirs = await paymentIn('success', { serviceId: other.id })
    const response = await api('GET', `/v1/payments/${theirs.id}/refunds`, { key: await newKey() })
    expect(response.status).toBe(404)
    expect(response.json).toStrictEqual({ code: 'P0800', description: 'Not found' })
  })
})
