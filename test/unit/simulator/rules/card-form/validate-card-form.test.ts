// The whole form against a service's settings: which fields apply, and every error in field order.
import { describe, expect, it } from 'vitest'
import { emptyCardForm, FIELD_IDS } from '../../../../../src/simulator/rules/card-form/fields.ts'
import {
  type CardFormContext,
  checkField,
  fieldApplies,
  validateCardForm,
} from '../../../../../src/simulator/rules/card-form/validate-card-form.ts'
import { defaultSettings } from '../../../../../src/simulator/services/service-accounts.ts'

const settings = defaultSettings()
const CONTEXT: CardFormContext = {
  acceptedCardTypes: settings.acceptedCardTypes,
  collectBillingAddress: true,
  emailCollectionMode: 'MANDATORY',
  today: { year: 2026, month: 5 },
}

const GOOD = emptyCardForm({
  cardNo: '4444 3333 2222 1111',
  expiryMonth: '10',
  expiryYear: '28',
  cardholderName: 'Ms J Bloggs',
  cvc: '123',
  addressLine1: '1 High Street',
  addressCity: 'London',
  addressCountry: 'GB',
  addressPostcode: 'SW1A 1AA',
  email: 'payer@example.org',
})

describe('validateCardForm', () => {
  it('passes a complete form', () => {
    expect(validateCardForm(GOOD, CONTEXT)).toEqual([])
  })

  it('lists every empty required field in page order', () => {
    expect(validateCardForm(emptyCardForm(), CONTEXT)).toEqual([
      { field: 'cardNo', code: 'empty' },
      { field: 'expiryMonth', code: 'empty' },
      { field: 'cardholderName', code: 'empty' },
      { field: 'cvc', code: 'empty' },
      { field: 'addressLine1', code: 'empty' },
      { field: 'addressCity', code: 'empty' },
      { field: 'addressCountry', code: 'empty' },
      { field: 'addressPostcode', code: 'empty' },
      { field: 'email', code: 'empty' },
    ])
  })

  it('skips the address when the service does not collect it, and the email when collection is off', () => {
    const context = { ...CONTEXT, collectBillingAddress: false, emailCollectionMode: 'OFF' as const }
    expect(validateCardForm(emptyCardForm(), context).map((e) => e.field)).toEqual([
      'cardNo',
      'expiryMonth',
      'cardholderName',
      'cvc',
    ])
    expect(fieldApplies('addressPostcode', context)).toBe(false)
    expect(fieldApplies('email', context)).toBe(false)
    expect(fieldApplies('email', { ...CONTEXT, emailCollectionMode: 'OPTIONAL' })).toBe(true)
  })

  it('lets an optional email stay empty', () => {
    expect(validateCardForm({ ...GOOD, email: '' }, { ...CONTEXT, emailCollectionMode: 'OPTIONAL' })).toEqual([])
  })

  it('checks the postcode against the chosen country', () => {
    expect(validateCardForm({ ...GOOD, addressPostcode: '75008' }, CONTEXT)).toEqual([
      { field: 'addressPostcode', code: 'message' },
    ])
    expect(validateCardForm({ ...GOOD, addressPostcode: '75008', addressCountry: 'FR' }, CONTEXT)).toEqual([])
  })

  it('checks one field at a time for blur', () => {
    expect(checkField('cvc', { ...GOOD, cvc: '1' }, CONTEXT)).toEqual({ field: 'cvc', code: 'invalidLength' })
    expect(checkField('expiryMonth', { ...GOOD, expiryYear: '25' }, CONTEXT)).toEqual({ field: 'expiryMonth', code: 'inThePast' })
    expect(checkField('cardNo', { ...GOOD, cardNo: '4000056655665556' }, { ...CONTEXT, acceptedCardTypes: [{ brand: 'visa', type: 'CREDIT' }] })).toEqual({
      field: 'cardNo',
      code: 'unsupportedDebitCard',
      brand: 'visa',
    })
    expect(checkField('addressLine1', emptyCardForm(), { ...CONTEXT, collectBillingAddress: false })).toBeUndefined()
  })

  it('gives each field the id the page uses for it', () => {
    expect(FIELD_IDS).toMatchObject({ cardNo: 'card-no', expiryMonth: 'expiry-month', cardholderName: 'cardholder-name' })
  })
})
