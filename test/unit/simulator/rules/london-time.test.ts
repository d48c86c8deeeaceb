import { describe, expect, it } from 'vitest'
import {
  addDays,
  formatClockTime,
  formatSlashDate,
  isRealDate,
  londonDateTime,
  londonInstant,
  londonOffsetMs,
} from '../../../../src/simulator/rules/london-time.ts'

const utc = (iso: string) => Date.parse(iso)

describe('UK time', () => {
  it('reads an instant as GMT in winter and BST in summer', () => {
    expect(londonDateTime(utc('2026-01-15T23:30:00Z'))).toEqual({ year: 2026, month: 1, day: 15, hour: 23, minute: 30, second: 0 })
    // 23:30 UTC in July is already the next day in London.
    expect(londonDateTime(utc('2026-07-15T23:30:00Z'))).toEqual({ year: 2026, month: 7, day: 16, hour: 0, minute: 30, second: 0 })
    expect(londonOffsetMs(utc('2026-01-15T12:00:00Z'))).toBe(0)
    expect(londonOffsetMs(utc('2026-07-15T12:00:00Z'))).toBe(3_600_000)
  })

  it('finds the instant of a UK date and time on either side of the clock changes', () => {
    expect(londonInstant({ year: 2026, month: 1, day: 15 })).toBe(utc('2026-01-15T00:00:00Z'))
    expect(londonInstant({ year: 2026, month: 7, day: 16 })).toBe(utc('2026-07-15T23:00:00Z'))
    expect(londonInstant({ year: 2026, month: 7, day: 16, hour: 9, minute: 5, second: 7 })).toBe(utc('2026-07-16T08:05:07Z'))
    // The day the clocks go forward (29 March 2026) starts in GMT; the day they go back (25 October 2026) in BST.
    expect(londonInstant({ year: 2026, month: 3, day: 29 })).toBe(utc('2026-03-29T00:00:00Z'))
    expect(londonInstant({ year: 2026, month: 3, day: 30 })).toBe(utc('2026-03-29T23:00:00Z'))
    expect(londonInstant({ year: 2026, month: 10, day: 25 })).toBe(utc('2026-10-24T23:00:00Z'))
    expect(londonInstant({ year: 2026, month: 10, day: 26 })).toBe(utc('2026-10-26T00:00:00Z'))
  })

  it('reads a skipped time as the hour after, and a repeated time as its first (BST) instance', () => {
    expect(londonInstant({ year: 2026, month: 3, day: 29, hour: 1, minute: 30 })).toBe(utc('2026-03-29T01:30:00Z'))
    expect(londonInstant({ year: 2026, month: 10, day: 25, hour: 1, minute: 30 })).toBe(utc('2026-10-25T00:30:00Z'))
  })

  it('moves by calendar days across months, years and leap days', () => {
    expect(addDays({ year: 2026, month: 3, day: 1 }, -1)).toEqual({ year: 2026, month: 2, day: 28 })
    expect(addDays({ year: 2028, month: 3, day: 1 }, -1)).toEqual({ year: 2028, month: 2, day: 29 })
    expect(addDays({ year: 2026, month: 1, day: 5 }, -30)).toEqual({ year: 2025, month: 12, day: 6 })
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 })
  })

  it('knows a real date from one that is not', () => {
    expect(isRealDate({ year: 2028, month: 2, day: 29 })).toBe(true)
    expect(isRealDate({ year: 2026, month: 2, day: 29 })).toBe(false)
    expect(isRealDate({ year: 2026, month: 4, day: 31 })).toBe(false)
    expect(isRealDate({ year: 2026, month: 13, day: 1 })).toBe(false)
    expect(isRealDate({ year: 2026, month: 12, day: 0 })).toBe(false)
  })

  it('writes dates and times the way the admin site shows them', () => {
    expect(formatSlashDate({ year: 2026, month: 5, day: 1 })).toBe('01/05/2026')
    expect(formatClockTime({ hour: 9, minute: 5, second: 0 })).toBe('09:05:00')
  })
})
