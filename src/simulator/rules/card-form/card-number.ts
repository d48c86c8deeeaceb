// The card number rules, in the order the real pages apply them: only digits and spaces, 12 to 19
// digits, the Luhn checksum, a brand the service accepts, then (as the real card-ID check does) the
// debit or credit variant of that brand.
import type { AcceptedCardType } from '../../model/types.ts'
import { type CardBrandId, detectBrand } from '../cards/card-brands.ts'
import { passesLuhn } from '../cards/luhn.ts'
import { cardTypeOf } from '../cards/sandbox-cards.ts'
import { EMPTY_MESSAGES } from './fields.ts'

export const CARD_NUMBER_MESSAGES = {
  invalid: 'Enter a valid card number',
  length: 'Card number is not the correct length',
  notAccepted: 'This card type is not accepted',
} as const

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

/** The message for the card number, or undefined when it passes every rule. */
export function checkCardNumber(value: string, accepted: readonly AcceptedCardType[]): string | undefined {
  const trimmed = value.trim()
  if (trimmed === '') return EMPTY_MESSAGES.cardNo
  const digits = cardDigits(trimmed)
  // The real pages' first check in the browser: mostly punctuation, hardly any digits.
  if (trimmed.length - digits.length > 2 && digits.length < 4) return CARD_NUMBER_MESSAGES.invalid
  if (!/^[0-9 ]+$/.test(trimmed)) return CARD_NUMBER_MESSAGES.invalid
  if (digits.length < 12 || digits.length > 19) return CARD_NUMBER_MESSAGES.length
  if (!passesLuhn(digits)) return CARD_NUMBER_MESSAGES.invalid
  const brand = detectBrand(digits)
  if (brand === undefined || !acceptsBrand(accepted, brand)) return CARD_NUMBER_MESSAGES.notAccepted
  const type = cardTypeOf(digits)
  if (type !== null && !accepted.some((t) => t.brand === brand && t.type === type.toUpperCase())) {
    return `${brandTitle(brand)} ${type} cards are not supported`
  }
  return undefined
}
