// The confirm page's rows: masked card number, expiry, name, address, confirmation email.
import { describe, expect, it } from 'vitest'
import { confirmRows, maskedCardNumber } from '../../../../../src/features/hosted-pages/confirm/confirm-details.ts'
import { cy } from '../../../../../src/features/hosted-pages/i18n/messages-cy.ts'
import { en } from '../../../../../src/features/hosted-pages/i18n/messages-en.ts'
import type { PaymentRecord } from '../../../../../src/simulator/model/types.ts'
import { defaultSettings } from '../../../../../src/simulator/services/service-accounts.ts'

const payment = {
  email: 'payer@example.org',
  cardDetails: {
    lastDigits: '1111',
    firstDigits: '444433',
    cardholderName: 'Ms J Bloggs',
    expiryDate: '10/28',
    billingAddress: { line1: '1 High Street', line2: '', city: 'London', postcode: 'SW1A 1AA', country: 'GB' },
    brandLabel: 'Visa',
    cardType: 'credit',
  },
} as PaymentRecord

describe('confirmRows', () => {
  it('masks the card number with 12 black circles before the last 4 digits', () => {
    expect(maskedCardNumber('1111')).toBe('●●●●●●●●●●●●1111')
  })

  it('lists the card, the address without its empty parts, and the email', () => {
    expect(confirmRows(payment, defaultSettings(), en)).toEqual([
      { label: 'Card number', id: 'card-number', value: '●●●●●●●●●●●●1111' },
      { label: 'Expiry date', id: 'expiry-date', value: '10/28' },
      { label: 'Name on card', id: 'cardholder-name', value: 'Ms J Bloggs' },
      { label: 'Billing address', id: 'address', value: '1 High Street, London, SW1A 1AA, United Kingdom' },
      { label: 'Confirmation email', id: 'email', value: 'payer@example.org' },
    ])
  })

  it('labels the rows in Welsh for a Welsh payment, the country still by its English name', () => {
    expect(confirmRows(payment, defaultSettings(), cy).map((row) => [row.label, row.value])).toEqual([
      ['Rhif cerdyn', '●●●●●●●●●●●●1111'],
      ['Dyddiad dod i ben', '10/28'],
      ['Enw ar y cerdyn', 'Ms J Bloggs'],
      ['Cyfeiriad bilio', '1 High Street, London, SW1A 1AA, United Kingdom'],
      ['E-bost cadarnhad', 'payer@example.org'],
    ])
  })

  it('leaves out an address that was not collected and an email that is off or not given', () => {
    const noAddress = { ...payment, cardDetails: { ...payment.cardDetails!, billingAddress: null } }
    const off = { ...defaultSettings(), emailCollectionMode: 'OFF' as const }
    expect(confirmRows(noAddress, off, en).map((row) => row.label)).toEqual(['Card number', 'Expiry date', 'Name on card'])
    const optional = { ...defaultSettings(), emailCollectionMode: 'OPTIONAL' as const }
    const noEmail = { ...payment, email: undefined }
    expect(confirmRows(noEmail, optional, en).map((row) => row.label)).not.toContain('Confirmation email')
    expect(confirmRows(payment, optional, en).map((row) => row.label)).toContain('Confirmation email')
  })
})
