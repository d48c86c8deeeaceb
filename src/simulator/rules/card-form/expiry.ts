// The expiry date rules: month and year are checked together. The month is 1 to 12 (with or
// without a leading zero); the year has 2 digits (20YY) or 4 (1000 to 2099); the card must not
// have expired before the current month.
import { EMPTY_MESSAGES } from './fields.ts'

export const EXPIRY_MESSAGES = {
  invalid: 'Enter a valid expiry date',
  past: 'Enter an expiry date in the future',
} as const

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

export function checkExpiry(month: string, year: string, today: CalendarMonth): string | undefined {
  const m = month.trim()
  if (m === '' || year.trim() === '') return EMPTY_MESSAGES.expiryMonth
  if (!/^(0?[1-9]|1[0-2])$/.test(m)) return EXPIRY_MESSAGES.invalid
  const fullYear = fullExpiryYear(year)
  if (fullYear === undefined) return EXPIRY_MESSAGES.invalid
  if (fullYear < today.year || (fullYear === today.year && Number(m) < today.month)) return EXPIRY_MESSAGES.past
  return undefined
}

/** The expiry date as the payment keeps it: MM/YY. Only for a date that passed checkExpiry. */
export function expiryDate(month: string, year: string): string {
  const fullYear = fullExpiryYear(year) ?? 0
  return `${month.trim().padStart(2, '0')}/${String(fullYear % 100).padStart(2, '0')}`
}

/** The expiry hint: October two years from now, "For example, 10/28" in 2026. */
export function expiryHint(today: CalendarMonth): string {
  return `For example, 10/${String((today.year + 2) % 100).padStart(2, '0')}`
}
