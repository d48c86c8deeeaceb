// What the card details form starts with, and what it sends to the service.
import { describe, expect, it } from 'vitest'
import { initialCardForm, toSubmission } from '../../../../../src/features/hosted-pages/card-details/initial-card-form.ts'
import type { PaymentRecord } from '../../../../../src/simulator/model/types.ts'
import { emptyCardForm } from '../../../../../src/simulator/rules/card-form/fields.ts'
import { defaultSettings } from '../../../../../src/simulator/services/service-accounts.ts'

describe('initialCardForm', () => {
  it('starts empty with the service’s default country', () => {
    const form = initialCardForm({} as PaymentRecord, { ...defaultSettings(), defaultBillingAddressCountry: 'FR' })
    expect(form).toEqual(emptyCardForm({ addressCountry: 'FR' }))
  })

  it('fills in the name, address and email the payment was created with', () => {
    const payment = {
      email: 'payer@example.org',
      cardDetails: {
        cardholderName: 'J Bloggs',
        billingAddress: { line1: '1 High St', city: 'Cardiff', postcode: 'CF10 1AA', country: 'GB' },
      },
    } as PaymentRecord
    expect(initialCardForm(payment, defaultSettings())).toEqual(
      emptyCardForm({
        cardholderName: 'J Bloggs',
        addressLine1: '1 High St',
        addressCity: 'Cardiff',
        addressCountry: 'GB',
        addressPostcode: 'CF10 1AA',
        email: 'payer@example.org',
      }),
    )
  })
})

describe('toSubmission', () => {
  const form = emptyCardForm({
    cardNo: '4242 4242 4242 4242',
    expiryMonth: '10',
    expiryYear: '28',
    cardholderName: 'J Bloggs',
    cvc: '123',
    addressLine1: '1 High St',
    addressCity: 'London',
    addressCountry: 'GB',
    addressPostcode: 'SW1A 1AA',
    email: 'payer@example.org',
  })

  it('sends the card, the address and the email', () => {
    expect(toSubmission(form, defaultSettings())).toEqual({
      cardNumber: '4242 4242 4242 4242',
      expiryMonth: '10',
      expiryYear: '28',
      cardholderName: 'J Bloggs',
      cvc: '123',
      billingAddress: { line1: '1 High St', line2: '', city: 'London', postcode: 'SW1A 1AA', country: 'GB' },
      email: 'payer@example.org',
    })
  })

  it('sends no address or email the service does not collect', () => {
    const submission = toSubmission(form, { ...defaultSettings(), collectBillingAddress: false, emailCollectionMode: 'OFF' })
    expect(submission).not.toHaveProperty('billingAddress')
    expect(submission).not.toHaveProperty('email')
  })
})
