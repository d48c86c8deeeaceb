// The keys this browser remembers for the API explorer: a key made anywhere is kept where new keys
// are to be kept (on this device unless "In this tab only" was chosen), and another tab hears of it.
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  chooseNewKeyPersistence,
  newKeyPersistence,
  onRememberedKeysChangedElsewhere,
  rememberedKeys,
  rememberNewKey,
} from '../../../src/lib/remembered-keys.ts'

afterEach(() => {
  localStorage.clear()
  sessionStorage.clear()
})

describe('rememberNewKey', () => {
  it('keeps a new key on this device when nothing else was chosen', () => {
    expect(newKeyPersistence()).toBe('device')
    expect(rememberNewKey('api_test_one')).toBe('device')
    expect(JSON.parse(localStorage.getItem('pay-playground.explorer.api-keys') ?? '[]')).toEqual(['api_test_one'])
    expect(sessionStorage.length).toBe(0)
  })

  it('keeps it in this tab only once that was chosen, and the choice lasts', () => {
    chooseNewKeyPersistence('tab')
    expect(rememberNewKey('api_test_two')).toBe('tab')
    expect(JSON.parse(sessionStorage.getItem('pay-playground.explorer.api-keys') ?? '[]')).toEqual(['api_test_two'])
    expect(localStorage.getItem('pay-playground.explorer.api-keys')).toBeNull()
    expect(rememberedKeys()).toEqual([{ key: 'api_test_two', persistence: 'tab' }])
    expect(newKeyPersistence()).toBe('tab')
  })

  it('resolves undefined, and does not throw, when the browser keeps nothing', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError')
    })
    try {
      expect(rememberNewKey('api_test_three')).toBeUndefined()
    } finally {
      setItem.mockRestore()
    }
  })
})

describe('onRememberedKeysChangedElsewhere', () => {
  it('hears another tab change the remembered keys, and nothing else', () => {
    const listener = vi.fn()
    const stop = onRememberedKeysChangedElsewhere(listener)
    window.dispatchEvent(new StorageEvent('storage', { key: 'pay-playground.explorer.history' }))
    expect(listener).not.toHaveBeenCalled()
    window.dispatchEvent(new StorageEvent('storage', { key: 'pay-playground.explorer.api-keys' }))
    expect(listener).toHaveBeenCalledTimes(1)
    stop()
    window.dispatchEvent(new StorageEvent('storage', { key: 'pay-playground.explorer.api-keys' }))
    expect(listener).toHaveBeenCalledTimes(1)
  })
})
