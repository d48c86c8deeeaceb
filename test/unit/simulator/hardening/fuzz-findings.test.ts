// Cases the property tests found, kept as plain examples so they stay fixed: a malformed escape in
// the address crashed the request matcher (500 with a stack trace) instead of meeting the firewall,
// and a HEAD request answered with an error carried the error's body.
import { describe, expect, it } from 'vitest'
import { API_BASE_URL } from '../../../../src/simulator/model/api-base.ts'
import { paymentIn } from '../../../support/payment-fixtures.ts'
import { api, newKey, useSimulator } from '../../../support/simulator.ts'

useSimulator()

const BLOCKED = {
  code: 'P0920',
  description: 'Request blocked by security rules. Please consult API documentation for more information.',
}

describe('an address with a malformed percent escape', () => {
  it.each(['/v1/payments/%E0%A4%A', '/v1/payments/%E0%A4%A/refunds', '/v1/payments/abc/refunds/%ZZ', '/v1/payments/%'])(
    '%s is blocked by the firewall (400 P0920), with or without a key',
    async (path) => {
      const key = await newKey()
      for (const presented of [key, null]) {
        const response = await api('GET', path, { key: presented })
        expect(response.status).toBe(400)
        expect(response.json).toStrictEqual(BLOCKED)
      }
    },
  )
})

describe('a HEAD request', () => {
  it('gets the status and headers a GET would, and never a body, for errors too', async () => {
    const key = await newKey()
    const payment = await paymentIn('success')
    for (const [path, status] of [
      [`/v1/payments/${payment.id}`, 200],
      ['/v1/payments/nope', 404],
      ['/v1/payments?state=nonsense', 422],
      [`/v1/payments/${payment.id}/cancel`, 405],
      ['/v1/payments/%E0%A4%A', 400],
    ] as const) {
      const response = await fetch(`${API_BASE_URL}${path}`, { method: 'HEAD', headers: { Authorization: `Bearer ${key}` } })
      expect(response.status, path).toBe(status)
      expect(await response.text(), path).toBe('')
      const get = await api('GET', path, { key })
      expect(response.headers.get('Content-Type'), path).toBe(get.headers.get('Content-Type'))
    }
  })
})
