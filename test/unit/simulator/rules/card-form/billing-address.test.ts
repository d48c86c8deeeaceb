// The billing address rules: required lines, no card numbers, UK postcodes in the United Kingdom.
import { describe, expect, it } from 'vitest'
import {
  checkAddressCity,
  checkAddressCountry,
  checkAddressLine1,
  checkAddressLine2,
  checkAddressPostcode,
} from '../../../../../src/simulator/rules/card-form/billing-address.ts'

const CARD = '4242 4242 4242 4242'

describe('address lines and town', () => {
  it('asks for address line 1 and refuses a card number in it', () => {
    expect(checkAddressLine1('')).toBe('empty')
    expect(checkAddressLine1(CARD)).toBe('containsTooManyDigits')
    expect(checkAddressLine1('1 High Street')).toBeUndefined()
  })

  it('lets address line 2 be empty but refuses a card number in it', () => {
    expect(checkAddressLine2('')).toBeUndefined()
    expect(checkAddressLine2(CARD)).toBe('containsTooManyDigits')
    expect(checkAddressLine2('Flat 2')).toBeUndefined()
  })

  it('asks for a town or city and refuses a card number in it', () => {
    expect(checkAddressCity(' ')).toBe('empty')
    expect(checkAddressCity(CARD)).toBe('containsTooManyDigits')
    expect(checkAddressCity('London')).toBeUndefined()
  })
})

describe('checkAddressCountry', () => {
  it('needs a country or territory from the list', () => {
    expect(checkAddressCountry('')).toBe('empty')
    expect(checkAddressCountry('XX')).toBe('message')
    expect(checkAddressCountry('GB')).toBeUndefined()
    expect(checkAddressCountry('FR')).toBeUndefined()
  })
})

describe('checkAddressPostcode', () => {
  it('asks for a postcode', () => {
    expect(checkAddressPostcode('', 'GB')).toBe('empty')
    expect(checkAddressPostcode('', 'FR')).toBe('empty')
  })

  it.each(['SW1A 1AA', 'sw1a1aa', ' EC1A 1BB ', 'M1 1AE'])('accepts the UK postcode %j in the United Kingdom', (value) => {
    expect(checkAddressPostcode(value, 'GB')).toBeUndefined()
  })

  it.each(['SW1A', '12345', 'ABC 123', 'SW1A 1AAA'])('refuses %j in the United Kingdom', (value) => {
    expect(checkAddressPostcode(value, 'GB')).toBe('message')
  })

  it('accepts any postcode elsewhere, unless it may be a card number', () => {
    expect(checkAddressPostcode('75008', 'FR')).toBeUndefined()
    expect(checkAddressPostcode(CARD, 'FR')).toBe('containsTooManyDigits')
  })
})
