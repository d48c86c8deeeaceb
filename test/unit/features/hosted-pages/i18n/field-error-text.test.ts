// Card form errors in the page's language, chosen as the real pages choose them.
import { describe, expect, it } from 'vitest'
import { fieldErrorText } from '../../../../../src/features/hosted-pages/i18n/field-error-text.ts'
import { cy } from '../../../../../src/features/hosted-pages/i18n/messages-cy.ts'
import { en } from '../../../../../src/features/hosted-pages/i18n/messages-en.ts'
import type { FieldError } from '../../../../../src/simulator/rules/card-form/fields.ts'

const CASES: [FieldError, string, string][] = [
  [{ field: 'cardNo', code: 'empty' }, 'Enter a valid card number', 'Rhowch rif cerdyn dilys'],
  [{ field: 'cardholderName', code: 'empty' }, 'Enter a valid name', 'Rhowch enw dilys'],
  [{ field: 'cardholderName', code: 'containsSuspectedCVC' }, 'Enter the name as it appears on the card', 'Rhowch yr enw fel y mae’n ymddangos ar y cerdyn'],
  [{ field: 'expiryMonth', code: 'inThePast' }, 'Enter an expiry date in the future', 'Rhowch ddyddiad dod i ben yn y dyfodol'],
  [{ field: 'addressCity', code: 'empty' }, 'Enter a valid town/city', 'Rhowch dref/ddinas dilys'],
  [{ field: 'addressCity', code: 'containsTooManyDigits' }, 'Enter a valid town/city', 'Rhowch dref/ddinas ddilys'],
  [{ field: 'addressCountry', code: 'empty' }, 'Enter a valid country or territory', 'Rhowch wlad neu diriogaeth dilys'],
  [{ field: 'cardNo', code: 'unsupportedDebitCard', brand: 'master-card' }, 'Master Card debit cards are not supported', 'Ni dderbynnir cardiau debyd Master Card'],
  [{ field: 'cardNo', code: 'unsupportedCreditCard', brand: 'visa' }, 'Visa credit cards are not supported', 'Ni dderbynnir cardiau credyd Visa'],
]

describe('fieldErrorText', () => {
  it.each(CASES)('words %j', (error, english, welsh) => {
    expect(fieldErrorText(en, error)).toBe(english)
    expect(fieldErrorText(cy, error)).toBe(welsh)
  })
})
