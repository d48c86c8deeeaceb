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
    expect(checkCardholderName(value)).toBe('Enter a valid name')
  })

  it.each(['4242424242424242', 'Ms 4242 4242 4242', '123', '1234', ' 987 '])(
    'refuses %j, which looks like a card number or a security code',
    (value) => {
      expect(checkCardholderName(value)).toBe('Enter the name as it appears on the card')
    },
  )

  it.each(['Ms J Bloggs', 'Jo 12', '12345', 'Flat 123 Resident'])('accepts %j', (value) => {
    expect(checkCardholderName(value)).toBeUndefined()
  })
})

describe('checkSecurityCode', () => {
  it.each(['', ' '])('asks for a code when empty (%j)', (value) => {
    expect(checkSecurityCode(value)).toBe('Enter a valid card security code')
  })

  it.each(['1', '12', '12345', 'abc'])('refuses %j', (value) => {
    expect(checkSecurityCode(value)).toBe('Enter a valid card security code')
  })

  it.each(['123', '1234', ' 123 '])('accepts %j, 3 or 4 digits for any brand', (value) => {
    expect(checkSecurityCode(value)).toBeUndefined()
  })

  it('takes 4 digits with the front-of-card hint for American Express, 3 otherwise', () => {
    expect(securityCodeMaxLength('american-express')).toBe(4)
    expect(securityCodeHint('american-express')).toBe('The last 4 digits after the card number on the front')
    expect(securityCodeMaxLength('visa')).toBe(3)
    expect(securityCodeMaxLength(undefined)).toBe(3)
    expect(securityCodeHint(undefined)).toBe('The last 3 digits on the back of the card')
  })
})
