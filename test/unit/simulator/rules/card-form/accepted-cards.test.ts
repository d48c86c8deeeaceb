// The logos and the credit/debit line for the cards a service accepts.
import { describe, expect, it } from 'vitest'
import { acceptedBrands, cardTypesText } from '../../../../../src/simulator/rules/card-form/accepted-cards.ts'
import { defaultSettings } from '../../../../../src/simulator/services/service-accounts.ts'

describe('accepted cards', () => {
  it('shows every brand a new service accepts, without Maestro', () => {
    expect(acceptedBrands(defaultSettings().acceptedCardTypes)).toEqual([
      'visa',
      'master-card',
      'american-express',
      'diners-club',
      'discover',
      'jcb',
      'unionpay',
    ])
  })

  it('says which kinds of card are accepted', () => {
    expect(cardTypesText(defaultSettings().acceptedCardTypes)).toBe('Accepted credit and debit card types')
    expect(cardTypesText([{ brand: 'visa', type: 'DEBIT' }])).toBe(
      'Credit card payments are not accepted. Please use a debit card.',
    )
    expect(cardTypesText([{ brand: 'visa', type: 'CREDIT' }])).toBe(
      'Debit card payments are not accepted. Please use a credit card.',
    )
  })
})
