import { expect, it } from 'vitest'
import { checkClockMove } from '../../../src/testing/clock-move.ts'
import type { ClockMove } from '../../../src/testing/types.ts'

it('passes a move in minutes, hours or days', () => {
  expect(checkClockMove({ minutes: 91 })).toStrictEqual({ minutes: 91 })
  expect(checkClockMove({ hours: 1, days: 0 })).toStrictEqual({ hours: 1, days: 0 })
})

it('refuses a misspelt unit, an empty move and a move that is not a number of 0 or more', () => {
  expect(() => checkClockMove({ minute: 91 } as ClockMove)).toThrow('advanceClock takes { minutes, hours, days } (at least one), not minute')
  expect(() => checkClockMove({})).toThrow('advanceClock takes { minutes, hours, days } (at least one)')
  expect(() => checkClockMove({ minutes: -1 })).toThrow("advanceClock's minutes must be a number of 0 or more, not -1")
  expect(() => checkClockMove({ hours: '2' } as unknown as ClockMove)).toThrow("advanceClock's hours must be a number of 0 or more, not 2")
  expect(() => checkClockMove({ days: Number.NaN })).toThrow('not NaN')
})
