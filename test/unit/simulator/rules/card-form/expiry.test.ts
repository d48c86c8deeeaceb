// The expiry date rules: month 1–12, a 2- or 4-digit year up to 2099, not before this month.
import { describe, expect, it } from 'vitest'
import {
  calendarMonthOf,
  checkExpiry,
  expiryDate,
  expiryHintYear,
  fullExpiryYear,
} from '../../../../../src/simulator/rules/card-form/expiry.ts'

const MAY_2026 = { year: 2026, month: 5 }

describe('checkExpiry', () => {
  it.each([
    ['', ''],
    ['', '28'],
    [' ', '28'],
  ])('finds the date empty when the month is (%j/%j)', (month, year) => {
    expect(checkExpiry(month, year, MAY_2026)).toBe('empty')
  })

  it('finds a month without a year not a valid date', () => {
    expect(checkExpiry('10', '', MAY_2026)).toBe('message')
    expect(checkExpiry('10', ' ', MAY_2026)).toBe('message')
  })

  it.each(['0', '00', '13', '1a', '010'])('refuses the month %j', (month) => {
    expect(checkExpiry(month, '28', MAY_2026)).toBe('invalidMonth')
  })

  it.each(['2', '202', '2100', '0999', 'ab', '20288'])('refuses the year %j', (year) => {
    expect(checkExpiry('10', year, MAY_2026)).toBe('invalidYear')
  })

  it.each([
    ['4', '26'],
    ['12', '25'],
    ['12', '2025'],
    ['1', '1999'],
  ])('refuses %j/%j, before the current month', (month, year) => {
    expect(checkExpiry(month, year, MAY_2026)).toBe('inThePast')
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

  it('gives the year two years ahead, 2 digits, for the example', () => {
    expect(expiryHintYear(MAY_2026)).toBe('28')
    expect(expiryHintYear({ year: 2099, month: 1 })).toBe('01')
  })

  it('takes the month in UK time', () => {
    // 23:30 on 31 May 2026 in UTC is already June in London (British Summer Time).
    expect(calendarMonthOf(Date.UTC(2026, 4, 31, 23, 30))).toEqual({ year: 2026, month: 6 })
    expect(calendarMonthOf(Date.UTC(2026, 0, 31, 23, 30))).toEqual({ year: 2026, month: 1 })
  })
})
