// The name on the card and the card security code.
import { digitCount, type FieldCheck, mayBeCardNumber } from './fields.ts'

/** A name must not look like a card number (more than 11 digits) or a security code (just 3 or 4 digits). */
export function checkCardholderName(value: string): FieldCheck<'cardholderName'> {
  const name = value.trim()
  if (name === '') return 'empty'
  if (mayBeCardNumber(name)) return 'containsTooManyDigits'
  if (/^\d{3,4}$/.test(name)) return 'containsSuspectedCVC'
  return undefined
}

/** 3 or 4 digits, for every brand (the page only limits typing to 3 unless the card is American Express). */
export function checkSecurityCode(value: string): FieldCheck<'cvc'> {
  if (value.trim() === '') return 'empty'
  const digits = digitCount(value)
  return digits === 3 || digits === 4 ? undefined : 'invalidLength'
}

/** How many digits the security code field takes: 4 for American Express, 3 otherwise. */
export const securityCodeMaxLength = (brand: string | undefined): 3 | 4 => (brand === 'american-express' ? 4 : 3)

/** Which hint the security code field shows: the real pages' `cvcTip`, or `amexcvcTip` for American Express. */
export const securityCodeHint = (brand: string | undefined): 'cvcTip' | 'amexcvcTip' =>
  brand === 'american-express' ? 'amexcvcTip' : 'cvcTip'
