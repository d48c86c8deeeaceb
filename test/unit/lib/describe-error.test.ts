import { describe, expect, it } from 'vitest'
import { describeError } from '../../../src/lib/describe-error.ts'

describe('describeError', () => {
  it('gives a plain error’s message', () => {
    expect(describeError(new Error('Enter a service name'))).toBe('Enter a service name')
  })

  it('keeps the kind of a more specific error', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toBe('TypeError: Failed to fetch')
    expect(describeError({ name: 'SecurityError', message: 'The operation is insecure.' })).toBe('SecurityError: The operation is insecure.')
  })

  it('copes with values that are not errors', () => {
    expect(describeError('offline')).toBe('offline')
    expect(describeError(new RangeError(''))).toBe('RangeError')
  })
})
