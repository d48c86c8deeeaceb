// The expiry date rules: month 1–12, a 2- or 4-digit year up to 2099, not before this month.
import { describe, expect, it } from 'vitest'
import {
  calendarMonthOf,
  checkExpiry,
  expiryDate,
  expiryHint,
  fullExpiryYear,
} from '../../../../../src/simulator/rules/card-form/expiry.ts'

const MAY_2026 = { year: 2026, month: 5 }

describe('checkExpiry', () => {
  it.each([
    ['', ''],
    ['', '28'],
    ['10', ''],
    [' ', '28'],
  ])('asks for an expiry date when a part is empty (%j/%j)', (month, year) => {
    expect(checkExpiry(month, year, MAY_2026)).toBe('Enter a valid expiry date')
  })

  it.each([
    ['0', '28'],
    ['00', '28'],
    ['13', '28'],
    ['1a', '28'],
    ['010', '28'],
    ['10', '2'],
    ['10', '202'],
    ['10', '2100'],
    ['10', '0999'],
    ['10', 'ab'],
    ['10', '20288'],
  ])('refuses %j/%j as not a valid date', (month, year) => {
    expect(checkExpiry(month, year, MAY_2026)).toBe('Enter a valid expiry date')
  })

  it.each([
    ['4', '26'],
    ['12', '25'],
    ['12', '2025'],
    ['1', '1999'],
  ])('refuses %j/%j, before the current month', (month, year) => {
    expect(checkExpiry(month, year, MAY_2026)).toBe('Enter an expiry date in the future')
  })

  it.each([
    ['5', '26'],
    ['05', '2026'],
    ['1', '27'],
    ['12', '2099'],
    ['09', '99'],
    [' 10 ', ' 28 '],
  ])('accepts %j/%j', (month, year) => {
    expect(checkExpiry(month, year, MAY_2026)).toBeUndefined()
  })
})

describe('expiry helpers', () => {
  it('reads a 2-digit year as 20YY and refuses years past 2099', () => {
    expect(fullExpiryYear('28')).toBe(2028)
    expect(fullExpiryYear('2028')).toBe(2028)
    expect(fullExpiryYear('2100')).toBeUndefined()
    expect(fullExpiryYear('128')).toBeUndefined()
  })

  it('keeps the date as MM/YY', () => {
    expect(expiryDate('3', '2031')).toBe('03/31')
    expect(expiryDate('11', '29')).toBe('11/29')
  })

  it('gives October two years ahead as the example', () => {
    expect(expiryHint(MAY_2026)).toBe('For example, 10/28')
    expect(expiryHint({ year: 2099, month: 1 })).toBe('For example, 10/01')
  })

  it('takes the month in UK time', () => {
    // 23:30 on 31 May 2026 in UTC is already June in London (British Summer Time).
    expect(calendarMonthOf(Date.UTC(2026, 4, 31, 23, 30))).toEqual({ year: 2026, month: 6 })
    expect(calendarMonthOf(Date.UTC(2026, 0, 31, 23, 30))).toEqual({ year: 2026, month: 1 })
  })
})
