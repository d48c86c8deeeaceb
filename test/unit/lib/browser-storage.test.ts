import { afterEach, describe, expect, it } from 'vitest'
import { clearPlaygroundBrowserData } from '../../../src/lib/browser-storage.ts'

afterEach(() => {
  localStorage.clear()
  sessionStorage.clear()
})

describe('clearPlaygroundBrowserData', () => {
  it('removes the playground’s data from both storages, keeping preferences and other sites’ keys', () => {
    localStorage.setItem('pay-playground.explorer.history', '[]')
    localStorage.setItem('pay-playground.explorer.api-keys', '["api_test_x"]')
    localStorage.setItem('pay-playground.explorer.language', 'node')
    localStorage.setItem('payPlayground.hostedPages.payments', '["abc"]')
    localStorage.setItem('someone-else', 'keep')
    sessionStorage.setItem('pay-playground:test-payment', '{}')
    sessionStorage.setItem('pay-playground.explorer.selected-key', 'api_test_x')

    const removed = clearPlaygroundBrowserData()

    expect(removed.sort()).toEqual(
      [
        'pay-playground.explorer.api-keys',
        'pay-playground.explorer.history',
        'pay-playground.explorer.selected-key',
        'pay-playground:test-payment',
        'payPlayground.hostedPages.payments',
      ].sort(),
    )
    expect(localStorage.getItem('pay-playground.explorer.language')).toBe('node')
    expect(localStorage.getItem('someone-else')).toBe('keep')
    expect(localStorage.length + sessionStorage.length).toBe(2)
  })
})
