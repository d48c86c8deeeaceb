import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatPence, parsePoundsAndPence, parsePoundsToPence, penceToPoundsText } from '../../../src/lib/money.ts'

describe('formatPence', () => {
  it.each([
    [0, '£0.00'],
    [5, '£0.05'],
    [1050, '£10.50'],
    [123456, '£1,234.56'],
    [10_000_000, '£100,000.00'],
  ])('%i pence is %s', (pence, text) => {
    expect(formatPence(pence)).toBe(text)
  })
})

describe('penceToPoundsText', () => {
  it.each([
    [0, '0.00'],
    [7, '0.07'],
    [1050, '10.50'],
    [123456, '1234.56'],
  ])('%i pence is %s', (pence, text) => {
    expect(penceToPoundsText(pence)).toBe(text)
  })
})

describe('parsePoundsToPence (the refund amount, as the real admin site reads it)', () => {
  it.each([
    ['10.50', 1050],
    ['10.5', 1050],
    ['10', 1000],
    ['0.01', 1],
    [' 7.25 ', 725],
    ['£10.50', 1050],
    ['1,234.56', 123456],
  ])('reads %j as %i pence', (text, pence) => {
    expect(parsePoundsToPence(text)).toBe(pence)
  })

  it.each([[''], ['   '], ['ten'], ['10.505'], ['10.'], ['.50'], ['-5'], ['1.2.3'], ['0'], ['0.00'], ['1e3'], ['5 pounds']])(
    'refuses %j',
    (text) => {
      expect(parsePoundsToPence(text)).toBeUndefined()
    },
  )

  it('reads back every amount it formats, with or without the £ sign', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (pence) => {
        expect(parsePoundsToPence(penceToPoundsText(pence))).toBe(pence)
        expect(parsePoundsToPence(formatPence(pence))).toBe(pence)
      }),
    )
  })
})

describe('parsePoundsAndPence (a fee, where 0 means none)', () => {
  it.each([
    ['0', 0],
    ['0.00', 0],
    ['£0', 0],
    ['2.50', 250],
    ['2.5', 250],
    ['1,000', 100000],
  ])('reads %j as %i pence', (text, pence) => {
    expect(parsePoundsAndPence(text)).toBe(pence)
  })

  it.each([[''], ['-0'], ['-2.50'], ['2.505'], ['two'], ['.5'], ['1e3']])('refuses %j', (text) => {
    expect(parsePoundsAndPence(text)).toBeUndefined()
  })

  it('reads back every amount it formats, zero included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (pence) => {
        expect(parsePoundsAndPence(penceToPoundsText(pence))).toBe(pence)
      }),
    )
  })
})
