import { expect, it } from 'vitest'
import { checkOpen, closePlayground, isOpen, openPlayground } from '../../../src/testing/open-playground.ts'

it('lets one playground be open at a time, and a closed one stays closed', () => {
  const first = openPlayground()
  expect(isOpen(first)).toBe(true)
  expect(() => openPlayground()).toThrow('Another PayPlayground is open in this process')
  closePlayground(first)
  expect(() => checkOpen(first)).toThrow('This PayPlayground has been closed')
  const second = openPlayground()
  expect(isOpen(second)).toBe(true)
  expect(isOpen(first)).toBe(false)
  closePlayground(first) // closing an old ticket again leaves the open one alone
  expect(() => checkOpen(second)).not.toThrow()
  closePlayground(second)
})
