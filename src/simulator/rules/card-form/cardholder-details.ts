// The name on the card and the card security code.
import { digitCount, EMPTY_MESSAGES, mayBeCardNumber } from './fields.ts'

export const NAME_MESSAGE = 'Enter the name as it appears on the card'

/** A name must not look like a card number (more than 11 digits) or a security code (just 3 or 4 digits). */
export function checkCardholderName(value: string): string | undefined {
  const name = value.trim()
  if (name === '') return EMPTY_MESSAGES.cardholderName
  if (mayBeCardNumber(name) || /^\d{3,4}$/.test(name)) return NAME_MESSAGE
  return undefined
}

/** 3 or 4 digits, for every brand (the page only limits typing to 3 unless the card is American Express). */
export function checkSecurityCode(value: string): string | undefined {
  if (value.trim() === '') return EMPTY_MESSAGES.cvc
  const digits = digitCount(value)
  return digits === 3 || digits === 4 ? undefined : EMPTY_MESSAGES.cvc
}

/** How many digits the security code field takes: 4 for American Express, 3 otherwise. */
export const securityCodeMaxLength = (brand: string | undefined): 3 | 4 => (brand === 'american-express' ? 4 : 3)

export const SECURITY_CODE_HINTS = {
  standard: 'The last 3 digits on the back of the card',
  americanExpress: 'The last 4 digits after the card number on the front',
} as const

export const securityCodeHint = (brand: string | undefined): string =>
  brand === 'american-express' ? SECURITY_CODE_HINTS.americanExpress : SECURITY_CODE_HINTS.standard
