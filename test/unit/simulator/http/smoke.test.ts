import { describe, expect, it } from 'vitest'
import { api, newKey, useSimulator, validPayment } from '../../../support/simulator.ts'

useSimulator()

describe('smoke', () => {
  it('creates and reads a payment', async () => {
    const key = await newKey()
    const created = await api('POST', '/v1/payments', { key, body: validPayment() })
    console.log(created.status, JSON.stringify(created.json, null, 2), [...created.headers])
    expect(created.status).toBe(201)
    const read = await api('GET', `/v1/payments/${created.json.payment_id}`, { key })
    expect(read.status).toBe(200)
  })
})
