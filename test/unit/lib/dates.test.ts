import { describe, expect, it } from 'vitest'
import { formatDateAndMinutes, formatDateTime } from '../../../src/lib/dates.ts'

describe('formatDateTime', () => {
  it('gives UK time with an em dash, in winter and in summer time', () => {
    expect(formatDateTime(Date.UTC(2026, 0, 5, 14, 3, 22))).toBe('05 Jan 2026 — 14:03:22')
    expect(formatDateTime(Date.UTC(2026, 8, 10, 23, 30, 0))).toBe('11 Sep 2026 — 00:30:00')
  })
})

describe('formatDateAndMinutes', () => {
  it('gives the day without a leading zero, "Sept", and the time to the minute', () => {
    expect(formatDateAndMinutes(Date.UTC(2024, 8, 10, 10, 52, 40))).toBe('10 Sept 2024 - 11:52')
    expect(formatDateAndMinutes(Date.UTC(2024, 1, 3, 9, 5))).toBe('3 Feb 2024 - 09:05')
  })
})
