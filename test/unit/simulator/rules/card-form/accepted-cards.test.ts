// The logos and the credit/debit line for the cards a service accepts.
import { describe, expect, it } from 'vitest'
import { acceptedBrands, withdrawalText } from '../../../../../src/simulator/rules/card-form/accepted-cards.ts'
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

  it('says which kinds of card are accepted, as the real pages’ withdrawalText key', () => {
    expect(withdrawalText(defaultSettings().acceptedCardTypes)).toBe('debit_credit')
    expect(withdrawalText([{ brand: 'visa', type: 'DEBIT' }])).toBe('debit')
    expect(withdrawalText([{ brand: 'visa', type: 'CREDIT' }])).toBe('credit')
  })
})
