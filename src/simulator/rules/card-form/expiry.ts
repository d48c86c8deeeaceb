// The expiry date rules: month and year are checked together. The month is 1 to 12 (with or
// without a leading zero); the year has 2 digits (20YY) or 4 (1000 to 2099); the card must not
// have expired before the current month.
import type { FieldCheck } from './fields.ts'

/** A calendar month: `month` is 1 to 12. */
export interface CalendarMonth {
  year: number
  month: number
}

const LONDON_MONTH = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: 'numeric' })

/** The month a moment falls in, in UK time (the real service's clock). */
export function calendarMonthOf(ms: number): CalendarMonth {
  const parts = LONDON_MONTH.formatToParts(new Date(ms))
  const part = (type: 'year' | 'month') => Number(parts.find((p) => p.type === type)?.value)
  return { year: part('year'), month: part('month') }
}

/** The expiry year as a full year, or undefined when it is not a 2- or 4-digit year up to 2099. */
export function fullExpiryYear(value: string): number | undefined {
  const year = value.trim()
  if (/^\d{2}$/.test(year)) return 2000 + Number(year)
  if (/^\d{4}$/.test(year) && Number(year) >= 1000 && Number(year) <= 2099) return Number(year)
  return undefined
}

/** Month and year together: an empty month is `empty`, a month without a year the field's `message`. */
export function checkExpiry(month: string, year: string, today: CalendarMonth): FieldCheck<'expiryMonth'> {
  const m = month.trim()
  if (m === '') return 'empty'
  if (year.trim() === '') return 'message'
  if (!/^(0?[1-9]|1[0-2])$/.test(m)) return 'invalidMonth'
  const fullYear = fullExpiryYear(year)
  if (fullYear === undefined) return 'invalidYear'
  if (fullYear < today.year || (fullYear === today.year && Number(m) < today.month)) return 'inThePast'
  return undefined
}

/** The expiry date as the payment keeps it: MM/YY. Only for a date that passed checkExpiry. */
export function expiryDate(month: string, year: string): string {
  const fullYear = fullExpiryYear(year) ?? 0
  return `${month.trim().padStart(2, '0')}/${String(fullYear % 100).padStart(2, '0')}`
}

/** The year in the expiry hint: two years from now, 2 digits ("For example, 10/28" in 2026). */
export function expiryHintYear(today: CalendarMonth): string {
  return String((today.year + 2) % 100).padStart(2, '0')
}
