// The card number rules and their codes (pay-pages-and-admin.md §1.5 and §1.6).
import { describe, expect, it } from 'vitest'
import type { AcceptedCardType } from '../../../../../src/simulator/model/types.ts'
import {
  acceptsBrand,
  brandTitle,
  brandWhileTyping,
  cardDigits,
  checkCardNumber,
} from '../../../../../src/simulator/rules/card-form/card-number.ts'
import { defaultSettings } from '../../../../../src/simulator/services/service-accounts.ts'

const ACCEPTED = defaultSettings().acceptedCardTypes

describe('checkCardNumber', () => {
  it.each(['', '   '])('asks for a card number when the field is empty (%j)', (value) => {
    expect(checkCardNumber(value, ACCEPTED)).toEqual({ code: 'empty' })
  })

  it.each(['4242-4242-4242-4242', '4242424242424242x', 'abcd', '--12', '4242.4242.4242.4242'])(
    'allows only digits and spaces: %j is not a card number',
    (value) => {
      expect(checkCardNumber(value, ACCEPTED)).toEqual({ code: 'message' })
    },
  )

  it.each(['42424242424', '4242 4242 42', '42424242424242424242', '1'])(
    'needs 12 to 19 digits: %j is not the correct length',
    (value) => {
      expect(checkCardNumber(value, ACCEPTED)).toEqual({ code: 'numberIncorrectLength' })
    },
  )

  it('fails a number whose Luhn checksum is wrong', () => {
    expect(checkCardNumber('4242424242424241', ACCEPTED)).toEqual({ code: 'luhnInvalid' })
  })

  it('refuses Maestro, which a new sandbox service does not accept', () => {
    expect(checkCardNumber('6759649826438453', ACCEPTED)).toEqual({ code: 'cardNotSupported' })
  })

  it('refuses a number whose brand is unknown', () => {
    // Luhn-valid, but no brand's prefix starts with 9.
    expect(checkCardNumber('9000000000000001', ACCEPTED)).toEqual({ code: 'cardNotSupported' })
  })

  it('refuses a brand the service does not accept at all', () => {
    const visaOnly: AcceptedCardType[] = [{ brand: 'visa', type: 'DEBIT' }, { brand: 'visa', type: 'CREDIT' }]
    expect(checkCardNumber('371449635398431', visaOnly)).toEqual({ code: 'cardNotSupported' })
    expect(checkCardNumber('5105105105105100', visaOnly)).toEqual({ code: 'cardNotSupported' })
  })

  it('refuses the debit or credit variant the service does not accept, with the brand', () => {
    const creditOnly: AcceptedCardType[] = [
      { brand: 'visa', type: 'CREDIT' },
      { brand: 'master-card', type: 'CREDIT' },
    ]
    expect(checkCardNumber('4000056655665556', creditOnly)).toEqual({ code: 'unsupportedDebitCard', brand: 'visa' })
    expect(checkCardNumber('5105105105105100', creditOnly)).toEqual({ code: 'unsupportedDebitCard', brand: 'master-card' })
    const debitOnly: AcceptedCardType[] = [{ brand: 'visa', type: 'DEBIT' }]
    expect(checkCardNumber('4242424242424242', debitOnly)).toEqual({ code: 'unsupportedCreditCard', brand: 'visa' })
  })

  it('lets through a card whose type is unknown when its brand is accepted in any variant', () => {
    expect(checkCardNumber('4000000000000010', [{ brand: 'visa', type: 'DEBIT' }])).toBeUndefined()
  })

  it.each([
    '4444333322221111',
    '4242 4242 4242 4242',
    ' 4242424242424242 ',
    '371449635398431',
    '5105105105105100',
    '3566002020360505',
    '6011000990139424',
    '36148900647913',
    '4917610000000000003',
    '4000000000000002',
    '4000000000000119',
  ])('accepts %j', (value) => {
    expect(checkCardNumber(value, ACCEPTED)).toBeUndefined()
  })
})

describe('brand helpers', () => {
  it('detects the brand while typing only when exactly one brand matches', () => {
    expect(brandWhileTyping('')).toBeUndefined()
    expect(brandWhileTyping('4')).toBe('visa')
    expect(brandWhileTyping('37')).toBe('american-express')
    expect(brandWhileTyping('51')).toBe('master-card')
    expect(brandWhileTyping('3')).toBeUndefined()
    expect(brandWhileTyping('5')).toBeUndefined()
  })

  it('writes brand ids in Title Case', () => {
    expect(brandTitle('master-card')).toBe('Master Card')
    expect(brandTitle('american-express')).toBe('American Express')
    expect(brandTitle('visa')).toBe('Visa')
  })

  it('keeps only the digits of a number', () => {
    expect(cardDigits('4242 4242 4242 4242')).toBe('4242424242424242')
  })

  it('knows whether a brand is accepted in either variant', () => {
    expect(acceptsBrand(ACCEPTED, 'visa')).toBe(true)
    expect(acceptsBrand(ACCEPTED, 'maestro')).toBe(false)
  })
})
