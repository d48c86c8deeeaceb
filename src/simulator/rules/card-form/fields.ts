// The fields of the hosted card details form, in the order the page shows them (and the error
// summary lists them), with the id each one has on the page, and why a field can fail: a code per
// field, named as the real pages' message keys are (pay-frontend's `fieldErrors.fields.*`), so the
// pages word it in the payment's language (pay-pages-and-admin.md §1.4 and §1.5).

/** What the paying user typed, field by field, exactly as typed. */
export interface CardForm {
  cardNo: string
  expiryMonth: string
  expiryYear: string
  cardholderName: string
  cvc: string
  addressLine1: string
  addressLine2: string
  addressCity: string
  addressCountry: string
  addressPostcode: string
  email: string
}

/**
 * The fields an error can belong to. Month and year are checked together and reported under
 * `expiryMonth`, as the real pages do.
 */
export type CardFormField = Exclude<keyof CardForm, 'expiryYear'>

/**
 * Why each field can fail. `empty` is a required field left empty (the pages say "Enter a valid
 * %s" with the field's name); every other code is the real pages' key for the field's own message.
 * `unsupportedPrepaidCard` is not the form's rules' but the service's: a prepaid card it blocks.
 */
export interface FieldErrorCodes {
  cardNo:
    | 'empty'
    | 'message'
    | 'numberIncorrectLength'
    | 'luhnInvalid'
    | 'cardNotSupported'
    | 'unsupportedDebitCard'
    | 'unsupportedCreditCard'
    | 'unsupportedPrepaidCard'
  expiryMonth: 'empty' | 'message' | 'invalidMonth' | 'invalidYear' | 'inThePast'
  cardholderName: 'empty' | 'containsTooManyDigits' | 'containsSuspectedCVC'
  cvc: 'empty' | 'invalidLength'
  addressLine1: 'empty' | 'containsTooManyDigits'
  addressLine2: 'containsTooManyDigits'
  addressCity: 'empty' | 'containsTooManyDigits'
  addressCountry: 'empty' | 'message'
  addressPostcode: 'empty' | 'message' | 'containsTooManyDigits'
  email: 'empty' | 'message'
}

/** One field's problem. `brand` names the card brand a card-number message is about ("Visa debit cards…"). */
export type FieldError = {
  [F in CardFormField]: { field: F; code: FieldErrorCodes[F]; brand?: string }
}[CardFormField]

/** The code a field's check returns, or undefined when the field is fine. */
export type FieldCheck<F extends CardFormField> = FieldErrorCodes[F] | undefined

export const FIELD_ORDER: readonly CardFormField[] = [
  'cardNo',
  'expiryMonth',
  'cardholderName',
  'cvc',
  'addressLine1',
  'addressLine2',
  'addressCity',
  'addressCountry',
  'addressPostcode',
  'email',
]

/** The `id` of each field's input on the page (kebab-case, as on the real pages). */
export const FIELD_IDS: Readonly<Record<CardFormField, string>> = {
  cardNo: 'card-no',
  expiryMonth: 'expiry-month',
  cardholderName: 'cardholder-name',
  cvc: 'cvc',
  addressLine1: 'address-line-1',
  addressLine2: 'address-line-2',
  addressCity: 'address-city',
  addressCountry: 'address-country',
  addressPostcode: 'address-postcode',
  email: 'email',
}

export function emptyCardForm(overrides: Partial<CardForm> = {}): CardForm {
  return {
    cardNo: '',
    expiryMonth: '',
    expiryYear: '',
    cardholderName: '',
    cvc: '',
    addressLine1: '',
    addressLine2: '',
    addressCity: '',
    addressCountry: '',
    addressPostcode: '',
    email: '',
    ...overrides,
  }
}

/** How many digits a value holds, wherever they are. */
export const digitCount = (value: string): number => value.replace(/\D/g, '').length

/** More than 11 digits: the value may be a card number, which must never be typed into other fields. */
export const mayBeCardNumber = (value: string): boolean => digitCount(value) > 11
