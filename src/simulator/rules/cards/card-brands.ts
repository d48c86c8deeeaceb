// Card brands as the real service names them, and brand detection from the first digits with
// credit-card-type (the library and version the real payment pages use).
import creditCardType from 'credit-card-type'

export const CARD_BRANDS = [
  { id: 'visa', label: 'Visa', types: ['DEBIT', 'CREDIT'] },
  { id: 'master-card', label: 'Mastercard', types: ['DEBIT', 'CREDIT'] },
  { id: 'american-express', label: 'American Express', types: ['CREDIT'] },
  { id: 'diners-club', label: 'Diners Club', types: ['CREDIT'] },
  { id: 'discover', label: 'Discover', types: ['CREDIT'] },
  { id: 'jcb', label: 'Jcb', types: ['CREDIT'] },
  { id: 'unionpay', label: 'Union Pay', types: ['CREDIT'] },
  { id: 'maestro', label: 'Maestro', types: ['DEBIT'] },
] as const

export type CardBrandId = (typeof CARD_BRANDS)[number]['id']

const BRAND_IDS = new Set<string>(CARD_BRANDS.map((brand) => brand.id))

export function brandLabel(id: string): string {
  return CARD_BRANDS.find((brand) => brand.id === id)?.label ?? ''
}

/** The brands whose number prefixes match the digits typed so far. */
export function matchingBrands(digits: string): CardBrandId[] {
  return creditCardType(digits)
    .map((match) => match.type)
    .filter((type): type is CardBrandId => BRAND_IDS.has(type))
}

/** The brand, when exactly one brand matches the digits (as the real pages decide it). */
export function detectBrand(digits: string): CardBrandId | undefined {
  const matches = matchingBrands(digits)
  return matches.length === 1 ? matches[0] : undefined
}

/** How many digits the card security code has for a brand. */
export function securityCodeLength(brand: CardBrandId | undefined): 3 | 4 {
  return brand === 'american-express' ? 4 : 3
}
