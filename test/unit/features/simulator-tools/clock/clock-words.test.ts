import { describe, expect, it } from 'vitest'
import { durationInWords, readClockForm } from '../../../../../src/features/simulator-tools/clock/clock-words.ts'

describe('readClockForm', () => {
  it('reads a whole number of minutes, hours or days', () => {
    expect(readClockForm(' 91 ', 'minutes')).toEqual({ ok: true, request: { by: { minutes: 91 }, ms: 91 * 60_000, words: '91 minutes' } })
    expect(readClockForm('1', 'hours')).toEqual({ ok: true, request: { by: { hours: 1 }, ms: 3_600_000, words: '1 hour' } })
    expect(readClockForm('1,000', 'minutes')).toMatchObject({ ok: true, request: { words: '1,000 minutes' } })
    expect(readClockForm('365', 'days')).toMatchObject({ ok: true })
  })

  it.each([
    ['', 'Enter how far to move the clock forward'],
    ['1.5', 'How far to move the clock must be a whole number, like 90'],
    ['-3', 'How far to move the clock must be a whole number, like 90'],
    ['0', 'How far to move the clock must be 1 or more'],
  ])('refuses "%s"', (text, error) => {
    expect(readClockForm(text, 'hours')).toEqual({ ok: false, error })
  })

  it('refuses more than 365 days in any unit', () => {
    expect(readClockForm('366', 'days')).toEqual({ ok: false, error: 'You can move the clock forward by up to 365 days at a time' })
    expect(readClockForm('8761', 'hours')).toMatchObject({ ok: false })
  })
})

describe('durationInWords', () => {
  it('says days, hours and minutes, leaving out the zeros', () => {
    expect(durationInWords(91 * 60_000)).toBe('1 hour and 31 minutes')
    expect(durationInWords(2 * 86_400_000)).toBe('2 days')
    expect(durationInWords(86_400_000 + 60_000)).toBe('1 day and 1 minute')
    expect(durationInWords(3 * 86_400_000 + 2 * 3_600_000 + 5 * 60_000)).toBe('3 days, 2 hours and 5 minutes')
    expect(durationInWords(10_000)).toBe('less than a minute')
  })
})
