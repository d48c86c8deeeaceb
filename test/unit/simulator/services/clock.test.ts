// The simulator clock: real time plus a stored offset that only moves forward.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { advanceClock, clockOffset, now, toIsoDate, toIsoMillis } from '../../../../src/simulator/services/clock.ts'
import { PlaygroundDatabase } from '../../../../src/simulator/store/database.ts'
import { useSimulator } from '../../../support/simulator.ts'

const sim = useSimulator()
const REAL_NOW = Date.UTC(2026, 0, 21, 17, 15, 0)
const MINUTE = 60_000

afterEach(() => {
  vi.restoreAllMocks()
})

describe('now', () => {
  it('is real time while the clock has not been moved', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(REAL_NOW)
    expect(await clockOffset()).toBe(0)
    expect(await now()).toBe(REAL_NOW)
  })

  it('follows real time plus the offset', async () => {
    const spy = vi.spyOn(Date, 'now').mockReturnValue(REAL_NOW)
    await advanceClock({ minutes: 5 })
    spy.mockReturnValue(REAL_NOW + 1000)
    expect(await now()).toBe(REAL_NOW + 1000 + 5 * MINUTE)
  })
})

describe('advanceClock', () => {
  it('adds minutes, hours and days together and returns the new time', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(REAL_NOW)
    const moved = await advanceClock({ days: 1, hours: 2, minutes: 3 })
    const expected = ((24 + 2) * 60 + 3) * MINUTE
    expect(moved).toBe(REAL_NOW + expected)
    expect(await clockOffset()).toBe(expected)
    expect(await now()).toBe(REAL_NOW + expected)
  })

  it('adds up over several moves', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(REAL_NOW)
    await advanceClock({ minutes: 90 })
    await advanceClock({ hours: 1 })
    expect(await clockOffset()).toBe(150 * MINUTE)
  })

  it('accepts a move of nothing', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(REAL_NOW)
    expect(await advanceClock({})).toBe(REAL_NOW)
    expect(await clockOffset()).toBe(0)
  })

  it.each([
    [{ minutes: -1 }],
    [{ hours: Number.NaN }],
    [{ days: Number.POSITIVE_INFINITY }],
  ])('refuses to move backwards or by a non-number: %j', async (by) => {
    await advanceClock({ minutes: 10 })
    await expect(advanceClock(by)).rejects.toThrow(RangeError)
    expect(await clockOffset()).toBe(10 * MINUTE)
  })

  it('keeps the offset in the database, so another connection (another tab) sees the same time', async () => {
    await advanceClock({ hours: 3 })
    const other = new PlaygroundDatabase(sim.db().name)
    try {
      expect((await other.meta.get('clockOffsetMs'))?.value).toBe(3 * 60 * MINUTE)
    } finally {
      other.close()
    }
  })
})

describe('formatting', () => {
  it('writes instants as ISO with milliseconds in UTC (§1.6)', () => {
    expect(toIsoMillis(Date.UTC(2016, 0, 21, 17, 15, 0))).toBe('2016-01-21T17:15:00.000Z')
    expect(toIsoMillis(Date.UTC(2016, 0, 21, 17, 15, 0, 7))).toBe('2016-01-21T17:15:00.007Z')
  })

  it('writes dates as YYYY-MM-DD of the UTC day', () => {
    expect(toIsoDate(Date.UTC(2016, 0, 21, 23, 59, 59))).toBe('2016-01-21')
    expect(toIsoDate(Date.UTC(2016, 0, 22, 0, 0, 0))).toBe('2016-01-22')
  })
})
