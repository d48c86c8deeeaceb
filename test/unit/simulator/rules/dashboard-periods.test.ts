import { describe, expect, it } from 'vitest'
import {
  DASHBOARD_PERIODS,
  formatPeriodInstant,
  isDashboardPeriod,
  periodFilterParams,
  periodRange,
} from '../../../../src/simulator/rules/dashboard-periods.ts'

const utc = (iso: string) => Date.parse(iso)
const iso = (ms: number) => new Date(ms).toISOString()

describe('dashboard periods', () => {
  it('offers the real periods, Today first', () => {
    expect(DASHBOARD_PERIODS.map((period) => period.label)).toEqual(['Today', 'Yesterday', 'Previous 7 days', 'Previous 30 days'])
    expect(isDashboardPeriod('previous-thirty-days')).toBe(true)
    expect(isDashboardPeriod('last-month')).toBe(false)
  })

  it('makes Today and Yesterday whole UK days', () => {
    const now = utc('2026-01-15T10:00:00Z')
    expect(iso(periodRange('today', now).from)).toBe('2026-01-15T00:00:00.000Z')
    expect(iso(periodRange('today', now).to)).toBe('2026-01-16T00:00:00.000Z')
    expect(iso(periodRange('yesterday', now).from)).toBe('2026-01-14T00:00:00.000Z')
    expect(iso(periodRange('yesterday', now).to)).toBe('2026-01-15T00:00:00.000Z')
  })

  it('ends the previous 7 and 30 days at the end of yesterday, so today is left out', () => {
    const now = utc('2026-01-15T10:00:00Z')
    const seven = periodRange('previous-seven-days', now)
    expect(iso(seven.from)).toBe('2026-01-08T00:00:00.000Z')
    expect(iso(seven.to)).toBe('2026-01-15T00:00:00.000Z')
    expect((seven.to - seven.from) / 86_400_000).toBe(7)
    const thirty = periodRange('previous-thirty-days', now)
    expect(iso(thirty.from)).toBe('2025-12-16T00:00:00.000Z')
    expect(iso(thirty.to)).toBe('2026-01-15T00:00:00.000Z')
  })

  it('counts days in the UK: just after midnight BST is already the next day', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    const now = utc('2026-06-30T23:30:00Z')
    expect(periodRange('today', now).firstDay).toEqual({ year: 2026, month: 7, day: 1 })
    expect(iso(periodRange('today', now).from)).toBe('2026-06-30T23:00:00.000Z')
    expect(periodRange('yesterday', now).firstDay).toEqual({ year: 2026, month: 6, day: 30 })
  })

  it('crosses month ends and leap days', () => {
    const now = utc('2028-03-01T12:00:00Z')
    expect(periodRange('yesterday', now).firstDay).toEqual({ year: 2028, month: 2, day: 29 })
    expect(periodRange('previous-thirty-days', now).firstDay).toEqual({ year: 2028, month: 1, day: 31 })
    expect(periodRange('previous-seven-days', now).lastDay).toEqual({ year: 2028, month: 2, day: 29 })
  })

  it('spans the spring clock change with a day of 23 hours', () => {
    // Monday 30 March 2026: the previous 7 days include Sunday 29 March, when the clocks went forward.
    const range = periodRange('previous-seven-days', utc('2026-03-30T09:00:00Z'))
    expect(iso(range.from)).toBe('2026-03-23T00:00:00.000Z')
    expect(iso(range.to)).toBe('2026-03-29T23:00:00.000Z')
    expect((range.to - range.from) / 3_600_000).toBe(7 * 24 - 1)
  })

  it('spans the autumn clock change with a day of 25 hours', () => {
    const range = periodRange('yesterday', utc('2026-10-26T09:00:00Z'))
    expect(iso(range.from)).toBe('2026-10-24T23:00:00.000Z')
    expect(iso(range.to)).toBe('2026-10-26T00:00:00.000Z')
    expect((range.to - range.from) / 3_600_000).toBe(25)
  })

  it('gives the transactions filter for the period, to 23:59:59 on its last day', () => {
    const range = periodRange('previous-thirty-days', utc('2026-01-15T10:00:00Z'))
    expect(periodFilterParams(range)).toEqual({ fromDate: '16/12/2025', fromTime: '00:00:00', toDate: '14/01/2026', toTime: '23:59:59' })
  })

  it('names the start and end of a period in UK time, with the zone', () => {
    expect(formatPeriodInstant(utc('2026-01-15T00:00:00Z'))).toBe('15 January 2026 at 12:00 am GMT')
    expect(formatPeriodInstant(utc('2026-07-15T22:59:59.999Z'))).toBe('15 July 2026 at 11:59 pm BST')
    expect(formatPeriodInstant(utc('2026-07-15T11:05:00Z'))).toBe('15 July 2026 at 12:05 pm BST')
  })
})
