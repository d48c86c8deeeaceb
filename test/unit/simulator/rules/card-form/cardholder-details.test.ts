// The name on the card and the card security code.
import { describe, expect, it } from 'vitest'
import {
  checkCardholderName,
  checkSecurityCode,
  securityCodeHint,
  securityCodeMaxLength,
} from '../../../../../src/simulator/rules/card-form/cardholder-details.ts'

describe('checkCardholderName', () => {
  it.each(['', '  '])('asks for a name when empty (%j)', (value) => {
    expect(checkCardholderName(value)).toBe('empty')
  })

  it.each(['4242424242424242', 'Ms 4242 4242 4242'])('refuses %j, which looks like a card number', (value) => {
    expect(checkCardholderName(value)).toBe('containsTooManyDigits')
  })

  it.each(['123', '1234', ' 987 '])('refuses %j, which looks like a security code', (value) => {
    expect(checkCardholderName(value)).toBe('containsSuspectedCVC')
  })

  it.each(['Ms J Bloggs', 'Jo 12', '12345', 'Flat 123 Resident'])('accepts %j', (value) => {
    expect(checkCardholderName(value)).toBeUndefined()
  })
})

describe('checkSecurityCode', () => {
  it.each(['', ' '])('asks for a code when empty (%j)', (value) => {
    expect(checkSecurityCode(value)).toBe('empty')
  })

  it.each(['1', '12', '12345', 'abc'])('refuses %j', (value) => {
    expect(checkSecurityCode(value)).toBe('invalidLength')
  })

  it.each(['123', '1234', ' 123 '])('accepts %j, 3 or 4 digits for any brand', (value) => {
    expect(checkSecurityCode(value)).toBeUndefined()
  })

  it('takes 4 digits with the front-of-card hint for American Express, 3 otherwise', () => {
    expect(securityCodeMaxLength('american-express')).toBe(4)
    expect(securityCodeHint('american-express')).toBe('amexcvcTip')
    expect(securityCodeMaxLength('visa')).toBe(3)
    expect(securityCodeMaxLength(undefined)).toBe(3)
    expect(securityCodeHint(undefined)).toBe('cvcTip')
  })
})
