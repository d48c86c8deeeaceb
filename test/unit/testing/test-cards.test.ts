import { expect, it } from 'vitest'
import { sandboxOutcome } from '../../../src/simulator/rules/cards/sandbox-cards.ts'
import { TEST_CARDS } from '../../../src/testing/test-cards.ts'

it('names the sandbox cards that succeed, are declined and fail with an error', () => {
  expect(sandboxOutcome(TEST_CARDS.success)).toBe('authorised')
  expect(sandboxOutcome(TEST_CARDS.declined)).toBe('declined')
  expect(sandboxOutcome(TEST_CARDS.error)).toBe('error')
  expect(Object.isFrozen(TEST_CARDS)).toBe(true)
})
