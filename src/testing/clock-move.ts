// Checks a clock move before the simulator makes it: a misspelt unit (`{ minute: 91 }`) would
// otherwise move the clock by nothing, and the test would wait in vain for its payment to expire.
import type { ClockMove } from './types.ts'

const UNITS = ['minutes', 'hours', 'days']

export function checkClockMove(by: ClockMove): ClockMove {
  const names = Object.keys(by)
  const unknown = names.filter((name) => !UNITS.includes(name))
  if (unknown.length > 0 || names.length === 0) {
    throw new TypeError(`advanceClock takes { minutes, hours, days } (at least one)${unknown.length > 0 ? `, not ${unknown.join(', ')}` : ''}`)
  }
  for (const [name, value] of Object.entries(by)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new TypeError(`advanceClock's ${name} must be a number of 0 or more, not ${String(value)}`)
    }
  }
  return by
}
