// A submitted card form read as the card form's rules see it, and the address as it is kept.
import { describe, expect, it } from 'vitest'
import type { PaymentRecord } from '../../../../src/simulator/model/types.ts'
import { emptyCardForm } from '../../../../src/simulator/rules/card-form/fields.ts'
import { asCardForm, cardFormContext, keptAddress } from '../../../../src/simulator/services/card-submission.ts'
import { defaultSettings } from '../../../../src/simulator/services/service-accounts.ts'

const CARD = { cardNumber: '4242424242424242', expiryMonth: '10', expiryYear: '28', cardholderName: 'J Bloggs', cvc: '123' }

describe('asCardForm', () => {
  it('takes what was sent', () => {
    const form = asCardForm(
      { ...CARD, billingAddress: { line1: '1 High St', city: 'Leeds', postcode: 'LS1 1AA', country: 'GB' }, email: 'a@example.org' },
      {} as PaymentRecord,
    )
    expect(form).toEqual(
      emptyCardForm({
        cardNo: '4242424242424242',
        expiryMonth: '10',
        expiryYear: '28',
        cardholderName: 'J Bloggs',
        cvc: '123',
        addressLine1: '1 High St',
        addressCity: 'Leeds',
        addressCountry: 'GB',
        addressPostcode: 'LS1 1AA',
        email: 'a@example.org',
      }),
    )
  })

  it('fills in an address and email left out from the payment, but not ones sent empty', () => {
    const payment = {
      email: 'created@example.org',
      cardDetails: { billingAddress: { line1: '2 Low St', city: 'York', postcode: 'YO1 1AA', country: 'GB' } },
    } as PaymentRecord
    const filled = asCardForm(CARD, payment)
    expect(filled.email).toBe('created@example.org')
    expect(filled.addressLine1).toBe('2 Low St')
    expect(asCardForm({ ...CARD, email: '' }, payment).email).toBe('')
  })
})

describe('keptAddress', () => {
  it('keeps the parts filled in, trimmed', () => {
    const form = emptyCardForm({ addressLine1: ' 1 High St ', addressLine2: '  ', addressCity: 'Leeds', addressCountry: 'GB', addressPostcode: 'LS1 1AA' })
    expect(keptAddress(form)).toEqual({ line1: '1 High St', city: 'Leeds', country: 'GB', postcode: 'LS1 1AA' })
  })
})

describe('cardFormContext', () => {
  it('reads the service’s settings and the month in UK time', () => {
    const context = cardFormContext(defaultSettings(), Date.UTC(2026, 4, 31, 23, 30))
    expect(context.today).toEqual({ year: 2026, month: 6 })
    expect(context.collectBillingAddress).toBe(true)
    expect(context.emailCollectionMode).toBe('MANDATORY')
    expect(context.acceptedCardTypes.some((type) => type.brand === 'maestro')).toBe(false)
  })
})
