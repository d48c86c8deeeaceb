// The fields of the hosted card details form, in the order the page shows them (and the error
// summary lists them), with the id each one has on the page and its message when left empty
// (pay-pages-and-admin.md §1.4 and §1.5).

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

export interface FieldError {
  field: CardFormField
  message: string
}

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

/** The message for a required field left empty ("Enter a valid %s"). */
export const EMPTY_MESSAGES: Readonly<Record<CardFormField, string>> = {
  cardNo: 'Enter a valid card number',
  expiryMonth: 'Enter a valid expiry date',
  cardholderName: 'Enter a valid name',
  cvc: 'Enter a valid card security code',
  addressLine1: 'Enter a valid address line 1',
  addressLine2: 'Enter address line 2',
  addressCity: 'Enter a valid town/city',
  addressCountry: 'Enter a valid country or territory',
  addressPostcode: 'Enter a valid postcode',
  email: 'Enter a valid email',
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
