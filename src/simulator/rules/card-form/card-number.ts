// The card number rules, in the order the real pages apply them: only digits and spaces, 12 to 19
// digits, the Luhn checksum, a brand the service accepts, then (as the real card-ID check does) the
// debit or credit variant of that brand. Each failure is a code the pages word.
import type { AcceptedCardType } from '../../model/types.ts'
import { type CardBrandId, detectBrand } from '../cards/card-brands.ts'
import { passesLuhn } from '../cards/luhn.ts'
import { cardTypeOf } from '../cards/sandbox-cards.ts'
import type { FieldErrorCodes } from './fields.ts'

/** Why a card number failed; `brand` for the debit or credit variant the service does not take. */
export interface CardNumberProblem {
  code: FieldErrorCodes['cardNo']
  brand?: CardBrandId
}

/** A brand id in Title Case, as the card-ID messages and the logos' text alternatives show it ("Master Card"). */
export function brandTitle(brand: string): string {
  return brand
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')
}

/** The card number's digits, without the spaces a user may type between groups. */
export const cardDigits = (value: string): string => value.replace(/\D/g, '')

/** The brand to highlight while the user types: one brand exactly matching what is typed so far. */
export function brandWhileTyping(value: string): CardBrandId | undefined {
  const digits = cardDigits(value)
  return digits === '' ? undefined : detectBrand(digits)
}

export function acceptsBrand(accepted: readonly AcceptedCardType[], brand: string): boolean {
  return accepted.some((type) => type.brand === brand)
}

/** The card number's problem, or undefined when it passes every rule. */
export function checkCardNumber(value: string, accepted: readonly AcceptedCardType[]): CardNumberProblem | undefined {
  const trimmed = value.trim()
  if (trimmed === '') return { code: 'empty' }
  const digits = cardDigits(trimmed)
  // The real pages' first check in the browser: mostly punctuation, hardly any digits.
  if (trimmed.length - digits.length > 2 && digits.length < 4) return { code: 'message' }
  if (!/^[0-9 ]+$/.test(trimmed)) return { code: 'message' }
  if (digits.length < 12 || digits.length > 19) return { code: 'numberIncorrectLength' }
  if (!passesLuhn(digits)) return { code: 'luhnInvalid' }
  const brand = detectBrand(digits)
  if (brand === undefined || !acceptsBrand(accepted, brand)) return { code: 'cardNotSupported' }
  const type = cardTypeOf(digits)
  if (type !== null && !accepted.some((t) => t.brand === brand && t.type === type.toUpperCase())) {
    return { code: type === 'debit' ? 'unsupportedDebitCard' : 'unsupportedCreditCard', brand }
  }
  return undefined
}
