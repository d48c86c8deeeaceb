import { describe, expect, it } from 'vitest'
import { returnUrlFor, startTestPayment, testPaymentReference } from '../../../../../src/features/admin/test-payment/start-test-payment.ts'
import { useSimulator } from '../../../../support/simulator.ts'

const simulator = useSimulator()

describe('starting a test payment', () => {
  it('makes references like the real service’s test payments', () => {
    expect(testPaymentReference()).toMatch(/^[0-9A-V]{10}$/)
    expect(testPaymentReference()).not.toBe(testPaymentReference())
  })

  it('returns to this playground’s transactions list for the reference, on the page’s own origin and path', () => {
    expect(returnUrlFor('ABC123', 'https://someone.github.io/pay-playground/#/admin/test-payment/mock-card')).toBe(
      'https://someone.github.io/pay-playground/#/admin/transactions?reference=ABC123',
    )
  })

  it('creates the payment for the current service and gives the hosted pages’ entry for it', async () => {
    const path = await startTestPayment({ description: 'Parking', amount: 450 }, 'http://127.0.0.1:4211/pay-playground/#/admin')
    const [payment] = await simulator.db().payments.toArray()
    expect(payment).toMatchObject({ description: 'Parking', amount: 450, state: 'created' })
    expect(payment?.returnUrl).toBe(`http://127.0.0.1:4211/pay-playground/#/admin/transactions?reference=${payment?.reference}`)
    const token = decodeURIComponent(path.replace('/secure/', ''))
    expect((await simulator.db().tokens.get(token))?.paymentId).toBe(payment?.id)
  })
})
