// What the card details page says about the cards a service accepts: the brands to show as logos
// and the line above them about credit and debit cards.
import type { AcceptedCardType } from '../../model/types.ts'
import { CARD_BRANDS, type CardBrandId } from '../cards/card-brands.ts'

/** The brands a service accepts in either variant, in the real pages' logo order. */
export function acceptedBrands(accepted: readonly AcceptedCardType[]): CardBrandId[] {
  return CARD_BRANDS.map((brand) => brand.id).filter((id) => accepted.some((type) => type.brand === id))
}

export function cardTypesText(accepted: readonly AcceptedCardType[]): string {
  const debit = accepted.some((type) => type.type === 'DEBIT')
  const credit = accepted.some((type) => type.type === 'CREDIT')
  if (debit && !credit) return 'Credit card payments are not accepted. Please use a debit card.'
  if (credit && !debit) return 'Debit card payments are not accepted. Please use a credit card.'
  return 'Accepted credit and debit card types'
}
