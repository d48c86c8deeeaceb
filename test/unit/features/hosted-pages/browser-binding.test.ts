// The browser binding: the payments this browser profile opened through their link.
import { afterEach, describe, expect, it } from 'vitest'
import { bindPayment, isBound, MAX_BOUND_PAYMENTS } from '../../../../src/features/hosted-pages/browser-binding.ts'

afterEach(() => localStorage.clear())

describe('browser binding', () => {
  it('remembers a payment in localStorage, so every tab of the browser shares it', () => {
    expect(isBound('payment-1')).toBe(false)
    bindPayment('payment-1')
    expect(isBound('payment-1')).toBe(true)
    expect(isBound('payment-2')).toBe(false)
    expect(Object.keys(localStorage)).toHaveLength(1)
    expect(sessionStorage.length).toBe(0)
  })

  it('keeps the 10 most recent payments, as the real session cookie does', () => {
    expect(MAX_BOUND_PAYMENTS).toBe(10)
    for (let i = 1; i <= 11; i++) bindPayment(`payment-${i}`)
    expect(isBound('payment-1')).toBe(false)
    expect(isBound('payment-2')).toBe(true)
    expect(isBound('payment-11')).toBe(true)
  })

  it('moves a payment bound again to the newest place', () => {
    for (let i = 1; i <= 10; i++) bindPayment(`payment-${i}`)
    bindPayment('payment-1')
    bindPayment('payment-11')
    expect(isBound('payment-1')).toBe(true)
    expect(isBound('payment-2')).toBe(false)
  })

  it('treats unreadable stored data as no payments', () => {
    localStorage.setItem('payPlayground.hostedPages.payments', '{not json')
    expect(isBound('payment-1')).toBe(false)
    bindPayment('payment-1')
    expect(isBound('payment-1')).toBe(true)
  })
})
