// What the card-ID service tells the real service about a card number: its brand, whether it is
// debit or credit, prepaid and corporate (pay-cardid; the sandbox test cards' answers are in
// sandbox-cards.ts). A number whose brand cannot be told has no information, as an unknown BIN.
import { type CardBrandId, detectBrand } from './card-brands.ts'
import { SANDBOX_CARDS, type CardType } from './sandbox-cards.ts'

export type PrepaidStatus = 'PREPAID' | 'NOT_PREPAID' | 'UNKNOWN'

export interface CardInformation {
  brand: CardBrandId
  /** credit or debit; null when card-ID cannot say (the card counts as either) */
  type: CardType
  prepaid: PrepaidStatus
  corporate: boolean
}

export function cardInformation(digits: string): CardInformation | undefined {
  const brand = detectBrand(digits)
  if (!brand) return undefined
  const sandbox = SANDBOX_CARDS[digits]
  if (!sandbox) return { brand, type: null, prepaid: 'UNKNOWN', corporate: false }
  const prepaid: PrepaidStatus = sandbox.prepaid ? 'PREPAID' : sandbox.type === null ? 'UNKNOWN' : 'NOT_PREPAID'
  return { brand, type: sandbox.type, prepaid, corporate: sandbox.corporate ?? false }
}
