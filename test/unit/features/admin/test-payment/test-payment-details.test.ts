import { beforeEach, describe, expect, it } from 'vitest'
import {
  checkDetails,
  DEFAULT_TEST_PAYMENT,
  loadTestPayment,
  saveTestPayment,
  toForm,
} from '../../../../../src/features/admin/test-payment/test-payment-details.ts'

beforeEach(() => sessionStorage.clear())

describe('test payment details', () => {
  it('start as the real admin site’s defaults', () => {
    expect(DEFAULT_TEST_PAYMENT).toEqual({ description: 'An example payment description', amount: 2000 })
    expect(loadTestPayment()).toEqual(DEFAULT_TEST_PAYMENT)
    expect(toForm(DEFAULT_TEST_PAYMENT)).toEqual({ description: 'An example payment description', amount: '20.00' })
  })

  it('are kept for the tab once changed, and ignored when unreadable', () => {
    saveTestPayment({ description: 'Parking', amount: 450 })
    expect(loadTestPayment()).toEqual({ description: 'Parking', amount: 450 })
    sessionStorage.setItem('pay-playground:test-payment', '{"description": 5}')
    expect(loadTestPayment()).toEqual(DEFAULT_TEST_PAYMENT)
  })

  it('take a description and an amount in pounds and pence, trimmed', () => {
    expect(checkDetails({ description: '  Pay for a parking permit ', amount: ' 12.50 ' })).toEqual({
      details: { description: 'Pay for a parking permit', amount: 1250 },
      errors: {},
    })
    expect(checkDetails({ description: 'x', amount: '100000' }).details?.amount).toBe(10_000_000)
    expect(checkDetails({ description: 'x', amount: '0.30' }).details?.amount).toBe(30)
  })

  it('refuse what the real page refuses, with its messages', () => {
    const range = 'Enter a valid payment amount between £0.30 and £100000'
    expect(checkDetails({ description: ' ', amount: '' }).errors).toEqual({
      description: 'Enter a payment description',
      amount: 'Enter a payment amount',
    })
    expect(checkDetails({ description: 'x', amount: '£5' }).errors).toEqual({ amount: 'Enter a valid payment amount' })
    expect(checkDetails({ description: 'x', amount: '1,000' }).errors).toEqual({ amount: 'Enter a valid payment amount' })
    expect(checkDetails({ description: 'x', amount: '0.29' }).errors).toEqual({ amount: range })
    expect(checkDetails({ description: 'x', amount: '100000.01' }).errors).toEqual({ amount: range })
    expect(checkDetails({ description: 'x', amount: '5.5' }).errors).toEqual({ amount: range })
    expect(checkDetails({ description: 'x', amount: '-5.00' }).errors).toEqual({ amount: range })
    expect(checkDetails({ description: 'x'.repeat(256), amount: '5.00' }).errors).toEqual({
      description: 'Payment description must be 255 characters or fewer',
    })
  })
})
