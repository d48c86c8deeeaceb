// The country list for the billing address.
import { describe, expect, it } from 'vitest'
import { COUNTRIES, countryName, isCountryCode } from '../../../../../src/simulator/rules/card-form/countries.ts'

describe('countries', () => {
  it('lists every ISO country once, sorted by name, with the United Kingdom among them', () => {
    expect(COUNTRIES.length).toBeGreaterThan(240)
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(COUNTRIES.length)
    expect(COUNTRIES).toContainEqual({ code: 'GB', name: 'United Kingdom' })
    const names = COUNTRIES.map((c) => c.name)
    expect([...names].sort((a, b) => a.localeCompare(b, 'en-GB'))).toEqual(names)
  })

  it('names a code and knows which codes are countries', () => {
    expect(countryName('FR')).toBe('France')
    expect(countryName('ZZ')).toBe('ZZ')
    expect(isCountryCode('GB')).toBe(true)
    expect(isCountryCode('UK')).toBe(false)
  })
})
